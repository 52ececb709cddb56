// The people around an incoming invitation (reference §5): `from` (embedded participant or link), and, when the
// call or message is made on someone's behalf, the `onBehalfOf` and `delegator` contacts (GET their links; an
// audio/video invitation may also carry the delegator's SIP URI as a property). Absent links mean "not on behalf".
import { malformed } from './errors.js';
import { embedded, link, stringProp } from './representation/index.js';
import type { UcwaResource } from './representation/index.js';
import { getContact } from './people.js';
import type { ContactSummary } from './people.js';
import type { Transport } from './transport.js';
import { resolveHref } from './urls.js';

export interface PartySummary {
  uri?: string;
  name?: string;
  /** Full contact when it could be fetched. */
  contact?: ContactSummary;
}

export interface InvitationParties {
  from: PartySummary | null;
  onBehalfOf: ContactSummary | null;
  delegator: ContactSummary | null;
  /** The delegator URI property of AV/phone invitations, when sent (even if the link is absent). */
  delegatorUri?: string;
  subject?: string;
}

async function contactAt(
  transport: Transport,
  invitation: UcwaResource,
  base: string,
  rel: string,
  signal?: AbortSignal,
): Promise<ContactSummary | null> {
  const l = link(invitation, rel);
  if (l === undefined || l.href.startsWith('data:')) return null;
  return getContact(transport, resolveHref(l.href, base).href, signal);
}

export async function invitationParties(
  transport: Transport,
  invitation: UcwaResource,
  base: string,
  signal?: AbortSignal,
): Promise<InvitationParties> {
  const [onBehalfOf, delegator] = await Promise.all([
    contactAt(transport, invitation, base, 'onBehalfOf', signal),
    contactAt(transport, invitation, base, 'delegator', signal),
  ]);
  const fromRes = embedded(invitation, 'from')[0];
  let from: PartySummary | null = null;
  if (fromRes !== undefined) {
    from = {};
    const uri = stringProp(fromRes, 'uri');
    const name = stringProp(fromRes, 'name');
    if (uri !== undefined) from.uri = uri;
    if (name !== undefined) from.name = name;
  }
  const out: InvitationParties = { from, onBehalfOf, delegator };
  const delegatorUri = stringProp(invitation, 'delegator');
  if (delegatorUri !== undefined) out.delegatorUri = delegatorUri;
  const subject = stringProp(invitation, 'subject');
  if (subject !== undefined) out.subject = subject;
  return out;
}

/** Fetch an invitation by href (for events that did not embed it). */
export async function getInvitation(
  transport: Transport,
  href: string,
  signal?: AbortSignal,
): Promise<{ resource: UcwaResource; url: string }> {
  const res = await transport.request({ href, signal });
  if (res.resource === undefined) throw malformed('invitation without body', res.status);
  return { resource: res.resource, url: res.url };
}
