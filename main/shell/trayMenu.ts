// The tray's look, as pure functions of the app state: which icon, the tooltip, and the context menu template.
// tray.ts hands the template to Electron's Menu; everything a user reads in the tray is decided (and tested) here.
import { levelCapabilities } from '../ipc/contract.js';
import type { AppStateView, ChangeEntry } from '../ipc/contract.js';

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
  const time = d.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  const sameDay = new Date(now).toDateString() === d.toDateString();
  return sameDay ? time : `${d.toLocaleDateString('en-GB', { weekday: 'short' })} ${time}`;
}

const STEPS: Record<Extract<AppStateView['session'], { kind: 'signingIn' }>['step'], string> = {
  discovering: 'finding the server',
  authenticating: 'signing in',
  creatingApplication: 'starting the session',
  loadingContacts: 'loading contacts',
};

/** The state in words: the first line of the menu and of the tooltip. */
export function stateLine(state: AppStateView, now: number): string {
  const s = state.session;
  switch (s.kind) {
    case 'connected':
      return `Connected as ${s.user.replace(/^sip:/i, '')}${s.demo ? ' (demo)' : ''}`;
    case 'signingIn':
      return `Signing in: ${STEPS[s.step]}…`;
    case 'reconnecting':
      return `Reconnecting (next try ${clockTime(s.nextRetryAt, now)})`;
    case 'replaced':
      return 'Stopped: UCWA Tray is signed in somewhere else';
    case 'signedOut':
      return s.reason ? `Signed out: ${s.reason}` : 'Signed out';
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
  const lines = [`UCWA Tray: ${stateLine(state, now)}`];
  if (state.unseenChanges > 0) {
    lines.push(`${state.unseenChanges} new relationship change${state.unseenChanges === 1 ? '' : 's'}`);
  }
  if (options.notificationsUnavailable)
    lines.push('Notifications cannot be shown here: new changes are counted on this icon');
  if (state.pausedUntil !== null)
    lines.push(`Notifications paused until ${clockTime(state.pausedUntil, now)}`);
  return fitTooltip(lines, options.platform === undefined ? undefined : TOOLTIP_LIMITS[options.platform]);
}

function changeLabel(c: ChangeEntry): string {
  return `${c.contact.name}: ${levelCapabilities[c.from].label} → ${levelCapabilities[c.to].label}${c.ours ? ' (you)' : ''}`;
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
      label: `Notifications paused until ${clockTime(state.pausedUntil ?? now, now)}`,
      enabled: false,
    });
  items.push({ type: 'separator' });
  items.push({ id: 'recent-title', label: 'Recent changes', enabled: false });
  const shown = recent.slice(0, RECENT_IN_MENU);
  if (shown.length === 0) items.push({ id: 'recent-none', label: 'No changes yet', enabled: false });
  for (const change of shown) {
    items.push({
      id: `recent-${change.id}`,
      label: changeLabel(change),
      click: () => actions.openContact(change.contact.uri),
    });
  }
  items.push({ type: 'separator' });
  items.push({ id: 'open', label: 'Open UCWA Tray', click: () => actions.open() });
  items.push({
    id: 'pause',
    label: 'Pause notifications',
    type: 'submenu',
    submenu: [
      { id: 'pause-1h', label: 'For 1 hour', click: () => actions.pause('1h') },
      { id: 'pause-tomorrow', label: 'Until tomorrow', click: () => actions.pause('tomorrow') },
      {
        id: 'pause-resume',
        label: 'Resume notifications',
        enabled: paused,
        click: () => actions.pause('resume'),
      },
    ],
  });
  items.push({ type: 'separator' });
  items.push({ id: 'sign-out', label: 'Sign out', enabled: signedIn, click: () => actions.signOut() });
  items.push({ id: 'quit', label: 'Quit UCWA Tray', click: () => actions.quit() });
  return items;
}
