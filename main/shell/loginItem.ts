// "Start at login" on each platform. macOS and Windows: app.setLoginItemSettings (it does nothing on Linux:
// https://www.electronjs.org/docs/latest/api/app#appsetloginitemsettingssettings-macos-windows). Linux: an XDG
// autostart entry, `$XDG_CONFIG_HOME/autostart/ucwa-tray.desktop` (~/.config when unset), which every desktop that
// follows the Desktop Application Autostart Specification starts at login
// (https://specifications.freedesktop.org/autostart-spec/latest/). The file is named like the installed launcher
// (electron-builder's `${executableName}.desktop`), so it is the same application to the desktop.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as Electron from 'electron';

export const DESKTOP_FILE = 'ucwa-tray.desktop';
/** What Electron reports as WM_CLASS / Wayland app_id: package.json's desktopName without `.desktop`. */
export const WM_CLASS = 'ucwa-tray';

export interface LoginItemDeps {
  app: Pick<Electron.App, 'setLoginItemSettings' | 'getPath'>;
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  log?: (message: string, data?: Record<string, unknown>) => void;
}

/** One Exec argument, quoted as the Desktop Entry Specification asks (and `%` doubled). */
export function execArgument(value: string): string {
  const escaped = value.replace(/(["`$\\])/g, '\\$1').replaceAll('%', '%%');
  return /[\s"'`$\\<>~|&;*?#()]/.test(value) ? `"${escaped}"` : escaped;
}

export function autostartEntry(executable: string): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=UCWA Tray',
    'Comment=Who sees what about you on Skype for Business Server',
    `Exec=${execArgument(executable)}`,
    'Icon=ucwa-tray',
    'Terminal=false',
    `StartupWMClass=${WM_CLASS}`,
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

export function autostartPath(deps: Pick<LoginItemDeps, 'app' | 'env'>): string {
  const config = deps.env.XDG_CONFIG_HOME || join(deps.app.getPath('home'), '.config');
  return join(config, 'autostart', DESKTOP_FILE);
}

/** Turn start at login on or off. Never throws: a file that cannot be written is logged. */
export function setStartAtLogin(deps: LoginItemDeps, enabled: boolean): void {
  if (deps.platform !== 'linux') {
    deps.app.setLoginItemSettings({ openAtLogin: enabled });
    return;
  }
  const file = autostartPath(deps);
  try {
    if (enabled) {
      mkdirSync(join(file, '..'), { recursive: true });
      // An AppImage runs from a temporary mount: start the .AppImage file itself.
      writeFileSync(file, autostartEntry(deps.env.APPIMAGE || deps.app.getPath('exe')));
    } else if (existsSync(file)) rmSync(file);
  } catch (e) {
    deps.log?.('start at login could not be changed', { error: e instanceof Error ? e.message : String(e) });
  }
}
