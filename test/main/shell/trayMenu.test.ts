import { afterEach, describe, expect, it, vi } from 'vitest';
import { useLocale } from '../../../main/i18n/index.js';
import type { AppStateView, ChangeEntry } from '../../../main/ipc/contract.js';
import { buildTrayMenu, stateLine, trayIconName, trayTooltip } from '../../../main/shell/trayMenu.js';
import type { TrayMenuItem } from '../../../main/shell/trayMenu.js';

const now = new Date(2026, 0, 5, 9, 0).getTime();
const base: AppStateView = {
  session: { kind: 'connected', user: 'sip:alex@contoso.com', server: 'lync.contoso.com', demo: false },
  contactCount: 3,
  pausedUntil: null,
  keyringAvailable: true,
  unseenChanges: 0,
  firstRun: false,
  desktop: { notifications: true, tray: true },
};
const actions = () => ({
  open: vi.fn(),
  openContact: vi.fn(),
  pause: vi.fn(),
  signOut: vi.fn(),
  quit: vi.fn(),
});
const change = (i: number): ChangeEntry => ({
  id: String(i),
  at: now,
  contact: { uri: `sip:c${i}@contoso.com`, name: `Contact ${i}` },
  from: 'Colleagues',
  to: 'FriendsAndFamily',
  ours: i === 0,
});
const labels = (items: TrayMenuItem[]) => items.map((i) => i.label ?? '—');
const find = (items: TrayMenuItem[], id: string) => items.find((i) => i.id === id);

describe('tray icon and words', () => {
  it('picks an icon per state', () => {
    expect(trayIconName(base)).toBe('connected');
    expect(trayIconName({ ...base, unseenChanges: 2 })).toBe('unseen');
    expect(
      trayIconName({
        ...base,
        session: { kind: 'reconnecting', reason: 'x', nextRetryAt: now, cause: 'network' },
      }),
    ).toBe('reconnecting');
    expect(trayIconName({ ...base, session: { kind: 'signedOut' } })).toBe('signedOut');
    expect(
      trayIconName({
        ...base,
        session: { kind: 'replaced', reason: 'x', lost: { reason: 'x', demo: false } },
      }),
    ).toBe('signedOut');
  });

  it('says the state in words', () => {
    expect(stateLine(base, now)).toBe('Connected as alex@contoso.com');
    expect(
      stateLine(
        {
          ...base,
          session: { kind: 'reconnecting', reason: 'x', nextRetryAt: now + 90_000, cause: 'server' },
        },
        now,
      ),
    ).toBe('Reconnecting (next try 09:01)');
    expect(stateLine({ ...base, session: { kind: 'signedOut', reason: 'Your session expired.' } }, now)).toBe(
      'Signed out: Your session expired.',
    );
    expect(stateLine({ ...base, session: { kind: 'signingIn', step: 'loadingContacts' } }, now)).toBe(
      'Signing in: loading contacts…',
    );
    expect(trayTooltip({ ...base, unseenChanges: 1, pausedUntil: now + 3_600_000 }, now)).toBe(
      'UCWA Tray: Connected as alex@contoso.com\n1 new relationship change\nNotifications paused until 10:00',
    );
  });
});

describe('tray menu', () => {
  it('lists the state, the last five changes (click opens the contact), open, pause, sign out, quit', () => {
    const a = actions();
    const menu = buildTrayMenu(base, [0, 1, 2, 3, 4, 5].map(change), a, now);
    expect(labels(menu)).toEqual([
      'Connected as alex@contoso.com',
      '—',
      'Recent changes',
      'Contact 0: Colleagues → Friends and Family (you)',
      'Contact 1: Colleagues → Friends and Family',
      'Contact 2: Colleagues → Friends and Family',
      'Contact 3: Colleagues → Friends and Family',
      'Contact 4: Colleagues → Friends and Family',
      '—',
      'Open UCWA Tray',
      'Pause notifications',
      '—',
      'Sign out',
      'Quit UCWA Tray',
    ]);
    find(menu, 'recent-2')?.click?.();
    expect(a.openContact).toHaveBeenCalledWith('sip:c2@contoso.com');
    find(menu, 'quit')?.click?.();
    expect(a.quit).toHaveBeenCalled();
  });

  it('offers resume only while paused, and sign out only while signed in', () => {
    const a = actions();
    const running = find(buildTrayMenu(base, [], a, now), 'pause')?.submenu ?? [];
    expect(running.map((i) => [i.label, i.enabled ?? true])).toEqual([
      ['For 1 hour', true],
      ['Until tomorrow', true],
      ['Resume notifications', false],
    ]);
    running[1]?.click?.();
    expect(a.pause).toHaveBeenCalledWith('tomorrow');
    const paused = buildTrayMenu({ ...base, pausedUntil: now + 60_000 }, [], a, now);
    expect(labels(paused)).toContain('Notifications paused until 09:01');
    expect(find(paused, 'pause')?.submenu?.[2]?.enabled).toBe(true);
    const out = buildTrayMenu({ ...base, session: { kind: 'signedOut' } }, [], a, now);
    expect(find(out, 'sign-out')?.enabled).toBe(false);
    expect(labels(out)).toContain('No changes yet');
  });
});

describe('the tray in German and French', () => {
  afterEach(() => {
    useLocale([]);
  });

  it('says the state, the menu and the plural count in the language main is set to', () => {
    useLocale(['de-AT']);
    const paused = { ...base, pausedUntil: now + 60_000, unseenChanges: 2 };
    const labels = buildTrayMenu(paused, [], actions(), now).map((i) => i.label);
    expect(labels).toEqual(
      expect.arrayContaining([
        'Verbunden als alex@contoso.com',
        'Benachrichtigungen pausiert bis 09:01',
        'Noch keine Änderungen',
        'UCWA Tray öffnen',
        'Abmelden',
        'UCWA Tray beenden',
      ]),
    );
    expect(trayTooltip(paused, now)).toContain('2 neue Änderungen von Beziehungen');
    expect(trayTooltip({ ...base, unseenChanges: 1 }, now)).toContain('1 neue Änderung einer Beziehung');

    useLocale(['fr-CA']);
    expect(stateLine({ ...base, session: { kind: 'signedOut' } }, now)).toBe('Déconnecté');
    expect(buildTrayMenu(base, [], actions(), now).map((i) => i.label)).toContain('Quitter UCWA Tray');
    expect(trayTooltip({ ...base, unseenChanges: 3 }, now)).toContain('3 nouveaux changements de relation');
  });
});
