// The control interface for tests and the demo: the in-process SimControl, and the same operations over HTTP under
// /_sim/ (JSON bodies), a prefix no UCWA resource links to. Directory changes fan out to the applications here.
import type { SimContext } from './context.js';
import { HttpError, type SimRequest, type SimResponse } from './http.js';
import * as R from './resources.js';
import type { Front } from './server.js';
import {
  PRIVACY_LEVELS,
  type PrivacyLevel,
  type SimContact,
  type SimControl,
  type SimStats,
} from './types.js';

/** Wires directory changes to events on every application. */
export function wireEvents(ctx: SimContext): void {
  ctx.dir.onChange((change) => {
    const c = change.contact;
    if (change.kind === 'level') {
      // Raised on every application of the user that has subscribed to that contact (reference §4.4: "only if the
      // app has subscribed to that contact"), also for the application's own PUT (the real server does too). Which
      // subscription counts is not documented: either the contact-list one or a presence one for that contact.
      ctx.apps.broadcast(
        (app) =>
          app.contactsSub || ctx.apps.isSubscribed(app, c.uri)
            ? {
                sender: { rel: 'people', href: `${app.base}/people` },
                link: { rel: 'contactPrivacyRelationship', href: R.relationshipHref(app.base, c.uri) },
                in: { rel: 'contact', href: R.contactHref(app.base, c.uri) },
                type: 'updated',
              }
            : undefined,
        'medium',
      );
    } else if (change.kind === 'presence') {
      const now = ctx.clock.now();
      ctx.lastActive.set(c.uri, now);
      ctx.apps.broadcast(
        (app) =>
          ctx.apps.isSubscribed(app, c.uri)
            ? {
                sender: { rel: 'people', href: `${app.base}/people` },
                link: { rel: 'contactPresence', href: `${R.contactHref(app.base, c.uri)}/presence` },
                in: { rel: 'contact', href: R.contactHref(app.base, c.uri) },
                type: 'updated',
                embedded: { contactPresence: R.presenceRes(app.base, c, now) },
              }
            : undefined,
        'medium',
      );
    } else {
      // Contact-list changes reach only applications with a contacts-and-groups subscription (High priority).
      ctx.apps.broadcast(
        (app) =>
          app.contactsSub
            ? {
                sender: { rel: 'people', href: `${app.base}/people` },
                link: { rel: 'contact', href: R.contactHref(app.base, c.uri) },
                in: { rel: 'myContacts', href: `${app.base}/people/contacts` },
                type: change.kind === 'added' ? 'added' : 'deleted',
              }
            : undefined,
        'high',
      );
    }
  });
}

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
    addContact: (c) => {
      if (!c.uri || !c.name) throw new Error('addContact needs uri and name');
      ctx.dir.add(c);
    },
    removeContact: (uri) => ctx.dir.remove(uri),
    setPresence: (uri, availability, activity) => {
      ctx.dir.setPresence(contact(ctx, uri).uri, availability, activity);
    },
    sendInvitation: (inv) => ctx.invitations.send(inv),
    endInvitation: (id, how) => ctx.invitations.end(id, how),
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
          ...(opts?.match ? { match: opts.match } : {}),
          ...(opts?.code ? { code: opts.code } : {}),
          ...(opts?.subcode ? { subcode: opts.subcode } : {}),
        });
      },
      dropNext: (n, opts) =>
        ctx.faults.add({ kind: 'drop', left: n, ...(opts?.match ? { match: opts.match } : {}) }),
      delayNext: (n, ms, opts) =>
        ctx.faults.add({ kind: 'delay', left: n, ms, ...(opts?.match ? { match: opts.match } : {}) }),
      malformedNext: (n, opts) =>
        ctx.faults.add({ kind: 'malformed', left: n, ...(opts?.match ? { match: opts.match } : {}) }),
      expireTokens: () => ctx.auth.expireAll(),
      deleteApplications: () => ctx.apps.deleteAll(),
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

function json(status: number, body: unknown): SimResponse {
  return {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
    body: body === undefined ? '' : JSON.stringify(body),
  };
}

const str = (v: unknown, name: string): string => {
  if (typeof v !== 'string' || v === '') throw new Error(`${name} is required`);
  return v;
};
const num = (v: unknown, name: string): number => {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new Error(`${name} must be a number`);
  return v;
};
const regex = (v: unknown): { match?: RegExp } =>
  typeof v === 'string' && v ? { match: new RegExp(v) } : {};

