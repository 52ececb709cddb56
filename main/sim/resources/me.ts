// The signed-in user: `me` (its links change with makeMeAvailable: before it, makeMeAvailable; after it, presence,
// note, location and reportMyActivity instead), the user's own presence, note and location, the user's phones and
// call forwarding settings.
import { createHash } from 'node:crypto';
import type { Link, Res } from '../render.js';
import type { SimContact } from '../types.js';
import type { AppView } from './application.js';
import { photoHref } from './hrefs.js';
import { compact } from './values.js';

/** The application's endpoint as the server names it (a GRUU with the endpoint id), stable per application. */
function endpointUri(app: AppView, user: SimContact): string {
  const epid = createHash('sha1').update(`${app.endpointId}|${app.id}`).digest('base64url').slice(0, 22);
  return `${user.uri};opaque=user:epid:${epid};gruu`;
}

export function meRes(app: AppView, user: SimContact): Res {
  const b = app.base;
  const links: Record<string, Link> = {
    callForwardingSettings: { href: `${b}/me/callForwardingSettings` },
    phones: { href: `${b}/me/phones` },
    photo: { href: photoHref(b, user.uri) },
  };
  if (app.madeAvailable) {
    links.presence = { href: `${b}/me/presence` };
    links.note = { href: `${b}/me/note` };
    links.location = { href: `${b}/me/location` };
    links.reportMyActivity = { href: `${b}/reportMyActivity` };
  } else {
    links.makeMeAvailable = { href: `${b}/me/makeMeAvailable` };
  }
  return {
    rel: 'me',
    href: `${b}/me`,
    props: compact({
      name: user.name,
      uri: user.uri,
      emailAddresses: user.emailAddresses,
      title: user.title,
      department: user.department,
      company: user.company,
      officeLocation: user.office,
      workPhoneNumber: user.workPhoneNumber,
      mobilePhoneNumber: user.mobilePhoneNumber,
      homePhoneNumber: user.homePhoneNumber,
      otherPhoneNumber: user.otherPhoneNumber,
      endpointUri: endpointUri(app, user),
    }),
    links,
  };
}

export type OwnResource = 'presence' | 'note' | 'location';

/** The user's own presence, note or location (presence_ref.md, note_ref.md, location_ref.md). */
export function ownRes(b: string, user: SimContact, name: OwnResource): Res {
  const href = `${b}/me/${name}`;
  if (name === 'presence')
    return { rel: name, href, props: compact({ availability: user.availability, activity: user.activity }) };
  if (name === 'note')
    return { rel: name, href, props: { message: user.note ?? '', type: user.noteType ?? 'Personal' } };
  return { rel: name, href, props: { location: user.location ?? '' } };
}

const PHONE_KINDS = [
  ['Work', 'workPhoneNumber'],
  ['Mobile', 'mobilePhoneNumber'],
  ['Home', 'homePhoneNumber'],
  ['Other', 'otherPhoneNumber'],
] as const;

/** phones_ref.md: one `phone` per number the user has; only the work number is on the contact card. */
export function phonesRes(b: string, user: SimContact): Res {
  const phone: Res[] = [];
  for (const [type, key] of PHONE_KINDS) {
    const number = user[key];
    if (!number) continue;
    phone.push({
      rel: 'phone',
      href: `${b}/me/phones/${type.toLowerCase()}`,
      props: { includeInContactCard: type === 'Work', number, type },
    });
  }
  return { rel: 'phones', href: `${b}/me/phones`, embedded: { phone } };
}

export const FORWARDING_PARTS = [
  'immediateForwardSettings',
  'simultaneousRingSettings',
  'unansweredCallSettings',
] as const;
export type ForwardingPart = (typeof FORWARDING_PARTS)[number];

/** One part of the call forwarding settings: nothing forwarded, unanswered calls ring for 20 s and go to voice mail. */
export function forwardingPartRes(b: string, part: ForwardingPart): Res {
  const props =
    part === 'immediateForwardSettings'
      ? { target: 'None' }
      : part === 'simultaneousRingSettings'
        ? { ringDelay: 5, target: 'None' }
        : { ringDelay: 20, target: 'Voicemail' };
  return { rel: part, href: `${b}/me/callForwardingSettings/${part}`, props };
}

/** callForwardingSettings_ref.md, as a user with no forwarding set sees it (read-only here). */
export function callForwardingSettingsRes(b: string): Res {
  const embedded: Record<string, Res> = {};
  for (const part of FORWARDING_PARTS) embedded[part] = forwardingPartRes(b, part);
  return {
    rel: 'callForwardingSettings',
    href: `${b}/me/callForwardingSettings`,
    props: { activePeriod: 'Always', activeSetting: 'None', unansweredCallHandling: 'Enabled' },
    embedded,
  };
}
