// The tray's look, as pure functions of the app state: which icon, the tooltip, and the context menu template.
// tray.ts hands the template to Electron's Menu; everything a user reads in the tray is decided (and tested) here,
// in the language main/i18n is set to (a server's reasons stay as they come).
import { localeTag, m } from '../i18n/index.js';
import type { AppStateView, ChangeEntry } from '../ipc/contract.js';
import { levelName } from '../words/levels.js';

export type TrayIconName = 'connected' | 'reconnecting' | 'signedOut' | 'unseen';

/** Structurally a subset of Electron's MenuItemConstructorOptions. */
export interface TrayMenuItem {
  id?: string;
  label?: string;
  type?: 'normal' | 'separator' | 'submenu';
  enabled?: boolean;
  submenu?: TrayMenuItem[];
  click?: () => void;
}

export interface TrayActions {
  open(): void;
  openContact(uri: string): void;
  pause(what: '1h' | 'tomorrow' | 'resume'): void;
  signOut(): void;
  quit(): void;
}

export const RECENT_IN_MENU = 5;

export function trayIconName(state: AppStateView): TrayIconName {
  switch (state.session.kind) {
    case 'connected':
      return state.unseenChanges > 0 ? 'unseen' : 'connected';
    case 'signingIn':
    case 'reconnecting':
      return 'reconnecting';
    case 'signedOut':
    case 'replaced':
      return 'signedOut';
  }
}

function clockTime(at: number, now: number): string {
  const d = new Date(at);
  const tag = localeTag();
  const time = d.toLocaleTimeString(tag, { hour: '2-digit', minute: '2-digit' });
  const sameDay = new Date(now).toDateString() === d.toDateString();
  return sameDay ? time : `${d.toLocaleDateString(tag, { weekday: 'short' })} ${time}`;
}

const STEPS: Record<Extract<AppStateView['session'], { kind: 'signingIn' }>['step'], () => string> = {
  discovering: () => m.tray_step_discovering(),
  authenticating: () => m.tray_step_authenticating(),
  creatingApplication: () => m.tray_step_creating_application(),
  loadingContacts: () => m.tray_step_loading_contacts(),
};

/** The state in words: the first line of the menu and of the tooltip. */
export function stateLine(state: AppStateView, now: number): string {
  const s = state.session;
  switch (s.kind) {
    case 'connected':
      return (s.demo ? m.tray_connected_demo : m.tray_connected)({ user: s.user.replace(/^sip:/i, '') });
    case 'signingIn':
      return m.tray_signing_in({ step: STEPS[s.step]() });
    case 'reconnecting':
      return m.tray_reconnecting({ time: clockTime(s.nextRetryAt, now) });
    case 'replaced':
      return m.tray_replaced();
    case 'signedOut':
      return s.reason ? m.tray_signed_out_because({ reason: s.reason }) : m.tray_signed_out();
  }
}

/**
 * Tooltip length limits by platform: Windows keeps 127 characters (NOTIFYICONDATA.szTip holds 128 with the NUL,
 * https://learn.microsoft.com/en-us/windows/win32/api/shellapi/ns-shellapi-notifyicondataw) and cuts the rest
 * mid-word; macOS and Linux have none.
 */
export const TOOLTIP_LIMITS: Partial<Record<NodeJS.Platform, number>> = { win32: 127 };

/**
 * Lines that fit in `limit` characters: whole lines dropped from the end first, then the first line cut at a word
 * with an ellipsis, so the platform never cuts a word in half.
 */
export function fitTooltip(lines: string[], limit: number | undefined): string {
  if (limit === undefined) return lines.join('\n');
  const kept = [...lines];
  while (kept.length > 1 && kept.join('\n').length > limit) kept.pop();
  const text = kept.join('\n');
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > limit / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export interface TooltipOptions {
  platform?: NodeJS.Platform;
  /** The OS refused to show notifications (an unsigned macOS build): say that changes are counted here instead. */
  notificationsUnavailable?: boolean;
}

export function trayTooltip(state: AppStateView, now: number, options: TooltipOptions = {}): string {
  const lines = [m.tray_tooltip_state({ state: stateLine(state, now) })];
  if (state.unseenChanges > 0) lines.push(m.tray_unseen({ count: state.unseenChanges }));
  if (options.notificationsUnavailable) lines.push(m.tray_notifications_unavailable());
  if (state.pausedUntil !== null)
    lines.push(m.tray_paused_until({ time: clockTime(state.pausedUntil, now) }));
  return fitTooltip(lines, options.platform === undefined ? undefined : TOOLTIP_LIMITS[options.platform]);
}

function changeLabel(c: ChangeEntry): string {
  const change = `${c.contact.name}: ${levelName(c.from)} → ${levelName(c.to)}`;
  return c.ours ? m.tray_change_yours({ change }) : change;
}

/** The whole context menu, rebuilt on every state change (never on a timer). `recent` is newest first. */
export function buildTrayMenu(
  state: AppStateView,
  recent: ChangeEntry[],
  actions: TrayActions,
  now: number,
): TrayMenuItem[] {
  const signedIn = state.session.kind === 'connected' || state.session.kind === 'reconnecting';
  const paused = state.pausedUntil !== null;
  const items: TrayMenuItem[] = [{ id: 'state', label: stateLine(state, now), enabled: false }];
  if (paused)
    items.push({
      id: 'paused',
      label: m.tray_paused_until({ time: clockTime(state.pausedUntil ?? now, now) }),
      enabled: false,
    });
  items.push({ type: 'separator' });
  items.push({ id: 'recent-title', label: m.tray_recent(), enabled: false });
  const shown = recent.slice(0, RECENT_IN_MENU);
  if (shown.length === 0) items.push({ id: 'recent-none', label: m.tray_recent_none(), enabled: false });
  for (const change of shown) {
    items.push({
      id: `recent-${change.id}`,
      label: changeLabel(change),
      click: () => actions.openContact(change.contact.uri),
    });
  }
  items.push({ type: 'separator' });
  items.push({ id: 'open', label: m.tray_open(), click: () => actions.open() });
  items.push({
    id: 'pause',
    label: m.tray_pause(),
    type: 'submenu',
    submenu: [
      { id: 'pause-1h', label: m.tray_pause_hour(), click: () => actions.pause('1h') },
      { id: 'pause-tomorrow', label: m.tray_pause_tomorrow(), click: () => actions.pause('tomorrow') },
      {
        id: 'pause-resume',
        label: m.tray_resume(),
        enabled: paused,
        click: () => actions.pause('resume'),
      },
    ],
  });
  items.push({ type: 'separator' });
  items.push({ id: 'sign-out', label: m.tray_sign_out(), enabled: signedIn, click: () => actions.signOut() });
  items.push({ id: 'quit', label: m.tray_quit(), click: () => actions.quit() });
  return items;
}
