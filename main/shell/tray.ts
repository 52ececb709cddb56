// The tray icon: image, tooltip and context menu follow the backend's state (rebuilt on each state or change
// event, never on a timer). Linux shows nothing without a context menu, so one is always set. macOS gets template
// images that the menu bar tints. What the menu says lives in trayMenu.ts.
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
  backend: Backend;
  icons: Record<TrayIconName, TrayIconFiles>;
  platform: NodeJS.Platform;
  actions: TrayActions;
  readFile: (path: string) => Buffer;
  now?: () => number;
}

export function createTray(deps: TrayDeps): { tray: Electron.Tray; rebuild(): void; destroy(): void } {
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

  const first = backend.getState();
  const tray = new electron.Tray(image(trayIconName(first)));
  let lastIcon: TrayIconName | undefined;

  function rebuild(): void {
    const state = backend.getState();
    const icon = trayIconName(state);
    if (icon !== lastIcon) tray.setImage(image(icon));
    lastIcon = icon;
    tray.setToolTip(trayTooltip(state, now()));
    const template = buildTrayMenu(state, backend.recentChanges(5), actions, now());
    tray.setContextMenu(electron.Menu.buildFromTemplate(template));
  }

  // Windows and macOS: a left click opens the window; the menu is on the right click.
  tray.on('click', () => actions.open());
  const offs = [backend.on('state', rebuild), backend.on('change', rebuild)];
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
