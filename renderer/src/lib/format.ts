// Words for times, presence and sign-in progress, in the window's language (dates, times and numbers through Intl
// with that locale). Pure functions otherwise: `now` is passed in so tests can pin it.
import { m } from '../../../i18n/paraglide/messages.js';
import type { Availability, SessionView } from '../../../main/ipc/contract.js';
import { loc, uiLocale } from './locale.js';

const second = 1000;
const minute = 60 * second;
const hour = 60 * minute;
const day = 24 * hour;

/** "just now", "5 min ago", "3 h ago", "yesterday", then the date. */
export function relativeTime(at: number, now: number): string {
  const ago = now - at;
  if (ago < 45 * second) return m.format_just_now({}, loc());
  if (ago < hour) return m.format_minutes_ago({ n: formatNumber(Math.round(ago / minute)) }, loc());
  if (ago < day) return m.format_hours_ago({ n: formatNumber(Math.round(ago / hour)) }, loc());
  if (ago < 2 * day) return m.format_yesterday({}, loc());
  return new Date(at).toLocaleDateString(uiLocale(), { year: 'numeric', month: 'short', day: 'numeric' });
}

export function dateTime(at: number): string {
  return new Date(at).toLocaleString(uiLocale(), { dateStyle: 'medium', timeStyle: 'short' });
}

// One formatter per language: Number#toLocaleString builds a new one on every call (a fifth of a millisecond in
// Chromium), and a keystroke in the contact list writes a dozen counts.
const numberFormats = new Map<string, Intl.NumberFormat>();

/** "1,234" in English, "1.234" in German, "1 234" in French. */
export function formatNumber(n: number): string {
  const locale = uiLocale();
  let format = numberFormats.get(locale);
  if (format === undefined) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)));
  return format.format(n);
}

/** "in 12 s", "in 2 min", "now" — for the reconnecting banner. */
export function countdown(until: number, now: number): string {
  const left = Math.ceil((until - now) / second);
  if (left <= 0) return m.format_countdown_now({}, loc());
  if (left < 60) return m.format_countdown_seconds({ n: formatNumber(left) }, loc());
  return m.format_countdown_minutes({ n: formatNumber(Math.ceil(left / 60)) }, loc());
}

type Words = (inputs: object, options: ReturnType<typeof loc>) => string;

const availabilities: Record<Availability, Words> = {
  Online: m.presence_online,
  IdleOnline: m.presence_idle_online,
  Busy: m.presence_busy,
  IdleBusy: m.presence_idle_busy,
  DoNotDisturb: m.presence_do_not_disturb,
  BeRightBack: m.presence_be_right_back,
  Away: m.presence_away,
  Offline: m.presence_offline,
  Unknown: m.presence_unknown,
};

/** "Available", "Busy", "Away"…: the presence in words. */
export function availabilityLabel(a: Availability): string {
  return availabilities[a]({}, loc());
}

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

const sourceNetworks: Record<string, Words> = {
  SameEnterprise: m.format_source_same_enterprise,
  Federated: m.format_source_federated,
  PublicCloud: m.format_source_public_cloud,
};

/** The words for a protocol value, or the value as it came when there are none ("toString" included). */
function wordsFor(table: Record<string, Words>, value: string): string {
  return Object.hasOwn(table, value) ? (table[value]?.({}, loc()) ?? value) : value;
}

/** Where a contact comes from, in words ("SameEnterprise" is the protocol's); an unknown value as it came. */
export function sourceNetworkLabel(value: string): string {
  return wordsFor(sourceNetworks, value);
}

const modalities: Record<string, Words> = {
  Messaging: m.format_modality_messaging,
  Audio: m.format_modality_audio,
  Video: m.format_modality_video,
  PhoneAudio: m.format_modality_phone_audio,
};

/** What a contact can be reached with, in words; an unknown value as it came. */
export function modalityLabel(value: string): string {
  return wordsFor(modalities, value);
}

export type SignInStep = Extract<SessionView, { kind: 'signingIn' }>['step'];

const stepWords: Record<SignInStep, Words> = {
  discovering: m.format_step_discovering,
  authenticating: m.format_step_authenticating,
  creatingApplication: m.format_step_creating_application,
  loadingContacts: m.format_step_loading_contacts,
};

/** The steps in order; each label is read when shown, so it is in the window's language of the moment. */
export const signInSteps: ReadonlyArray<{ step: SignInStep; readonly label: string }> = (
  Object.keys(stepWords) as SignInStep[]
).map((step) => ({
  step,
  get label() {
    return stepWords[step]({}, loc());
  },
}));

/** A step's words; "Loading 1,234 contacts" once the count is known. */
export function signInStepLabel(step: SignInStep, contactCount: number): string {
  if (step === 'loadingContacts' && contactCount > 0) {
    return m.format_step_loading_count({ count: contactCount, n: formatNumber(contactCount) }, loc());
  }
  return Object.hasOwn(stepWords, step) ? stepWords[step]({}, loc()) : step;
}

/** "1 contact", "1,234 contacts", in the window's language. */
export function contactCount(n: number): string {
  return m.format_contacts({ count: n, n: formatNumber(n) }, loc());
}

/**
 * An English count with an English noun ("3 relationships"): only for views not yet moved to their own plural
 * messages (docs/i18n.md); the number is written in the window's language.
 */
export function countLabel(n: number, one: string, many = `${one}s`): string {
  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}

/** Two letters for the avatar when there is no photo. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words[0] ?? '';
  const last = words.length > 1 ? (words[words.length - 1] ?? '') : '';
  return (Array.from(first)[0] ?? '?').toUpperCase() + (Array.from(last)[0] ?? '').toUpperCase();
}

const DAY = 24 * 3600_000;

/** "Tue 18:02"; with the date when the interval is longer than a few days ("Tue 1 Dec 18:02"). English keeps the
 * 24-hour clock and day-month order it always had here (en-GB); German and French write theirs. */
function moment(at: number, withDate: boolean): string {
  const d = new Date(at);
  const locale = uiLocale() === 'en' ? 'en-GB' : uiLocale();
  const time = d.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
  const day = d.toLocaleDateString(
    locale,
    withDate ? { weekday: 'short', day: 'numeric', month: 'short' } : { weekday: 'short' },
  );
  return `${day.replace(',', '')} ${time}`;
}

/** "between Tue 18:02 and Wed 08:15": the interval the app was not running. */
export function between(since: number, until: number): string {
  const withDate = until - since > 5 * DAY;
  return m.format_between({ from: moment(since, withDate), to: moment(until, withDate) }, loc());
}

/** "changed between Tue 18:02 and Wed 08:15": when a change found at start happened (the app was not running). */
export function changedBetween(since: number, until: number): string {
  return m.format_changed_between({ between: between(since, until) }, loc());
}
