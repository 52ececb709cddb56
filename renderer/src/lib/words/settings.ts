// What Settings says about what is not the user's to change: a setting the organisation's policy set, and what this
// desktop cannot do (one place, so the sentences are the same wherever they appear).

/** Beside a setting the managed configuration set (it cannot be changed here). */
export const MANAGED_NOTE = 'Set by your organisation';

/** macOS refuses notifications from an unsigned build (Notification `failed`); other OSes when they are turned off. */
export const NO_NOTIFICATIONS =
  'This computer does not show notifications from UCWA Tray, so new changes are counted on the tray icon ' +
  'instead. On macOS, an unsigned build cannot show notifications: install a signed release.';

/** GNOME without a StatusNotifier host (main/shell/trayHost.ts). */
export const NO_TRAY =
  'This desktop shows no tray icons, so UCWA Tray keeps its window in the taskbar. On GNOME, install the ' +
  '"AppIndicator and KStatusNotifierItem Support" extension (gnome-shell-extension-appindicator) and log in ' +
  'again to get the tray icon.';
