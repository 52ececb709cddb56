// Who the app is to each OS, in one place (electron-builder.yml and package.json say the same; a test checks it).
/** electron-builder's appId: the Windows AppUserModelID and the macOS bundle id. */
export const APP_ID = 'com.ucwatray.app';
export { DESKTOP_FILE, WM_CLASS } from './loginItem.js';
