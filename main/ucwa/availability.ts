// Being reachable (reference §2.2, §2.3, §5): `makeMeAvailable` on the application's `me`, without which the server
// sends this application no incoming invitation at all (so no on-behalf-of call or message would ever show), and
// `reportMyActivity`, which must follow at least every 4 minutes or the user's presence decays to Away.
import { isUcwaError, notAvailable } from './errors.js';
import type { UcwaError } from './errors.js';
import type { BatchRequest } from './batch.js';
import { embedded, link } from './representation/index.js';
import type { UcwaResource } from './representation/index.js';
import type { Transport } from './transport.js';
import { resolveHref } from './urls.js';

/** What we ask for: every modality an on-behalf-of invitation can come in. */
export const MODALITIES = ['Messaging', 'Audio', 'Video', 'PhoneAudio'] as const;
/** What servers documented to refuse the others (403) still accept (makeMeAvailable_ref.md). */
export const FALLBACK_MODALITIES = ['Messaging', 'PhoneAudio'] as const;

export function meOf(application: UcwaResource): UcwaResource {
  const me = embedded(application, 'me')[0];
  if (me === undefined) throw notAvailable('me');
  return me;
}

/** The makeMeAvailable POST for this application (alone, or as a part of the subscriptions batch). */
export function makeMeAvailableRequest(
  application: UcwaResource,
  modalities: readonly string[] = MODALITIES,
): BatchRequest {
  const target = link(meOf(application), 'makeMeAvailable');
  if (target === undefined) throw notAvailable('makeMeAvailable');
  return {
    method: 'POST',
    href: target.href,
    body: {
      kind: 'input',
      properties: { supportedModalities: [...modalities], supportedMessageFormats: ['Plain'] },
    },
  };
}

/**
 * What a failed makeMeAvailable means: `409 AlreadyExists` (called twice: after a resume or a resync the
 * application may still be available) is done; a 403 for the modalities is worth one try with the two every server
 * accepts; anything else is a failure.
 */
export function availabilityFailure(e: unknown): 'done' | 'fallback' | 'failed' {
  if (!isUcwaError(e)) return 'failed';
  if (e.status === 409 && e.subcode !== 'MakeMeAvailableRequired') return 'done';
  if (e.status === 403 && e.subcode !== 'AnonymousNotAllowed') return 'fallback';
  return 'failed';
}

/** POST me.makeMeAvailable on its own. Resolves to the modalities the server took. */
export async function makeMeAvailable(
  transport: Transport,
  application: UcwaResource,
  base: string,
  signal?: AbortSignal,
  modalities: readonly string[] = MODALITIES,
): Promise<readonly string[]> {
  try {
    await transport.request({
      ...makeMeAvailableRequest(application, modalities),
      base,
      signal,
    });
    return modalities;
  } catch (e) {
    const what = availabilityFailure(e);
    if (what === 'done') return modalities;
    if (what === 'fallback' && modalities !== FALLBACK_MODALITIES)
      return makeMeAvailable(transport, application, base, signal, FALLBACK_MODALITIES);
    throw e;
  }
}

/**
 * The `reportMyActivity` href: linked on `me` once the application is available, so `me` is read fresh (the copy
 * embedded in the application predates makeMeAvailable).
 */
export async function findReportMyActivity(
  transport: Transport,
  application: UcwaResource,
  base: string,
  signal?: AbortSignal,
): Promise<string> {
  const me = meOf(application);
  const embeddedLink = link(me, 'reportMyActivity');
  if (embeddedLink !== undefined) return resolveHref(embeddedLink.href, base).href;
  if (me.href === undefined) throw notAvailable('reportMyActivity');
  const res = await transport.request({
    href: me.href,
    base,
    fresh: true,
    signal,
  });
  const report = res.resource && link(res.resource, 'reportMyActivity');
  if (report === undefined) throw notAvailable('reportMyActivity');
  return resolveHref(report.href, res.url).href;
}

export async function reportMyActivity(
  transport: Transport,
  href: string,
  signal?: AbortSignal,
): Promise<void> {
  await transport.request({ method: 'POST', href, signal });
}

/** The server forgot that we are available (a resume, a new application): makeMeAvailable again. */
export function needsMakeMeAvailable(e: unknown): e is UcwaError {
  return isUcwaError(e) && e.status === 409 && e.subcode === 'MakeMeAvailableRequired';
}
