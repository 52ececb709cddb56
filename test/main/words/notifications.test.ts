// The words of every notification, as a user reads them: who changed, in the one wording the window uses, and
// nothing from a server that a notification server could read as markup.
import { afterEach, describe, expect, it } from 'vitest';
import { useLocale } from '../../../main/i18n/index.js';
import { levelCapabilities } from '../../../main/ipc/levels.js';
import type { ChangeEntry, InvitationView, StatusAlert } from '../../../main/ipc/contract.js';
import {
  burstSummaryText,
  changeInWords,
  invitationText,
  relationshipChangedText,
  signedOutText,
  statusAlertBurstText,
  whileAwayText,
} from '../../../main/words/notifications.js';
import { plainText } from '../../../main/words/plainText.js';

function change(name: string, from: ChangeEntry['from'], to: ChangeEntry['to'], ours = false): ChangeEntry {
  const uri = `sip:${name.split(' ')[0]?.toLowerCase()}@contoso.com`;
  return { id: uri + to, at: 0, contact: { uri, name }, from, to, ours };
}

const alex = { uri: 'sip:alex@contoso.com', name: 'Alex Doe' };
function invitation(over: Partial<InvitationView> = {}): InvitationView {
  return {
    id: 'inv1',
    kind: 'audioVideo',
    from: { uri: 'sip:sam@contoso.com', name: 'Sam Lee' },
    onBehalfOf: alex,
    delegator: null,
    receivedAt: 0,
    state: 'ringing',
    ...over,
  };
}

describe('notification texts', () => {
  it('says a change came from another device, in the one name per level the window uses, and opens that contact', () => {
    expect(relationshipChangedText(change('Alex Doe', 'Colleagues', 'Workgroup'))).toEqual({
      title: 'Changed from another device',
      body: 'Alex Doe now sees what Workgroup see (was Colleagues).',
      target: { view: 'contacts', uri: 'sip:alex@contoso.com' },
    });
    expect(relationshipChangedText(change('Priya Nilsson', 'Blocked', 'External')).body).toBe(
      'Priya Nilsson now sees what External Contacts see (was Blocked).',
    );
    expect(relationshipChangedText(change('Alex Doe', 'External', 'Blocked')).body).toBe(
      'Alex Doe is now blocked (was External Contacts).',
    );
  });

  it('words an invitation for someone else the same way for on-behalf-of and delegator, and says where to answer', () => {
    expect(invitationText(invitation())).toMatchObject({
      title: 'Call for Alex Doe',
      body: 'Sam Lee is calling for Alex Doe. Answer in Skype for Business.',
    });
    expect(invitationText(invitation({ kind: 'messaging', subject: 'Budget' })).body).toBe(
      'Sam Lee sent a message for Alex Doe: “Budget”. Answer in Skype for Business.',
    );
    expect(invitationText(invitation({ onBehalfOf: null, delegator: alex }))).toEqual(
      invitationText(invitation()),
    );
  });

  it('a burst summary counts the people it names', () => {
    expect(burstSummaryText(['A', 'B', 'C', 'D', 'E'])).toMatchObject({
      title: '5 relationships changed from another device',
      body: 'A, B, C and 2 more. Open Activity to see them all.',
    });
  });

  it('sends server text as plain text: no markup, no control or bidi characters, bounded length', () => {
    const hostile = invitation({
      from: { uri: 'sip:x@evil.example', name: '<b>Boss</b> <a href="https://evil.example">click</a>' },
      subject: 'Pay\u0007 now\n<img src=x>\u202e&amp;',
    });
    const { title, body } = invitationText(hostile);
    for (const text of [title, body]) {
      expect(text).not.toMatch(/[<>&\u202e]/);
      expect([...text].some((c) => c.charCodeAt(0) < 0x20)).toBe(false);
    }
    expect(body).toContain('‹b›Boss‹/b›');
    expect(signedOutText('x'.repeat(1000)).body.length).toBeLessThanOrEqual(300);
    expect(plainText('a\u0000b\u200fc')).toBe('a b c');
    expect(relationshipChangedText(change('<i>Ann</i>', 'Colleagues', 'Blocked')).body).toBe(
      '‹i›Ann‹/i› is now blocked (was Colleagues).',
    );
  });
});

/** Someone tagged became available (Offline → Online unless said otherwise). */
function alert(name: string, over: Partial<StatusAlert> = {}): StatusAlert {
  const uri = `sip:${name.toLowerCase()}@contoso.com`;
  return { uri, name, from: 'Offline', to: 'Online', reason: 'available', at: 0, ...over };
}
const sentence = (alerts: StatusAlert[]): string => {
  const { title, body } = statusAlertBurstText(alerts);
  return `${title}: ${body}`;
};

