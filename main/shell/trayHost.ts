// Is there anything to show a tray icon on Linux? Electron's tray is a StatusNotifierItem; without a
// StatusNotifierWatcher on the session bus (stock GNOME has none: it needs the AppIndicator extension) the icon is
// simply not shown, and a window hidden into the tray could never come back. The watcher is asked for on D-Bus with
// `dbus-send` (part of every D-Bus installation); when it cannot be asked at all the answer is "unknown" and the
// tray is assumed to work. macOS and Windows always have a tray.
import { execFile } from 'node:child_process';

export type TrayHost = 'present' | 'missing' | 'unknown';

const WATCHER = 'org.kde.StatusNotifierWatcher';

export type Exec = (file: string, args: string[]) => Promise<string>;

const run: Exec = (file, args) =>
  new Promise((resolve, reject) => {
    execFile(file, args, { timeout: 2000 }, (error, stdout) => (error ? reject(error) : resolve(stdout)));
  });

export async function detectTrayHost(platform: NodeJS.Platform, exec: Exec = run): Promise<TrayHost> {
  if (platform !== 'linux') return 'present';
  try {
    const out = await exec('dbus-send', [
      '--session',
      '--print-reply',
      '--dest=org.freedesktop.DBus',
      '/org/freedesktop/DBus',
      'org.freedesktop.DBus.NameHasOwner',
      `string:${WATCHER}`,
    ]);
    if (/boolean true/.test(out)) return 'present';
    if (/boolean false/.test(out)) return 'missing';
    return 'unknown';
  } catch {
    return 'unknown';
  }
}

/** What to tell a user with no tray (log, README). */
export const MISSING_TRAY_HINT =
  'This desktop shows no tray icons, so UCWA Tray keeps its window in the taskbar instead. On GNOME, install the ' +
  '"AppIndicator and KStatusNotifierItem Support" extension (Debian/Ubuntu: gnome-shell-extension-appindicator) ' +
  'and log in again to get the tray icon.';
