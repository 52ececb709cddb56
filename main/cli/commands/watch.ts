// `ucwa watch --discover URL --user SIP [--password-stdin] [--format json|xml]`
// Signs in with the app model and streams NDJSON to stdout, one object per line, each with an "event" field:
//   signedIn {user} · contacts {contacts:[{uri,name,relationshipLevel}]} (after sign-in and after any resync)
//   relationshipChanged {uri,name,from,to,ours} · invitation {kind,from,onBehalfOf,delegator,subject}
//   invitationEnded {kind,from,state} · connection {state, reason?}
// Runs until SIGINT/SIGTERM (then signs out, exit 0) or until the server ends the session (exit 1). A failed
// sign-in: one line on stderr, exit 1 (2 for usage errors). The password comes from stdin or UCWA_PASSWORD only.
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { createAppModel, memoryHistoryStore } from '../../app/index.js';
import type { AppModel, ContactView, SessionState } from '../../app/index.js';
import { toUserMessage } from '../../ucwa/errors.js';
import { readStdinFirstLine } from '../stdin.js';

const USAGE = 'usage: ucwa watch --discover URL --user SIP [--password-stdin] [--format json|xml]';

function fail(message: string, code = 1): number {
  process.stderr.write(`ucwa watch: ${message}\n`);
  return code;
}

function line(event: string, data: Record<string, unknown> = {}): void {
  process.stdout.write(`${JSON.stringify({ event, ...data })}\n`);
}

const contactsLine = (contacts: ContactView[]): void =>
  line('contacts', {
    contacts: contacts.map((c) => ({ uri: c.uri, name: c.name, relationshipLevel: c.level })),
  });

function connectionOf(s: SessionState): { state: string; reason?: string } | undefined {
  switch (s.kind) {
    case 'signingIn':
      return undefined;
    case 'connected':
      return { state: 'connected' };
    case 'reconnecting':
      return { state: 'reconnecting', reason: s.reason };
    case 'replaced':
      return { state: 'replaced', reason: s.reason };
    case 'signedOut':
      return s.reason === undefined ? { state: 'signedOut' } : { state: 'signedOut', reason: s.reason };
  }
}

/** Stream the model's events until it ends; resolves to the exit code. */
function stream(model: AppModel, stopSignal: Promise<void>): Promise<number> {
  let lastConnection = 'connected|';
  return new Promise<number>((resolve) => {
    model.on('contacts', (c) => {
      if (c.reset) contactsLine(c.upserts);
    });
    model.on('relationshipChanged', (c) =>
      line('relationshipChanged', { uri: c.uri, name: c.name, from: c.from, to: c.to, ours: c.ours }),
    );
    model.on('invitation', (i) =>
      line('invitation', {
        kind: i.kind,
        from: i.from,
        onBehalfOf: i.onBehalfOf,
        delegator: i.delegator,
        subject: i.subject ?? null,
      }),
    );
    model.on('invitationEnded', (i) =>
      line('invitationEnded', { kind: i.kind, from: i.from, state: i.state }),
    );
    model.on('state', (s) => {
      const conn = connectionOf(s.session);
      if (conn === undefined) return;
      const key = `${conn.state}|${conn.reason ?? ''}`;
      if (key !== lastConnection) {
        lastConnection = key;
        line('connection', conn);
      }
      if (
        s.session.kind === 'replaced' ||
        (s.session.kind === 'signedOut' && s.session.reason !== undefined)
      ) {
        process.stderr.write(`ucwa watch: ${conn.reason ?? 'signed out'}\n`);
        resolve(1);
      }
    });
    void stopSignal.then(() => resolve(0));
  });
}

export async function run(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
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
  const { discover, user, format } = parsed.values;
  if (user === undefined) return fail(USAGE, 2);
  if (format !== undefined && format !== 'json' && format !== 'xml')
    return fail('--format must be json or xml', 2);
  const password = parsed.values['password-stdin'] ? await readStdinFirstLine() : process.env.UCWA_PASSWORD;
  if (password === undefined || password === '')
    return fail('no password: use --password-stdin or set UCWA_PASSWORD', 2);

  const model = createAppModel({
    historyStore: memoryHistoryStore(),
    endpointId: parsed.values['endpoint-id'] ?? randomUUID(),
    format: format === 'xml' ? 'xml' : 'json',
  });
  let stop: () => void = () => {};
  const stopSignal = new Promise<void>((resolve) => (stop = resolve));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  try {
    await model.signIn({
      sipAddress: user,
      ...(discover === undefined ? {} : { discoverUrl: discover }),
      passwordProvider: async () => password,
    });
  } catch (e) {
    return fail(toUserMessage(e));
  }
  line('signedIn', { user: model.getState().user });
  contactsLine(model.contacts());
  line('connection', { state: 'connected' });
  const code = await stream(model, stopSignal);
  await model.signOut().catch(() => {});
  process.removeListener('SIGINT', stop);
  process.removeListener('SIGTERM', stop);
  return code;
}
