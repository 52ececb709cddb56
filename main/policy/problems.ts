// Why a policy value or a whole source was ignored, as data: main/policy speaks no language of its own (it may import
// only main/ucwa), so main/words/policy.ts turns each problem into a sentence. `source` is a file path or a registry
// key, `name` the key as the administrator wrote it: both are quoted in the sentence as they are.

/** What a valid value of a key looks like, for the sentence that reports a wrong one. */
export type PolicyExpects =
  | { kind: 'serverAddress' }
  | { kind: 'signInMethods'; methods: readonly string[] }
  | { kind: 'flag' }
  | { kind: 'hosts' };

export type PolicyProblem =
  /** The source held something other than named values (a JSON array, a plist string). */
  | { kind: 'notNamedValues'; source: string }
  | { kind: 'unknownKey'; source: string; name: string }
  | { kind: 'invalidValue'; source: string; name: string; expects: PolicyExpects }
  /** The registry key exists but reg.exe failed: `why` is its own message. */
  | { kind: 'sourceUnreadable'; source: string; why: string }
  | { kind: 'fileNotFile'; source: string }
  | { kind: 'fileTooLarge'; source: string; kilobytes: number }
  | { kind: 'fileNotPermitted'; source: string }
  /** `code`: the system's error code (EIO, EBUSY…). */
  | { kind: 'fileReadError'; source: string; code: string }
  /** `detail`: the parser's own message, or '' when it gave none. */
  | { kind: 'fileNotJson'; source: string; detail: string }
  | { kind: 'fileNotPlist'; source: string }
  /** Reading the policy failed in a way nobody foresaw (the shell's last resort). */
  | { kind: 'loadFailed'; why: string };
