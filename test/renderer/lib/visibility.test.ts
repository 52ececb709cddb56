import { afterEach, describe, expect, it } from 'vitest';
import { followLocale } from '../../../renderer/src/lib/locale.js';
import {
  infoItems,
  levelLine,
  levelShort,
  levelSummary,
  sees,
} from '../../../renderer/src/lib/visibility.js';

const item = (id: string) => {
  const found = infoItems.find((i) => i.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('who sees what (the table from the sources)', () => {
  it('follows the UCWA reference where the sources disagree: Friends and Family see meeting subjects', () => {
    expect(sees('FriendsAndFamily', item('meetingSubjects'))).toBe(true);
    expect(sees('Colleagues', item('meetingSubjects'))).toBe(false);
  });

  it('gives meeting locations and Do Not Disturb breakthrough to Workgroup only', () => {
    for (const id of ['meetingLocations', 'dndBreakthrough']) {
      expect(infoItems.find((i) => i.id === id)?.seenBy).toEqual(['Workgroup']);
    }
  });

  it('shows home and other phones to Friends and Family only, mobile also to Workgroup', () => {
    expect(item('homePhone').seenBy).toEqual(['FriendsAndFamily']);
    expect(item('otherPhone').seenBy).toEqual(['FriendsAndFamily']);
    expect(item('mobilePhone').seenBy).toEqual(['FriendsAndFamily', 'Workgroup']);
  });

  it('shows Colleagues only free/busy of the calendar, External Contacts presence, Blocked nothing', () => {
    expect(sees('Colleagues', item('freeBusy'))).toBe(true);
    expect(infoItems.filter((i) => sees('External', i)).map((i) => i.id)).toEqual(['presence']);
    expect(infoItems.filter((i) => sees('Blocked', i))).toEqual([]);
  });

  it('says each level in words built from the same table', () => {
    expect(levelShort('Colleagues')).toBe('Presence, note, location and free/busy.');
    expect(levelShort('Workgroup')).toMatch(/meeting locations .*Can reach you on Do Not Disturb\.$/);
    expect(levelShort('External')).toBe('Your contact card and presence.');
    expect(levelLine('Blocked')).toBe('Sees only your name and e-mail address, and cannot reach you.');
    expect(levelLine('Colleagues')).toBe('Sees your contact card, presence, note, location and free/busy.');
    expect(levelSummary('FriendsAndFamily')).toMatch(/home phone number and other phone number\.$/);
  });
});

describe("who sees what, in the window's language", () => {
  afterEach(() => followLocale(() => 'en'));

  it('names the information and says each level in German and French, with their word for "and"', () => {
    followLocale(() => 'de');
    expect(item('mobilePhone').label).toBe('Ihre Mobiltelefonnummer');
    expect(levelShort('Colleagues')).toBe('Anwesenheit, Notiz, Standort und Frei/Gebucht.');
    expect(levelLine('External')).toBe('Sieht Ihre Kontaktkarte und Anwesenheit.');
    expect(levelSummary('Workgroup')).toMatch(
      /Mobiltelefonnummer\. Kann Sie bei „Nicht stören“ erreichen\.$/,
    );
    followLocale(() => 'fr');
    expect(item('homePhone').short).toBe('téléphone personnel');
    expect(levelShort('Colleagues')).toBe('Présence, note, emplacement et disponibilités.');
  });
});
