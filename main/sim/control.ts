// The control interface for tests and the demo: the in-process SimControl. Changes made here are made "elsewhere"
// (another client, an administrator, the contact): they raise the events a real server raises.
import type { SimContext } from './context.js';
import { contactListControl } from './controlContactList.js';
import type { Front } from './dispatch.js';
import { HttpError } from './http.js';
import {
  PRIVACY_LEVELS,
  type PrivacyLevel,
  type SimContact,
  type SimControl,
  type SimStats,
} from './types.js';

function requireLevel(level: unknown): PrivacyLevel {
  if (typeof level !== 'string' || !PRIVACY_LEVELS.includes(level as PrivacyLevel)) {
    throw new Error(`level must be one of ${PRIVACY_LEVELS.join(', ')}`);
  }
  return level as PrivacyLevel;
}

function contact(ctx: SimContext, uri: string): SimContact {
  const c = ctx.dir.get(uri);
  if (!c) throw new Error(`unknown contact ${uri}`);
  return c;
}

export function createControl(ctx: SimContext, front: Pick<Front, 'stats' | 'listeners'>): SimControl {
  const emptyStats = (): SimStats => ({ requests: 0, byRoute: {} });
  const channels = (f: (ch: ReturnType<SimContext['apps']['list']>[number]['channel']) => void): void => {
    for (const app of ctx.apps.list()) f(app.channel);
  };
  return {
    contacts: () =>
      ctx.dir
        .contacts()
        .map((c) => ({ ...c, emailAddresses: [...c.emailAddresses], modalities: [...c.modalities] })),
    getLevel: (uri) => contact(ctx, uri).level,
    setLevel: (uri, level) => {
      ctx.dir.setLevel(contact(ctx, uri).uri, requireLevel(level));
    },
    setLevels: (changes) => {
      // Validate the whole burst first, so a bad entry changes nothing.
      for (const ch of changes) {
        requireLevel(ch.level);
        contact(ctx, ch.uri);
      }
      for (const ch of changes) ctx.dir.setLevel(ch.uri, ch.level);
    },
    ...contactListControl(ctx),
    setPresence: (uri, availability, activity) => {
      ctx.dir.setPresence(contact(ctx, uri).uri, availability, activity);
    },
    sendInvitation: (inv) => ctx.invitations.send(inv),
    endInvitation: (id, how) => ctx.invitations.end(id, how),
    conversations: () =>
      ctx.conversations.all().map((e) => ({
        id: e.conv.id,
        application: e.app.id,
        with: e.conv.peer.uri,
        modality: e.conv.modality,
        state: e.conv.state,
        messages: e.conv.messages.map((m) => ({ direction: m.direction, text: m.text, at: m.at })),
      })),
    messageFrom: (uri, text) => {
      const c = contact(ctx, uri);
      if (typeof text !== 'string' || text === '') throw new Error('text is required');
      const open = ctx.conversations
        .all()
        .filter((e) => e.conv.peer.uri === c.uri && e.conv.messaging === 'Connected');
      for (const e of open) ctx.conversations.peerSays(e, text);
      return open.length;
    },
    self: () => ({
      availability: ctx.user.availability,
      activity: ctx.user.activity,
      note: ctx.user.note,
      location: ctx.user.location,
    }),
    applications: () => ctx.apps.list().map((a) => a.id),
    parkedPGets: () => ctx.apps.list().filter((a) => a.channel.isParked).length,
    faults: {
      failNext: (n, status, opts) => {
        if (!Number.isInteger(status) || status < 200 || status > 599)
          throw new HttpError(400, undefined, `status must be an HTTP status from 200 to 599, not ${status}`);
        ctx.faults.add({
          kind: 'fail',
          left: n,
          status,
          match: opts?.match,
          code: opts?.code || undefined,
          subcode: opts?.subcode || undefined,
        });
      },
      dropNext: (n, opts) => ctx.faults.add({ kind: 'drop', left: n, match: opts?.match }),
      loseAnswerNext: (n, opts) =>
        ctx.faults.add({ kind: 'lose', left: n, match: opts?.match, method: opts?.method }),
      delayNext: (n, ms, opts) => ctx.faults.add({ kind: 'delay', left: n, ms, match: opts?.match }),
      malformedNext: (n, opts) => ctx.faults.add({ kind: 'malformed', left: n, match: opts?.match }),
      expireTokens: () => ctx.auth.expireAll(),
      deleteApplications: () => ctx.apps.deleteAll(),
      deleteApplicationsAfter: (n, opts) =>
        ctx.faults.add({ kind: 'vanish', left: n, match: opts?.match, method: opts?.method }),
      forceResync: () => channels((c) => c.forceResync()),
      forceResume: () => channels((c) => c.forceResume()),
      duplicateNextEvents: () => channels((c) => c.duplicateNextEvents()),
      lockAccount: (locked) => {
        ctx.auth.locked = locked;
      },
      clear: () => {
        ctx.faults.clear();
        ctx.auth.locked = false;
      },
    },
    signIn: ctx.auth.control(),
    stats: () => ({ requests: front.stats.requests, byRoute: { ...front.stats.byRoute } }),
    resetStats: () => {
      Object.assign(front.stats, emptyStats());
    },
    onRequest: (listener) => {
      front.listeners.add(listener);
      return () => front.listeners.delete(listener);
    },
  };
}
