// `ucwa relationship get|set|reset --discover URL --user SIP [--password-stdin] [--windows] [--account DOMAIN\\USER] [--format json|xml] [--trust-host HOST]... CONTACT [LEVEL]`
// Signs in, reads / changes / resets one contact's privacy relationship, prints one JSON line
// `{"uri","name","relationshipLevel"}` (with `"autoAssigned": true` after a reset, and the reset in words on stderr:
// "Reset to auto-assigned: Priya now sees what Colleagues see."), signs out. Password from stdin (--password-stdin) or UCWA_PASSWORD, never
// from arguments. Failures: one line on stderr, exit 1 (2 for usage errors).
import { UcwaClient } from '../../ucwa/client.js';
import { isUcwaError } from '../../ucwa/errors.js';
import type { Relationship } from '../../ucwa/privacy.js';
import { isPrivacyLevel, PRIVACY_LEVELS } from '../../ucwa/privacyLevels.js';
import type { PrivacyLevel } from '../../ucwa/privacyLevels.js';
import { m } from '../../i18n/index.js';
import { stdio } from '../output.js';
import { nowSees } from '../../words/notifications.js';
import { protocolTrace } from '../../log/index.js';
import { Negotiator } from '../../ucwa/auth/negotiate.js';
import { errorMessage } from '../../words/trust.js';
import { passiveOnlyLine } from '../passive.js';
import { failer, parseSignInArgs } from '../signInArgs.js';

/** The syntax stays as typed; only "usage:" is in the user's language. */
const usage = (): string =>
  m.cli_usage_line({
    syntax:
      'ucwa relationship get|set|reset --discover URL --user SIP [--password-stdin] [--windows] [--account DOMAIN\\USER] [--format json|xml] [--trust-host HOST]... CONTACT [LEVEL]',
  });

const fail = failer('relationship');

interface Request {
  action: 'get' | 'set' | 'reset';
  contact: string;
  /** Only for `set`. */
  level: PrivacyLevel | undefined;
}

function request([action, contact, level]: string[]): Request | { error: string } {
  if ((action !== 'get' && action !== 'set' && action !== 'reset') || contact === undefined) {
    return { error: usage() };
  }
  if (action === 'set' && !isPrivacyLevel(level)) {
    return { error: m.cli_level_values({ levels: PRIVACY_LEVELS.join(', ') }) };
  }
  return { action, contact, level: action === 'set' && isPrivacyLevel(level) ? level : undefined };
}

export async function run(argv: string[]): Promise<number> {
  const args = await parseSignInArgs(argv, { command: 'relationship', usage: usage(), positionals: request });
  if (typeof args === 'number') return args;
  const { action, contact, level } = args.positionals;

  let client: UcwaClient | undefined;
  try {
    client = await UcwaClient.signIn({
      ...args.account,
      passwordProvider: () => args.password,
      windows: args.windows ? new Negotiator() : undefined,
      ntlm: args.windows && args.password !== '',
      fetch: args.verbose ? protocolTrace((url, init) => fetch(url, init), args.log) : undefined,
      log: args.log,
      format: args.format,
      endpointId: args.endpointId,
      userAgent: 'UCWA Tray CLI',
    });
    const target = await client.contactByUri(contact).catch((e: unknown) => {
      // Say which contact, rather than the generic "no longer exists" of a 404.
      if (isUcwaError(e) && e.code === 'NotFound') throw new Error(m.cli_not_in_contacts({ contact }));
      throw e;
    });
    let rel: Relationship;
    if (action === 'get') rel = await client.relationship(target);
    else if (action === 'set' && level !== undefined) rel = await client.setRelationship(target, level);
    else rel = await client.resetRelationship(target);
    if (action !== 'reset') {
      stdio().stdout.json({ uri: target.uri, name: target.name, relationshipLevel: rel.level });
      return 0;
    }
    stdio().stdout.json({
      uri: target.uri,
      name: target.name,
      relationshipLevel: rel.level,
      autoAssigned: true,
    });
    stdio().stderr.line(m.cli_reset_done({ sentence: nowSees(target.name || target.uri, rel.level) }));
    return 0;
  } catch (e) {
    const passiveOnly = passiveOnlyLine(e);
    if (passiveOnly !== undefined) return fail(passiveOnly);
    if (isUcwaError(e)) {
      const current =
        e.code === 'PreconditionFailed' ? ` ${m.cli_level_now({ level: String(e.details?.current) })}` : '';
      return fail(`${errorMessage(e)}${current} [${e.code}${e.subcode ? `/${e.subcode}` : ''}]`);
    }
    return fail(e instanceof Error ? e.message : String(e));
  } finally {
    await client?.signOut().catch(() => undefined);
  }
}
