// Policy files: Linux's policy.json and macOS's managed preferences (a plist, XML or binary, as the profile
// installer writes it). A missing file is the normal case (no policy); anything else that stops a file from being
// read is reported in words, never thrown. The reads are synchronous on purpose: a few hundred bytes of a local
// file, once, before the first window (as electron-store reads the settings), without waiting on the I/O threads.
import { readFileSync, statSync } from 'node:fs';

/** A policy file is a few hundred bytes; anything near this is not one, and is not read into memory whole. */
export const MAX_POLICY_BYTES = 256 * 1024;

export type FileRead = { found: false } | { found: true; raw: unknown } | { found: true; problem: string };

function readBounded(path: string): Buffer | { found: false } | { problem: string } {
  try {
    const info = statSync(path);
    if (!info.isFile()) return { problem: `The policy file ${path} is ignored: it is not a file.` };
    if (info.size > MAX_POLICY_BYTES) {
      return {
        problem: `The policy file ${path} is ignored: it is larger than ${MAX_POLICY_BYTES / 1024} KB.`,
      };
    }
    return readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { found: false };
    const why =
      code === 'EACCES' || code === 'EPERM' ? 'it may not be read' : `it could not be read (${code})`;
    return { problem: `The policy file ${path} is ignored: ${why}.` };
  }
}

export async function readJsonPolicy(path: string): Promise<FileRead> {
  const bytes = readBounded(path);
  if (!Buffer.isBuffer(bytes)) return 'problem' in bytes ? { found: true, problem: bytes.problem } : bytes;
  try {
    // A byte-order mark is what Windows editors put first; JSON.parse would refuse it.
    return { found: true, raw: JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, '')) as unknown };
  } catch (e) {
    const where = e instanceof SyntaxError ? `: ${e.message}` : '';
    return { found: true, problem: `The policy file ${path} is ignored: it is not valid JSON${where}.` };
  }
}

export async function readPlistPolicy(path: string): Promise<FileRead> {
  const bytes = readBounded(path);
  if (!Buffer.isBuffer(bytes)) return 'problem' in bytes ? { found: true, problem: bytes.problem } : bytes;
  try {
    // Loaded here, not at the top: only macOS reads plists.
    const { parsePlist } = await import('./plist.js');
    return { found: true, raw: parsePlist(bytes) };
  } catch {
    return { found: true, problem: `The policy file ${path} is ignored: it is not a valid property list.` };
  }
}
