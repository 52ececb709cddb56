// The tray icon: image, tooltip and context menu follow the backend's state (rebuilt on each state or change
// event, never on a timer), with each platform's conventions (https://www.electronjs.org/docs/latest/api/tray):
// - macOS: a menu-bar item opens its menu on click. With a context menu set, a left mouse-down pops the menu and
//   `click` fires too, so the window is not opened on click (it would open behind the menu every time); the menu's
//   first action opens it. Template images, tinted by the menu bar.
// - Windows: a left click opens the window; the right click shows the menu (Electron does that itself).
// - Linux: `click` is the StatusNotifierItem host's "activate"; the host shows the menu. A menu is always set
//   (some hosts show nothing without one).
// A menu that is open is never replaced under the pointer (it would close): the rebuild waits for `menu-will-close`.
// When the OS refuses notifications (an unsigned macOS build), the count of new changes is shown beside the icon.
import type * as Electron from 'electron';
import type { Backend } from '../backend/index.js';
import { buildTrayMenu, trayIconName, trayTooltip } from './trayMenu.js';
import type { TrayActions, TrayIconName } from './trayMenu.js';

export interface TrayIconFiles {
  normal: string;
  normal2x: string;
  template: string;
  template2x: string;
}

export interface TrayDeps {
  electron: Pick<typeof Electron, 'Tray' | 'Menu' | 'nativeImage'>;
  backend: Pick<Backend, 'getState' | 'recentChanges' | 'on'>;
  icons: Record<TrayIconName, TrayIconFiles>;
  platform: NodeJS.Platform;
  actions: TrayActions;
  readFile: (path: string) => Buffer;
  now?: () => number;
  /** True once the OS refused a notification (notifier.ts): the tray counts new changes instead. */
  notificationsUnavailable?: () => boolean;
}

export interface AppTray {
  tray: Electron.Tray;
  rebuild(): void;
  destroy(): void;
}

export function createTray(deps: TrayDeps): AppTray {
  const { electron, backend, platform, actions } = deps;
  const now = deps.now ?? Date.now;
  const template = platform === 'darwin';
  const images = new Map<TrayIconName, Electron.NativeImage>();

  function image(name: TrayIconName): Electron.NativeImage {
    const cached = images.get(name);
    if (cached) return cached;
    const files = deps.icons[name];
    const img = electron.nativeImage.createFromPath(template ? files.template : files.normal);
    img.addRepresentation({
      scaleFactor: 2,
      buffer: deps.readFile(template ? files.template2x : files.normal2x),
    });
    if (template) img.setTemplateImage(true);
    images.set(name, img);
    return img;
  }

  const tray = new electron.Tray(image(trayIconName(backend.getState())));
  let lastIcon: TrayIconName | undefined;
  let lastTitle = '';
  let menuOpen = false;
  let menuStale = false;

  function buildMenu(state: ReturnType<Backend['getState']>): Electron.Menu {
    const menu = electron.Menu.buildFromTemplate(
      buildTrayMenu(state, backend.recentChanges(5), actions, now()),
    );
    // macOS and Windows report their menus opening and closing; Linux hosts show the menu themselves.
    menu.on('menu-will-show', () => (menuOpen = true));
    menu.on('menu-will-close', () => {
      menuOpen = false;
      if (menuStale) rebuild();
    });
    return menu;
  }

  function rebuild(): void {
    const state = backend.getState();
    const icon = trayIconName(state);
    if (icon !== lastIcon) tray.setImage(image(icon));
    lastIcon = icon;
    const unavailable = deps.notificationsUnavailable?.() ?? false;
    tray.setToolTip(trayTooltip(state, now(), { platform, notificationsUnavailable: unavailable }));
    const title =
      platform === 'darwin' && unavailable && state.unseenChanges > 0 ? String(state.unseenChanges) : '';
    if (title !== lastTitle) tray.setTitle(title);
    lastTitle = title;
    if (menuOpen) {
      menuStale = true;
      return;
    }
    menuStale = false;
    tray.setContextMenu(buildMenu(state));
  }

  if (platform !== 'darwin') tray.on('click', () => actions.open());
  const offs = [backend.on('state', rebuild), backend.on('relationshipChanged', rebuild)];
  rebuild();
  return {
    tray,
    rebuild,
    destroy() {
      for (const off of offs) off();
      tray.destroy();
    },
  };
}
