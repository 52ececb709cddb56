// A contact's privacy relationship (reference §4.4): get, set (PUT the whole resource back with If-Match, echoing
// every property, including the "please pass this in a PUT request" one), and reset to the auto-assigned level
// (POST the `resetContactPrivacyRelationship` link). A 412 means someone changed it meanwhile: we refetch and throw
// PreconditionFailed with the current level in `details.current`, never overwriting their change.
import { UcwaError, isUcwaError, notAvailable } from './errors.js';
import { link, stringProp } from './representation/index.js';
import type { UcwaResource } from './representation/index.js';
import type { ContactSummary } from './people.js';
import { subHref } from './people.js';
import { isPrivacyLevel } from './privacyLevels.js';
import type { PrivacyLevel } from './privacyLevels.js';
import type { Transport } from './transport.js';

export interface Relationship {
  level: PrivacyLevel;
  /** Absolute href of the contactPrivacyRelationship resource. */
  href: string;
  etag?: string;
  /** Whether the server links a reset for it. */
  canReset: boolean;
  /** Whether a PUT is possible (the contact links revision 2 or gives no revision). */
  canSet: boolean;
  resource: UcwaResource;
}

/**
 * Does a contactPrivacyRelationship of this revision take a PUT? Only revision 2 does; a link without a revision is
 * taken as settable (the most tolerant reading). Revisions compare as numbers ('10' is above '2').
 */
export function revisionTakesPut(revision: string | undefined): boolean {
  return revision === undefined || Number.parseFloat(revision) >= 2;
}

function etagOf(resHeader: string | undefined, resource: UcwaResource): string | undefined {
  return resHeader ?? stringProp(resource, 'etag');
}

export async function getRelationship(
  transport: Transport,
  contact: ContactSummary,
  options: { fresh?: boolean; signal?: AbortSignal } = {},
): Promise<Relationship> {
  const res = await transport.request({
    href: subHref(contact, 'privacyRelationship'),
    fresh: options.fresh,
    signal: options.signal,
  });
  const resource = res.resource;
  const level = resource === undefined ? undefined : stringProp(resource, 'relationshipLevel');
  if (resource === undefined || !isPrivacyLevel(level)) {
    throw new UcwaError({
      status: res.status,
      code: 'MalformedResponse',
      message: 'No relationship level in the answer.',
    });
  }
  const out: Relationship = {
    level,
    href: res.url,
    canReset: link(resource, 'resetContactPrivacyRelationship') !== undefined,
    canSet: revisionTakesPut(contact.links.privacyRelationshipRevision),
    resource,
  };
  const etag = etagOf(res.etag, resource);
  if (etag !== undefined) out.etag = etag;
  return out;
}

export async function setRelationship(
  transport: Transport,
  contact: ContactSummary,
  level: PrivacyLevel,
  signal?: AbortSignal,
): Promise<Relationship> {
  const current = await getRelationship(transport, contact, { signal });
  if (!current.canSet) throw notAvailable('change relationship');
  try {
    await transport.request({
      method: 'PUT',
      href: current.href,
      // PUT replaces the whole resource: send back every property we got, with the new level.
      body: {
        kind: 'resource',
        rel: current.resource.rel || 'contactPrivacyRelationship',
        href: current.resource.href,
        properties: { ...current.resource.properties, relationshipLevel: level },
      },
      ifMatch: current.etag,
      signal,
    });
  } catch (e) {
    if (isUcwaError(e) && e.status === 412) {
      const now = await getRelationship(transport, contact, {
        fresh: true,
        signal,
      });
      throw new UcwaError({
        status: 412,
        code: 'PreconditionFailed',
        subcode: e.subcode,
        retryable: false,
        details: { current: now.level },
        message: `Someone else changed this relationship meanwhile; it is now ${now.level}.`,
      });
    }
    throw e;
  }
  return getRelationship(transport, contact, { fresh: true, signal });
}

export async function resetRelationship(
  transport: Transport,
  contact: ContactSummary,
  signal?: AbortSignal,
): Promise<Relationship> {
  const current = await getRelationship(transport, contact, { signal });
  const reset = link(current.resource, 'resetContactPrivacyRelationship');
  if (reset === undefined) throw notAvailable('reset relationship');
  await transport.request({
    method: 'POST',
    href: reset.href,
    base: current.href,
    signal,
  });
  transport.forget(current.href);
  return getRelationship(transport, contact, { fresh: true, signal });
}

export type { PrivacyLevel };
