// Words for times, presence and sign-in progress. Pure functions: `now` is passed in so tests can pin it.
import type { Availability, SessionView } from '../../../main/ipc/contract.js';

const second = 1000;
const minute = 60 * second;
const hour = 60 * minute;
const day = 24 * hour;

/** "just now", "5 min ago", "3 h ago", "yesterday", then the date. */
export function relativeTime(at: number, now: number): string {
  const ago = now - at;
  if (ago < 45 * second) return 'just now';
  if (ago < hour) return `${Math.round(ago / minute)} min ago`;
  if (ago < day) return `${Math.round(ago / hour)} h ago`;
  if (ago < 2 * day) return 'yesterday';
  return new Date(at).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

export function dateTime(at: number): string {
  return new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** "in 12 s", "in 2 min", "now" — for the reconnecting banner. */
export function countdown(until: number, now: number): string {
  const left = Math.ceil((until - now) / second);
  if (left <= 0) return 'now';
  if (left < 60) return `in ${left} s`;
  return `in ${Math.ceil(left / 60)} min`;
}

export const availabilityLabels: Record<Availability, string> = {
  Online: 'Available',
  IdleOnline: 'Inactive',
  Busy: 'Busy',
  IdleBusy: 'Busy (inactive)',
  DoNotDisturb: 'Do not disturb',
  BeRightBack: 'Be right back',
  Away: 'Away',
  Offline: 'Offline',
  Unknown: 'Presence unknown',
};

/** The colour family of the presence dot (green / amber / red / grey). */
export function presenceTone(a: Availability): 'available' | 'away' | 'busy' | 'offline' {
  switch (a) {
    case 'Online':
      return 'available';
    case 'IdleOnline':
    case 'BeRightBack':
    case 'Away':
      return 'away';
    case 'Busy':
    case 'IdleBusy':
    case 'DoNotDisturb':
      return 'busy';
    default:
      return 'offline';
  }
}

const sourceNetworks: Record<string, string> = {
  SameEnterprise: 'Your organisation',
  Federated: 'Federated (another organisation)',
  PublicCloud: 'Public IM network',
};

/** Where a contact comes from, in words ("SameEnterprise" is the protocol's); an unknown value as it came. */
export function sourceNetworkLabel(value: string): string {
  return Object.hasOwn(sourceNetworks, value) ? (sourceNetworks[value] ?? value) : value;
}

const modalities: Record<string, string> = {
  Messaging: 'Instant messages',
  Audio: 'Audio calls',
  Video: 'Video',
  PhoneAudio: 'Phone calls',
};

/** What a contact can be reached with, in words; an unknown value as it came. */
export function modalityLabel(value: string): string {
  return Object.hasOwn(modalities, value) ? (modalities[value] ?? value) : value;
}

export type SignInStep = Extract<SessionView, { kind: 'signingIn' }>['step'];

export const signInSteps: ReadonlyArray<{ step: SignInStep; label: string }> = [
  { step: 'discovering', label: 'Finding the server' },
  { step: 'authenticating', label: 'Signing in' },
  { step: 'creatingApplication', label: 'Opening a session' },
  { step: 'loadingContacts', label: 'Loading contacts' },
];

/** A step's words; "Loading 1,234 contacts" once the count is known. */
export function signInStepLabel(step: SignInStep, contactCount: number): string {
  if (step === 'loadingContacts' && contactCount > 0) return `Loading ${countLabel(contactCount, 'contact')}`;
  return signInSteps.find((s) => s.step === step)?.label ?? step;
}

export function countLabel(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

/** Two letters for the avatar when there is no photo. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words[0] ?? '';
  const last = words.length > 1 ? (words[words.length - 1] ?? '') : '';
  return (Array.from(first)[0] ?? '?').toUpperCase() + (Array.from(last)[0] ?? '').toUpperCase();
}

const DAY = 24 * 3600_000;

/** "Tue 18:02"; with the date when the interval is longer than a few days ("Tue 1 Dec 18:02"). */
function moment(at: number, withDate: boolean): string {
  const d = new Date(at);
  const time = d.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  const day = d.toLocaleDateString(
    'en-GB',
    withDate ? { weekday: 'short', day: 'numeric', month: 'short' } : { weekday: 'short' },
  );
  return `${day.replace(',', '')} ${time}`;
}

/** "between Tue 18:02 and Wed 08:15": the interval the app was not running. */
export function between(since: number, until: number): string {
  const withDate = until - since > 5 * DAY;
  return `between ${moment(since, withDate)} and ${moment(until, withDate)}`;
}

/** "changed between Tue 18:02 and Wed 08:15": when a change found at start happened (the app was not running). */
export function changedBetween(since: number, until: number): string {
  return `changed ${between(since, until)}`;
}
