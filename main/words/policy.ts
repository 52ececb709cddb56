// The managed configuration's problems in words an administrator can act on: main/policy reports each ignored value
// or source as data (main/policy/problems.ts), and this is the one place that says it. Key names, paths, registry
// keys and the method names stay as written: they are what the administrator types.
import { m } from '../i18n/index.js';
import type { PolicyExpects, PolicyProblem } from '../policy/index.js';

function expected(expects: PolicyExpects): string {
  switch (expects.kind) {
    case 'serverAddress':
      return m.policy_expects_server_address();
    case 'signInMethods':
      return m.policy_expects_sign_in_methods({ methods: expects.methods.join(', ') });
    case 'flag':
      return m.policy_expects_flag();
    case 'hosts':
      return m.policy_expects_hosts();
  }
}

export function policyProblemText(problem: PolicyProblem): string {
  switch (problem.kind) {
    case 'notNamedValues':
      return m.policy_not_named_values({ source: problem.source });
    case 'unknownKey':
      return m.policy_unknown_key({ name: problem.name, source: problem.source });
    case 'invalidValue':
      return m.policy_invalid_value({
        name: problem.name,
        source: problem.source,
        expects: expected(problem.expects),
      });
    case 'sourceUnreadable':
      return m.policy_source_unreadable({ source: problem.source, why: problem.why });
    case 'fileNotFile':
      return m.policy_file_not_file({ path: problem.source });
    case 'fileTooLarge':
      return m.policy_file_too_large({ path: problem.source, kilobytes: problem.kilobytes });
    case 'fileNotPermitted':
      return m.policy_file_not_permitted({ path: problem.source });
    case 'fileReadError':
      return m.policy_file_read_error({ path: problem.source, code: problem.code });
    case 'fileNotJson':
      return problem.detail === ''
        ? m.policy_file_not_json({ path: problem.source })
        : m.policy_file_not_json_detail({ path: problem.source, detail: problem.detail });
    case 'fileNotPlist':
      return m.policy_file_not_plist({ path: problem.source });
    case 'loadFailed':
      return m.policy_load_failed({ why: problem.why });
  }
}
