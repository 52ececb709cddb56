// The Electron security baseline (design.md), applied once at start-up: a strict CSP on every response, no
// permission ever granted, no navigation or redirect of the page (the organisation's sign-in window has its own guard:
// passiveWindow.ts), no new windows, no <webview>, and external links
// opened only for https/mailto/sip/tel. A mailto: link is built from server data, so only its address is kept:
// `?attach=`, `cc`, `bcc`, `body` and every other header a mail client may honour are dropped.
// BrowserWindow preferences are in window.ts (secureWebPreferences); the page's origin in protocol.ts.
import type * as Electron from 'electron';
import { isSignInContents } from './passiveWindow.js';

export { CONTENT_SECURITY_POLICY } from './csp.js';

const EXTERNAL_PROTOCOLS = new Set(['https:', 'mailto:', 'sip:', 'tel:']);
/** One plain address: no list, no angle brackets, no spaces, nothing a header could hide in. */
const MAIL_ADDRESS = /^[^\s@,;:<>()"\\[\]?&#%]+@[^\s@,;:<>()"\\[\]?&#%]+$/;

/** The URL to hand to the OS, or null when it is refused. */
export function externalUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!EXTERNAL_PROTOCOLS.has(parsed.protocol)) return null;
  if (parsed.protocol !== 'mailto:') return url;
  let address: string;
  try {
    address = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  return MAIL_ADDRESS.test(address) ? `mailto:${address}` : null;
}

export function isAllowedExternalUrl(url: string): boolean {
  return externalUrl(url) !== null;
}

export interface SecurityDeps {
  app: Pick<Electron.App, 'on'>;
  session: {
    defaultSession: Pick<
      Electron.Session,
      'webRequest' | 'setPermissionRequestHandler' | 'setPermissionCheckHandler'
    >;
  };
  shell: Pick<Electron.Shell, 'openExternal'>;
  /** The Content-Security-Policy header (the dev server's page gets the development policy, csp.ts). */
  policy: string;
  log?: (message: string, data?: Record<string, unknown>) => void;
}

export function applySecurity(deps: SecurityDeps): { openExternal(url: string): Promise<void> } {
  const { app, session, shell } = deps;
  const log = deps.log ?? (() => {});

  async function openExternal(url: string): Promise<void> {
    const target = externalUrl(url);
    if (target === null) {
      log('refused to open a link', { protocol: url.split(':')[0]?.slice(0, 16) });
      return;
    }
    await shell.openExternal(target);
  }

  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [deps.policy] } });
  });
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) => {
    log('permission request denied', { permission });
    callback(false);
  });
  session.defaultSession.setPermissionCheckHandler(() => false);

  app.on('web-contents-created', (_event, contents) => {
    // The organisation's sign-in window must follow its page (https, or the pool): passiveWindow.ts guards it.
    if (!isSignInContents(contents)) {
      contents.on('will-navigate', (event) => event.preventDefault());
      contents.on('will-redirect', (event) => event.preventDefault());
    }
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      void openExternal(url);
      return { action: 'deny' };
    });
  });

  return { openExternal };
}
