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
const num = (v: unknown, name: string): number => {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new Error(`${name} must be a number`);
  return v;
};
const regex = (v: unknown): RegExp | undefined => (typeof v === 'string' && v ? new RegExp(v) : undefined);

/**
 * HTTP control: GET /_sim/contacts, GET /_sim/level?uri=, POST /_sim/level {uri, level}, POST /_sim/levels
 * {changes}, POST /_sim/contacts {…contact}, DELETE /_sim/contacts?uri=, POST /_sim/presence {uri, availability,
 * activity?}, POST /_sim/invitations {kind, from, …} → {id}, POST /_sim/invitations/end {id, how},
 * POST /_sim/faults/{failNext|dropNext|delayNext|malformedNext} {n, status?, ms?, code?, subcode?, match?},
 * POST /_sim/faults/{expireTokens|deleteApplications|forceResync|forceResume|duplicateNextEvents|clear},
 * POST /_sim/faults/lockAccount {locked: boolean},
 * POST /_sim/signIn/code → {code}, POST /_sim/signIn/expireSessions, GET /_sim/signIn/history,
 * GET /_sim/stats, POST /_sim/stats/reset, GET /_sim/applications, GET /_sim/conversations,
 * POST /_sim/messages {from, text} → {delivered}, GET /_sim/self.
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
          match: regex(b.match),
          code: typeof b.code === 'string' ? b.code : undefined,
          subcode: typeof b.subcode === 'string' ? b.subcode : undefined,
        });
        return json(204, undefined);
      case 'POST /faults/dropNext':
        f.dropNext(num(b.n, 'n'), { match: regex(b.match) });
        return json(204, undefined);
      case 'POST /faults/delayNext':
        f.delayNext(num(b.n, 'n'), num(b.ms, 'ms'), { match: regex(b.match) });
        return json(204, undefined);
      case 'POST /faults/malformedNext':
        f.malformedNext(num(b.n, 'n'), { match: regex(b.match) });
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
      case 'GET /conversations':
        return json(200, control.conversations());
      case 'POST /messages':
        return json(200, { delivered: control.messageFrom(str(b.from, 'from'), str(b.text, 'text')) });
      case 'GET /self':
        return json(200, control.self());
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
