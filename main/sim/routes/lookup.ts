// Reading what a request names: the contact, invitation or presence subscription in its path, and the values in its
// body or query. Each throws the HttpError a real server answers with when the thing is absent or malformed.
import type { App, PresenceSub } from '../applications.js';
import type { SimContext } from '../context.js';
import { normaliseUri } from '../directory.js';
import { HttpError, type SimRequest, prop } from '../http.js';
import type { Invitation } from '../resources/index.js';
import type { SimContact } from '../types.js';

/** Anyone the server knows, the signed-in user included (their own card, presence and note can be read too). */
export function known(ctx: SimContext, uri: string): SimContact | undefined {
  return ctx.dir.get(uri) ?? (normaliseUri(uri) === ctx.user.uri ? ctx.user : undefined);
}

/** `sip` comes from the path, which server.ts has already percent-decoded (once: a `%` in it is literal). */
export function person(ctx: SimContext, sip: string | undefined): SimContact {
  const c = sip ? known(ctx, sip) : undefined;
  if (!c) throw new HttpError(404, undefined, 'The contact does not exist.');
  return c;
}

export function invitation(ctx: SimContext, id: string | undefined): Invitation {
  const inv = id ? ctx.invitations.get(id) : undefined;
  if (!inv) throw new HttpError(404, undefined, 'The invitation does not exist.');
  return inv;
}

export function findSub(app: App, id: string | null | undefined): PresenceSub {
  const sub = id ? app.presenceSubs.get(id) : undefined;
  if (!sub)
    throw new HttpError(
      404,
      'ApplicationNotFound',
      'The presence subscription does not exist or has expired.',
    );
  return sub;
}

export function minutes(req: SimRequest, body: Record<string, unknown>, fallback: number): number {
  const raw = req.query.get('duration') ?? prop(body, 'duration');
  if (raw === undefined || raw === null || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0)
    throw new HttpError(400, 'ParameterValidationFailure', 'duration must be a number of minutes.');
  return n;
}

export function urisOf(body: Record<string, unknown>, name: string): string[] {
  const v = prop(body, name);
  const list = Array.isArray(v) ? v : typeof v === 'string' ? [v] : undefined;
  if (!list || list.some((u) => typeof u !== 'string' || u.trim() === '')) {
    throw new HttpError(400, 'ParameterValidationFailure', `${name} must be a list of SIP URIs.`);
  }
  return (list as string[]).map(normaliseUri);
}

export function fail(message: string): never {
  throw new HttpError(400, 'ParameterValidationFailure', message);
}