describe('a burst of status alerts in one sentence', () => {
  it('names everyone up to five', () => {
    expect(sentence(['Alex', 'Priya'].map((n) => alert(n)))).toBe(
      '2 people are now available: Alex and Priya.',
    );
    expect(sentence(['Alex', 'Priya', 'Sam'].map((n) => alert(n)))).toBe(
      '3 people are now available: Alex, Priya and Sam.',
    );
    expect(sentence(['A', 'B', 'C', 'D', 'E'].map((n) => alert(n)))).toBe(
      '5 people are now available: A, B, C, D and E.',
    );
    expect(statusAlertBurstText([alert('Alex'), alert('Priya')]).target).toEqual({
      view: 'contacts',
      uri: 'sip:alex@contoso.com',
    });
  });

  it('names five at most and counts the rest', () => {
    expect(sentence(['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((n) => alert(n)))).toBe(
      '7 people are now available: A, B, C, D, E and 2 more.',
    );
  });

  it('never counts one twice: someone who changed twice in the burst is one person, named once', () => {
    const twice = [
      alert('Alex'),
      alert('Priya'),
      alert('Alex', { from: 'Away', reason: 'leftAway' }),
      alert('Sam'),
    ];
    expect(sentence(twice)).toBe('3 people are now available: Alex, Priya and Sam.');
    const many = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'A', 'F', 'G'].map((n) => alert(n));
    expect(sentence(many)).toBe('7 people are now available: A, B, C, D, E and 2 more.');
  });

  it('says "back" when someone is not available after all (out of Do Not Disturb into a meeting)', () => {
    const busy = alert('Sam', { from: 'DoNotDisturb', to: 'Busy', reason: 'leftDoNotDisturb' });
    expect(sentence([alert('Alex'), busy])).toBe('2 people are back: Alex and Sam.');
  });

  it('shows names as plain text', () => {
    const { title, body } = statusAlertBurstText([
      alert('<b>Boss</b>\u202e\u0007'),
      alert('Ann', { name: '' }),
    ]);
    expect([...`${title} ${body}`].filter((ch) => '<>&\u202e\u0007'.includes(ch))).toEqual([]);
    expect(body).toBe('‹b›Boss‹/b› and ann@contoso.com.');
  });
});

describe('notification texts in German and French', () => {
  afterEach(() => {
    useLocale([]);
  });

  it('names the levels as the window does in English', () => {
    for (const [level, { label }] of Object.entries(levelCapabilities)) {
      if (level === 'Unknown' || level === 'Blocked') continue;
      expect(changeInWords(change('Alex Doe', 'Blocked', level as ChangeEntry['to']))).toBe(
        `Alex Doe now sees what ${label} see`,
      );
    }
  });

  it('says a change, a call on behalf of someone and a summary in German', () => {
    useLocale(['de-DE']);
    expect(relationshipChangedText(change('Alex Doe', 'Colleagues', 'Workgroup'))).toMatchObject({
      title: 'Auf einem anderen Gerät geändert',
      body: 'Alex Doe sieht jetzt, was Arbeitsgruppe sehen (vorher Kollegen).',
    });
    expect(invitationText(invitation())).toMatchObject({
      title: 'Anruf für Alex Doe',
      body: 'Sam Lee ruft für Alex Doe an. Antworten Sie in Skype for Business.',
    });
    expect(burstSummaryText(['A', 'B', 'C', 'D']).title).toBe(
      '4 Beziehungen auf einem anderen Gerät geändert',
    );
    expect(burstSummaryText(['A', 'B', 'C', 'D']).body).toBe(
      'A, B, C und 1 weitere. Öffnen Sie „Aktivität“, um alle zu sehen.',
    );
    const away = whileAwayText(
      [change('Alex Doe', 'Colleagues', 'Blocked')],
      Date.UTC(2026, 0, 5, 8),
      Date.UTC(2026, 0, 5, 9),
    );
    expect(away.title).toBe('Während Ihrer Abwesenheit: 1 Beziehung geändert');
    // Dates in the language's own form (German weekday abbreviations).
    expect(away.body).toMatch(/^Alex Doe ist jetzt blockiert\. Geändert zwischen Mo\.?,? /);
  });

  it('says them in French, plurals included', () => {
    useLocale(['fr-FR']);
    expect(relationshipChangedText(change('Alex Doe', 'External', 'Blocked')).body).toBe(
      'Alex Doe est maintenant bloqué (avant : Contacts externes).',
    );
    expect(invitationText(invitation({ kind: 'messaging', onBehalfOf: null })).title).toBe('Message entrant');
    expect(burstSummaryText(['A', 'B']).title).toBe('2 relations modifiées depuis un autre appareil');
    expect(signedOutText('x').title).toBe('UCWA Tray s’est déconnecté');
    expect(statusAlertBurstText(['A', 'B', 'C', 'D', 'E', 'F'].map((n) => alert(n)))).toMatchObject({
      title: '6 personnes sont maintenant disponibles',
      body: 'A, B, C, D, E et 1 de plus.',
    });
  });

  it('says a burst of status alerts in German', () => {
    useLocale(['de-DE']);
    expect(statusAlertBurstText(['Alex', 'Priya', 'Sam'].map((n) => alert(n)))).toMatchObject({
      title: '3 Personen sind jetzt verfügbar',
      body: 'Alex, Priya und Sam.',
    });
  });
});
