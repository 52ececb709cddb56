// `ucwa watch --discover URL --user SIP [--password-stdin] [--format json|xml]`
// Signs in with the app model and streams NDJSON to stdout, one object per line, each with an "event" field:
//   signedIn {user} · contacts {contacts:[{uri,name,relationshipLevel}]} (after sign-in and after any resync)
//   relationshipChanged {uri,name,from,to,ours} · invitation {kind,from,onBehalfOf,delegator,subject}
//   invitationEnded {kind,from,state} · connection {state, reason?}
//   presenceChanged {uri,name,availability,activity?} (people tagged with `ucwa tag`, same --tags-dir)
//   statusAlert {uri,name,from,to,reason} (a tagged person became available: once per change)
// Runs until SIGINT/SIGTERM or until the reader of stdout goes away (`watch | head`: EPIPE), then signs out and
// exits 0; or until the server ends the session (exit 1). A failed sign-in: one line on stderr, exit 1 (2 for usage
// errors). The password comes from stdin or UCWA_PASSWORD only. --verbose: the protocol log, redacted, on stderr.
import { createAppModel, memoryHistoryStore } from '../../app/index.js';
import type { AppModel, SessionState } from '../../app/index.js';
import type { ContactView } from '../../ipc/contract.js';
import { protocolTrace } from '../../log/index.js';
import { toUserMessage } from '../../ucwa/errors.js';
import { m } from '../../i18n/index.js';
import { stdio } from '../output.js';
import { failer, parseSignInArgs } from '../signInArgs.js';
import { takeTagsDir } from '../tagsDir.js';
import { tagFileFor } from '../../app/tagFile.js';

const USAGE =
  'usage: ucwa watch --discover URL --user SIP [--password-stdin] [--format json|xml] [--tags-dir DIR]';

const fail = failer('watch');

function line(event: string, data: Record<string, unknown> = {}): void {
  stdio().stdout.json({ event, ...data });
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
function stream(model: AppModel, stopSignal: Promise<void>, ending: () => boolean): Promise<number> {
  let lastConnection = 'connected|';
  return new Promise<number>((resolve) => {
    model.on('contacts', (c) => {
      // Signing out empties the model's list: that is not a snapshot the server sent, so it is not printed.
      if (c.reset && !ending()) contactsLine(c.upserts);
    });
    model.on('relationshipChanged', (c) =>
      line('relationshipChanged', {
        uri: c.contact.uri,
        name: c.contact.name,
        from: c.from,
        to: c.to,
        ours: c.ours,
      }),
    );
    model.on('invitation', (i) => {
      if (i.state !== 'ringing') {
        line('invitationEnded', { kind: i.kind, from: i.from, state: i.state });
        return;
      }
      line('invitation', {
        kind: i.kind,
        from: i.from,
        onBehalfOf: i.onBehalfOf,
        delegator: i.delegator,
        subject: i.subject ?? null,
      });
    });
    const shown = new Map<string, string>();
    model.on('tags', (tags) => {
      for (const t of tags) {
        const key = `${t.availability}|${t.activity ?? ''}`;
        if (t.availability === 'Unknown' || shown.get(t.uri) === key) continue;
        shown.set(t.uri, key);
        line('presenceChanged', {
          uri: t.uri,
          name: t.name,
          availability: t.availability,
          activity: t.activity,
        });
      }
    });
    model.on('statusAlert', (a) =>
      line('statusAlert', { uri: a.uri, name: a.name, from: a.from, to: a.to, reason: a.reason }),
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
        fail(conn.reason ?? m.cli_signed_out());
        resolve(1);
      }
    });
    void stopSignal.then(() => resolve(0));
  });
}

export async function run(argv: string[]): Promise<number> {
  const { dir, rest } = takeTagsDir(argv);
  const args = await parseSignInArgs(rest, { command: 'watch', usage: USAGE });
  if (typeof args === 'number') return args;

  const model = createAppModel({
    historyStore: memoryHistoryStore(),
    endpointId: args.endpointId,
    format: args.format,
    runtime: {
      log: args.log,
      fetch: args.verbose ? protocolTrace((url, init) => fetch(url, init), args.log) : undefined,
    },
  });
  let stop: () => void = () => {};
  const stopSignal = new Promise<void>((resolve) => (stop = resolve));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  // Nobody reads the stream any more: stop as for Ctrl-C (sign out, exit 0), without a word.
  void stdio().stdout.closed.then(stop);

  try {
    await model.signIn({
      ...args.account,
      credentials: { password: async () => args.password },
      tagStore: tagFileFor(dir, args.account.sipAddress),
    });
  } catch (e) {
    return fail(toUserMessage(e));
  }
  line('signedIn', { user: model.getState().user });
  contactsLine(model.contacts());
  line('connection', { state: 'connected' });
  let ending = false;
  const code = await stream(model, stopSignal, () => ending);
  ending = true;
  await model.signOut().catch(() => {});
  process.removeListener('SIGINT', stop);
  process.removeListener('SIGTERM', stop);
  return code;
}
