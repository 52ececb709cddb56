// The control interface over HTTP, under /_sim/ (JSON bodies), a prefix no UCWA resource links to. The same
// operations as the in-process SimControl, for tests in other processes and for trying the demo by hand.
import { HttpError, type SimRequest, type SimResponse } from './http.js';
import type { PrivacyLevel, SimContact, SimControl } from './types.js';

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
const strings = (v: unknown, name: string): string[] => {
  if (v === undefined) return [];
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))
    throw new Error(`${name} must be a list of SIP URIs`);
  return v as string[];
};
const num = (v: unknown, name: string): number => {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new Error(`${name} must be a number`);
  return v;
};
const regex = (v: unknown): RegExp | undefined => (typeof v === 'string' && v ? new RegExp(v) : undefined);

/** One control operation: reads its arguments (query `q`, JSON body `b`) and answers a value, or nothing (204). */
type Op = (control: SimControl, b: Record<string, unknown>, q: URLSearchParams) => unknown;

const done = undefined;

/** Operations that change the world (answer 204) or read it (answer 200 with JSON), by "METHOD /path". */
const OPS: Record<string, Op> = {
  'GET /contacts': (c) => c.contacts(),
  'GET /level': (c, _b, q) => {
    const uri = str(q.get('uri'), 'uri');
    return { uri, level: c.getLevel(uri) };
  },
  'POST /level': (c, b) => c.setLevel(str(b.uri, 'uri'), b.level as PrivacyLevel),
  'POST /levels': (c, b) => {
    if (!Array.isArray(b.changes)) throw new Error('changes must be an array');
    c.setLevels(b.changes as Array<{ uri: string; level: PrivacyLevel }>);
  },
  'POST /contacts': (c, b) => c.addContact(b as unknown as SimContact),
  'DELETE /contacts': (c, _b, q) => c.removeContact(str(q.get('uri'), 'uri')),
  'POST /presence': (c, b) =>
    c.setPresence(
      str(b.uri, 'uri'),
      str(b.availability, 'availability'),
      typeof b.activity === 'string' ? b.activity : undefined,
    ),
  'POST /invitations': (c, b) => ({ id: c.sendInvitation(b as never) }),
  'POST /invitations/end': (c, b) => c.endInvitation(str(b.id, 'id'), str(b.how, 'how') as 'missed'),
  'POST /faults/failNext': (c, b) =>
    c.faults.failNext(num(b.n, 'n'), num(b.status, 'status'), {
      match: regex(b.match),
      code: typeof b.code === 'string' ? b.code : undefined,
      subcode: typeof b.subcode === 'string' ? b.subcode : undefined,
    }),
  'POST /faults/dropNext': (c, b) => c.faults.dropNext(num(b.n, 'n'), { match: regex(b.match) }),
  'POST /faults/loseAnswerNext': (c, b) =>
    c.faults.loseAnswerNext(num(b.n, 'n'), {
      match: regex(b.match),
      method: typeof b.method === 'string' ? b.method : undefined,
    }),
  'POST /faults/delayNext': (c, b) =>
    c.faults.delayNext(num(b.n, 'n'), num(b.ms, 'ms'), { match: regex(b.match) }),
  'POST /faults/malformedNext': (c, b) => c.faults.malformedNext(num(b.n, 'n'), { match: regex(b.match) }),
  'POST /faults/lockAccount': (c, b) => {
    if (typeof b.locked !== 'boolean') throw new Error('locked must be true or false');
    c.faults.lockAccount(b.locked);
  },
  'POST /faults/expireTokens': (c) => c.faults.expireTokens(),
  'POST /faults/deleteApplications': (c) => c.faults.deleteApplications(),
  'POST /faults/forceResync': (c) => c.faults.forceResync(),
  'POST /faults/forceResume': (c) => c.faults.forceResume(),
  'POST /faults/duplicateNextEvents': (c) => c.faults.duplicateNextEvents(),
  'POST /faults/clear': (c) => c.faults.clear(),
  'POST /signIn/code': (c) => ({ code: c.signIn.issueCode() }),
  'POST /signIn/expireSessions': (c) => c.signIn.expireSessions(),
  'GET /signIn/history': (c) => c.signIn.history(),
  'GET /stats': (c) => c.stats(),
  'POST /stats/reset': (c) => c.resetStats(),
  'GET /applications': (c) => c.applications(),
  'GET /conversations': (c) => c.conversations(),
  'POST /messages': (c, b) => ({ delivered: c.messageFrom(str(b.from, 'from'), str(b.text, 'text')) }),
  'GET /self': (c) => c.self(),
  'GET /groups': (c) => c.groups(),
  'POST /groups': (c, b) => ({ id: c.createGroup(str(b.name, 'name')) }),
  'POST /groups/rename': (c, b) => c.renameGroup(str(b.id, 'id'), str(b.name, 'name')),
  'DELETE /groups': (c, _b, q) => c.deleteGroup(str(q.get('id'), 'id')),
  'POST /memberships': (c, b) => c.addToGroup(str(b.uri, 'uri'), str(b.groupId, 'groupId')),
  'DELETE /memberships': (c, _b, q) =>
    c.removeFromGroup(str(q.get('uri'), 'uri'), str(q.get('groupId'), 'groupId')),
  'POST /distributionGroups': (c, b) => {
    if (typeof b.inContactList !== 'boolean') throw new Error('inContactList must be true or false');
    c.listDistributionGroup(str(b.id, 'id'), b.inContactList);
  },
  'POST /organization': (c, b) =>
    c.setOrganization({
      manager: typeof b.manager === 'string' ? b.manager : undefined,
      peers: strings(b.peers, 'peers'),
      reports: strings(b.reports, 'reports'),
    }),
};

/**
 * HTTP control: each entry of OPS under /_sim/ — contacts, levels, presence, invitations, sign-in (a passive
 * sign-in code, expired sessions, the grants seen), faults (failNext,
 * dropNext, loseAnswerNext, delayNext, malformedNext, lockAccount, expireTokens, deleteApplications, forceResync, forceResume,
 * duplicateNextEvents, clear), stats, applications, conversations and messages, the user's own state, and the
 * contact list (groups, memberships, distribution groups, organization). A refusal answers its HTTP status (400 for
 * bad arguments), an unknown operation 404.
 */
export async function handleControl(req: SimRequest, control: SimControl): Promise<SimResponse> {
  const key = `${req.method} ${req.path.slice('/_sim'.length)}`;
  try {
    const text = req.body.toString('utf8').trim();
    const b = (text ? JSON.parse(text) : {}) as Record<string, unknown>;
    if (typeof b !== 'object' || b === null) throw new Error('body must be a JSON object');
    const op = Object.hasOwn(OPS, key) ? OPS[key] : undefined;
    if (!op) return json(404, { error: `unknown control operation ${key}` });
    const value = await op(control, b, req.query);
    return value === done ? json(204, undefined) : json(200, value);
  } catch (e) {
    const status = e instanceof HttpError ? e.status : 400;
    return json(status, { error: (e as Error).message });
  }
}