/**
 * HTTP control: GET /_sim/contacts, GET /_sim/level?uri=, POST /_sim/level {uri, level}, POST /_sim/levels
 * {changes}, POST /_sim/contacts {…contact}, DELETE /_sim/contacts?uri=, POST /_sim/presence {uri, availability,
 * activity?}, POST /_sim/invitations {kind, from, …} → {id}, POST /_sim/invitations/end {id, how},
 * POST /_sim/faults/{failNext|dropNext|delayNext|malformedNext} {n, status?, ms?, code?, subcode?, match?},
 * POST /_sim/faults/{expireTokens|deleteApplications|forceResync|forceResume|duplicateNextEvents|clear},
 * POST /_sim/faults/lockAccount {locked: boolean},
 * POST /_sim/signIn/code → {code}, POST /_sim/signIn/expireSessions, GET /_sim/signIn/history,
 * GET /_sim/stats, POST /_sim/stats/reset, GET /_sim/applications.
 */
export async function handleControl(req: SimRequest, control: SimControl): Promise<SimResponse> {
  const op = `${req.method} ${req.path.slice('/_sim'.length)}`;
  try {
    const text = req.body.toString('utf8').trim();
    const b = (text ? JSON.parse(text) : {}) as Record<string, unknown>;
    if (typeof b !== 'object' || b === null) throw new Error('body must be a JSON object');
    const f = control.faults;
    switch (op) {
      case 'GET /contacts':
        return json(200, control.contacts());
      case 'GET /level': {
        const uri = str(req.query.get('uri'), 'uri');
        return json(200, { uri, level: control.getLevel(uri) });
      }
      case 'POST /level':
        control.setLevel(str(b.uri, 'uri'), b.level as PrivacyLevel);
        return json(204, undefined);
      case 'POST /levels':
        if (!Array.isArray(b.changes)) throw new Error('changes must be an array');
        control.setLevels(b.changes as Array<{ uri: string; level: PrivacyLevel }>);
        return json(204, undefined);
      case 'POST /contacts':
        control.addContact(b as unknown as SimContact);
        return json(204, undefined);
      case 'DELETE /contacts':
        control.removeContact(str(req.query.get('uri'), 'uri'));
        return json(204, undefined);
      case 'POST /presence':
        control.setPresence(
          str(b.uri, 'uri'),
          str(b.availability, 'availability'),
          typeof b.activity === 'string' ? b.activity : undefined,
        );
        return json(204, undefined);
      case 'POST /invitations':
        return json(200, { id: control.sendInvitation(b as never) });
      case 'POST /invitations/end':
        control.endInvitation(str(b.id, 'id'), str(b.how, 'how') as 'missed');
        return json(204, undefined);
      case 'POST /faults/failNext':
        f.failNext(num(b.n, 'n'), num(b.status, 'status'), {
          ...regex(b.match),
          ...(typeof b.code === 'string' ? { code: b.code } : {}),
          ...(typeof b.subcode === 'string' ? { subcode: b.subcode } : {}),
        });
        return json(204, undefined);
      case 'POST /faults/dropNext':
        f.dropNext(num(b.n, 'n'), regex(b.match));
        return json(204, undefined);
      case 'POST /faults/delayNext':
        f.delayNext(num(b.n, 'n'), num(b.ms, 'ms'), regex(b.match));
        return json(204, undefined);
      case 'POST /faults/malformedNext':
        f.malformedNext(num(b.n, 'n'), regex(b.match));
        return json(204, undefined);
      case 'POST /faults/lockAccount':
        if (typeof b.locked !== 'boolean') throw new Error('locked must be true or false');
        f.lockAccount(b.locked);
        return json(204, undefined);
      case 'POST /faults/expireTokens':
      case 'POST /faults/deleteApplications':
      case 'POST /faults/forceResync':
      case 'POST /faults/forceResume':
      case 'POST /faults/duplicateNextEvents':
      case 'POST /faults/clear':
        f[op.slice('POST /faults/'.length) as 'clear']();
        return json(204, undefined);
      case 'POST /signIn/code':
        return json(200, { code: control.signIn.issueCode() });
      case 'POST /signIn/expireSessions':
        control.signIn.expireSessions();
        return json(204, undefined);
      case 'GET /signIn/history':
        return json(200, control.signIn.history());
      case 'GET /stats':
        return json(200, control.stats());
      case 'POST /stats/reset':
        control.resetStats();
        return json(204, undefined);
      case 'GET /applications':
        return json(200, control.applications());
      default:
        return json(404, { error: `unknown control operation ${op}` });
    }
  } catch (e) {
    const status = e instanceof HttpError ? e.status : 400;
    return json(status, { error: (e as Error).message });
  }
}
