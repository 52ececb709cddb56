// `ucwa relationship get|set|reset --discover URL --user SIP [--password-stdin] [--format json|xml] CONTACT [LEVEL]`
// Signs in, reads / changes / resets one contact's privacy relationship, prints one JSON line
// `{"uri","name","relationshipLevel"}`, signs out. Password from stdin (--password-stdin) or UCWA_PASSWORD, never
// from arguments. Failures: one line on stderr, exit 1 (2 for usage errors).
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { UcwaClient } from '../../ucwa/client.js';
import { isUcwaError, toUserMessage } from '../../ucwa/errors.js';
import { isPrivacyLevel, PRIVACY_LEVELS } from '../../ucwa/people.js';
import type { Relationship } from '../../ucwa/privacy.js';
import { readStdinFirstLine } from '../stdin.js';

const USAGE =
  'usage: ucwa relationship get|set|reset --discover URL --user SIP [--password-stdin] [--format json|xml] CONTACT [LEVEL]';

function fail(message: string, code = 1): number {
  process.stderr.write(`ucwa relationship: ${message}\n`);
  return code;
}

export async function run(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        discover: { type: 'string' },
        user: { type: 'string' },
        'password-stdin': { type: 'boolean' },
        format: { type: 'string' },
        'endpoint-id': { type: 'string' },
      },
    });
  } catch (e) {
    return fail(`${e instanceof Error ? e.message : String(e)}\n${USAGE}`, 2);
  }
  const [action, contact, level] = parsed.positionals;
  const { discover, user, format } = parsed.values;
  if (
    (action !== 'get' && action !== 'set' && action !== 'reset') ||
    contact === undefined ||
    user === undefined
  ) {
    return fail(USAGE, 2);
  }
  if (action === 'set' && !isPrivacyLevel(level)) {
    return fail(`LEVEL must be one of ${PRIVACY_LEVELS.join(', ')}`, 2);
  }
  if (format !== undefined && format !== 'json' && format !== 'xml')
    return fail('--format must be json or xml', 2);
  const password = parsed.values['password-stdin'] ? await readStdinFirstLine() : process.env.UCWA_PASSWORD;
  if (password === undefined || password === '') {
    return fail('no password: use --password-stdin or set UCWA_PASSWORD', 2);
  }

  let client: UcwaClient | undefined;
  try {
    client = await UcwaClient.signIn({
      sipAddress: user,
      ...(discover === undefined ? {} : { discoverUrl: discover }),
      passwordProvider: () => password,
      format: format === 'xml' ? 'xml' : 'json',
      // A one-shot command is its own endpoint; the app keeps a stable one in its settings.
      endpointId: parsed.values['endpoint-id'] ?? randomUUID(),
      userAgent: 'UCWA Tray CLI',
    });
    const target = await client.contactByUri(contact);
    let rel: Relationship;
    if (action === 'get') rel = await client.relationship(target);
    else if (action === 'set' && isPrivacyLevel(level)) rel = await client.setRelationship(target, level);
    else rel = await client.resetRelationship(target);
    process.stdout.write(
      JSON.stringify({ uri: target.uri, name: target.name, relationshipLevel: rel.level }) + '\n',
    );
    return 0;
  } catch (e) {
    if (isUcwaError(e)) {
      const current = e.code === 'PreconditionFailed' ? ` (now ${String(e.details?.current)})` : '';
      return fail(`${toUserMessage(e)}${current} [${e.code}${e.subcode ? `/${e.subcode}` : ''}]`);
    }
    return fail(e instanceof Error ? e.message : String(e));
  } finally {
    await client?.signOut().catch(() => undefined);
  }
}
