import { afterEach, describe, expect, it } from 'vitest';
import { followLocale } from '../../../renderer/src/lib/locale.js';
import {
  availabilityLabel,
  contactCount,
  countdown,
  dateTime,
  initials,
  presenceTone,
  relativeTime,
  countLabel,
  modalityLabel,
  signInStepLabel,
  sourceNetworkLabel,
} from '../../../renderer/src/lib/format.js';

const now = Date.UTC(2026, 10, 25, 12, 0, 0);

describe('relative time', () => {
  it('says just now, minutes, hours, yesterday, then a date', () => {
    expect(relativeTime(now - 10_000, now)).toBe('just now');
    expect(relativeTime(now - 5 * 60_000, now)).toBe('5 min ago');
    expect(relativeTime(now - 3 * 3600_000, now)).toBe('3 h ago');
    expect(relativeTime(now - 30 * 3600_000, now)).toBe('yesterday');
    expect(relativeTime(now - 10 * 86400_000, now)).toMatch(/2026/);
  });
});

describe('countdown to the next reconnect', () => {
  it('counts seconds, then minutes, and says now when due', () => {
    expect(countdown(now + 12_000, now)).toBe('in 12 s');
    expect(countdown(now + 90_000, now)).toBe('in 2 min');
    expect(countdown(now - 1, now)).toBe('now');
  });
});

describe('presence colours', () => {
  it('maps availability to green, amber, red or grey', () => {
    expect(presenceTone('Online')).toBe('available');
    expect(presenceTone('Away')).toBe('away');
    expect(presenceTone('BeRightBack')).toBe('away');
    expect(presenceTone('DoNotDisturb')).toBe('busy');
    expect(presenceTone('Offline')).toBe('offline');
    expect(presenceTone('Unknown')).toBe('offline');
  });
});

describe('small words', () => {
  it('writes counts with separators and singular forms', () => {
    expect(countLabel(1234, 'contact')).toBe('1,234 contacts');
    expect(countLabel(1, 'contact')).toBe('1 contact');
  });

  it('takes initials from the first and last word, and copes with empty names', () => {
    expect(initials('Alex van der Doe')).toBe('AD');
    expect(initials('zoë')).toBe('Z');
    expect(initials('   ')).toBe('?');
  });
});

describe('protocol words in plain words', () => {
  it('names the source network', () => {
    expect(sourceNetworkLabel('SameEnterprise')).toBe('Your organisation');
    expect(sourceNetworkLabel('Federated')).toBe('Federated (another organisation)');
    expect(sourceNetworkLabel('PublicCloud')).toBe('Public IM network');
    expect(sourceNetworkLabel('Everyone')).toBe('Everyone');
    expect(sourceNetworkLabel('SomethingNew')).toBe('SomethingNew');
    expect(sourceNetworkLabel('toString')).toBe('toString');
  });

  it('names the ways a contact can be reached', () => {
    expect(['Messaging', 'Audio', 'Video', 'PhoneAudio', 'Fax'].map(modalityLabel)).toEqual([
      'Instant messages',
      'Audio calls',
      'Video',
      'Phone calls',
      'Fax',
    ]);
  });
});

describe('sign-in steps', () => {
  it('says how many contacts are loading once that is known', () => {
    expect(signInStepLabel('loadingContacts', 0)).toBe('Loading contacts');
    expect(signInStepLabel('loadingContacts', 1234)).toBe('Loading 1,234 contacts');
    expect(signInStepLabel('discovering', 1234)).toBe('Finding the server');
  });
});

describe('in the window language', () => {
  afterEach(() => followLocale(() => 'en'));

  it('writes times, counts and presence in French, numbers and dates through Intl', () => {
    followLocale(() => 'fr');
    expect(relativeTime(now - 5 * 60_000, now)).toBe('il y a 5 min');
    expect(relativeTime(now - 30 * 3600_000, now)).toBe('hier');
    expect(relativeTime(now - 10 * 86400_000, now)).toBe(
      new Date(now - 10 * 86400_000).toLocaleDateString('fr', {
        year: 'numeric',
        month: 'short',
        day: 'numeric',
      }),
    );
    expect(dateTime(now)).toBe(
      new Date(now).toLocaleString('fr', { dateStyle: 'medium', timeStyle: 'short' }),
    );
    expect(countdown(now + 90_000, now)).toBe('dans 2 min');
    expect(contactCount(1)).toBe('1 contact');
    expect(contactCount(1234)).toBe(`${(1234).toLocaleString('fr')} contacts`);
    expect(availabilityLabel('Online')).toBe('Disponible');
    expect(sourceNetworkLabel('SameEnterprise')).toBe('Votre organisation');
    expect(sourceNetworkLabel('SomethingNew')).toBe('SomethingNew');
  });

  it('uses German plural forms and separators', () => {
    followLocale(() => 'de');
    expect(contactCount(1)).toBe('1 Kontakt');
    expect(contactCount(1234)).toBe('1.234 Kontakte');
    expect(signInStepLabel('loadingContacts', 2)).toBe('2 Kontakte werden geladen');
    expect(availabilityLabel('DoNotDisturb')).toBe('Nicht stören');
  });

  it('keeps the English words as they were', () => {
    expect(contactCount(1234)).toBe('1,234 contacts');
    expect(availabilityLabel('Unknown')).toBe('Presence unknown');
    expect(signInStepLabel('loadingContacts', 1)).toBe('Loading 1 contact');
  });
});
