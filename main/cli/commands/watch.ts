// `ucwa watch --discover URL --user SIP [--password-stdin] [--windows] [--account DOMAIN\\USER] [--format json|xml]
//   [--trust-host HOST]... [--state FILE]`
// Signs in with the app model and streams NDJSON to stdout, one object per line, each with an "event" field:
//   signedIn {user} · contacts {contacts:[{uri,name,relationshipLevel}]} (after sign-in and after any resync)
//   relationshipChanged {uri,name,from,to,ours} · invitation {kind,from,onBehalfOf,delegator,subject}
//   invitationEnded {kind,from,state} · connection {state, reason?}
// --state FILE keeps the last known level of every contact in FILE, as the app does (main/app/lastKnownFile.ts): a
// later `watch` with the same file first prints, after `contacts`, one relationshipChanged per change made in
// between, with "whileAway": true, "since" and "until" (ISO 8601, the interval it happened in) and, for a contact
// added or removed meanwhile, "change": "added" | "removed". A damaged file: said once on stderr, nothing compared.
//   presenceChanged {uri,name,availability,activity?} (people tagged with `ucwa tag`, same --tags-dir)
//   statusAlert {uri,name,from,to,reason} (a tagged person became available: once per change)
// Runs until SIGINT/SIGTERM or until the reader of stdout goes away (`watch | head`: EPIPE), then signs out and
// exits 0; or until the server ends the session (exit 1). A failed sign-in: one line on stderr, exit 1 (2 for usage
// errors). The password comes from stdin or UCWA_PASSWORD only. --verbose: the protocol log, redacted, on stderr.
import { createAppModel, memoryHistoryStore } from '../../app/index.js';
import type { AppModel, AppEvents, SessionState } from '../../app/index.js';
import type { LastKnownStore } from '../../app/lastKnown.js';
import { lastKnownFile } from '../../app/lastKnownFile.js';
import type { ChangeEntry, ContactView } from '../../ipc/contract.js';
import { protocolTrace } from '../../log/index.js';
import { m } from '../../i18n/index.js';
import { stdio } from '../output.js';
import { Negotiator } from '../../ucwa/auth/negotiate.js';
import { errorMessage } from '../../words/trust.js';
import { passiveOnlyLine } from '../passive.js';
import { failer, parseSignInArgs } from '../signInArgs.js';
import { takeTagsDir } from '../tagsDir.js';
import { tagFileFor } from '../../app/tagFile.js';

/** The syntax stays as typed; only "usage:" is in the user's language. */
const usage = (): string =>
  m.cli_usage_line({
    syntax:
      'ucwa watch --discover URL --user SIP [--password-stdin] [--windows] [--account DOMAIN\\USER] [--format json|xml] [--trust-host HOST]... [--state FILE] [--tags-dir DIR]',
  });

const fail = failer('watch');

function line(event: string, data: Record<string, unknown> = {}): void {
  stdio().stdout.json({ event, ...data });
}

const contactsLine = (contacts: ContactView[]): void =>
  line('contacts', {
    contacts: contacts.map((c) => ({ uri: c.uri, name: c.name, relationshipLevel: c.level })),
  });

function changeLine(c: ChangeEntry): void {
  const away =
    c.whileAway === undefined
      ? {}
      : {
          whileAway: true,
          since: new Date(c.whileAway.since).toISOString(),
          until: new Date(c.whileAway.until).toISOString(),
        };
  line('relationshipChanged', {
    uri: c.contact.uri,
    name: c.contact.name,
    from: c.from,
    to: c.to,
    ours: c.ours,
    ...away,
    change: c.kind,
  });
}

/** `--state FILE` (or `--state=FILE`) taken out of argv; the rest goes to the shared sign-in options. */
function takeState(argv: string[]): { state?: string; rest: string[] } | { error: string } {
  const rest: string[] = [];
  let state: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (arg === '--state' || arg.startsWith('--state=')) {
      const value = arg === '--state' ? argv[++i] : arg.slice('--state='.length);
      if (value === undefined || value === '' || value.startsWith('--'))
        return { error: m.cli_state_option() };
      state = value;
    } else rest.push(arg);
  }
  return { state, rest };
}

/** The state file, telling whether what it held could be read (said once: the model only logs it). */
function stateFile(path: string): { store: LastKnownStore; damaged: () => boolean } {
  const file = lastKnownFile(path);
  let damaged = false;
  return {
    store: {
      load() {
        const loaded = file.load();
        damaged = loaded.state === null && loaded.damaged;
        return loaded;
      },
      save: (state) => file.save(state),
      clear: () => file.clear(),
    },
    damaged: () => damaged,
  };
}

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
    // While-away changes were printed after the sign-in, from the model's one whileAway report.
    model.on('relationshipChanged', (c) => {
      if (c.whileAway === undefined) changeLine(c);
    });
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
  const taken = takeState(argv);
  if ('error' in taken) return fail(`${taken.error}\n${usage()}`, 2);
  const { dir, rest } = takeTagsDir(taken.rest);
  const args = await parseSignInArgs(rest, { command: 'watch', usage: usage() });
  if (typeof args === 'number') return args;
  const state = taken.state === undefined ? undefined : stateFile(taken.state);

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

  // The comparison with the state file happens during the sign-in: kept, and printed once the list is out.
  const away: AppEvents['whileAway'][] = [];
  const offAway = model.on('whileAway', (a) => away.push(a));
  try {
    // --windows with a password too: NTLM with it where the pool offers no Kerberos (as `relationship` does).
    const password = async () => args.password;
    const credentials = args.windows
      ? { windows: new Negotiator(), password: args.password === '' ? undefined : password }
      : { password };
    await model.signIn({
      ...args.account,
      credentials,
      lastKnown: state?.store,
      tagStore: tagFileFor(dir, args.account.sipAddress),
    });
  } catch (e) {
    return fail(passiveOnlyLine(e) ?? errorMessage(e));
  } finally {
    offAway();
  }
  if (state?.damaged())
    stdio().stderr.line(`ucwa watch: ${m.cli_state_damaged({ path: taken.state ?? '' })}`);
  line('signedIn', { user: model.getState().user });
  contactsLine(model.contacts());
  for (const a of away) for (const c of a.changes) changeLine(c);
  line('connection', { state: 'connected' });
  let ending = false;
  const code = await stream(model, stopSignal, () => ending);
  ending = true;
  await model.signOut().catch(() => {});
  process.removeListener('SIGINT', stop);
  process.removeListener('SIGTERM', stop);
  return code;
}
