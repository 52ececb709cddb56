// The Electron security baseline (design.md), applied once at start-up: a strict CSP on every response, no
// permission ever granted, no navigation, no new windows, no <webview>, and external links opened only for
// https/mailto/sip/tel. BrowserWindow preferences are in window.ts (secureWebPreferences).
import type * as Electron from 'electron';

/** Same policy as renderer/index.html's <meta>, plus what only a header can say (frame-ancestors). */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const EXTERNAL_PROTOCOLS = new Set(['https:', 'mailto:', 'sip:', 'tel:']);

export function isAllowedExternalUrl(url: string): boolean {
  try {
    return EXTERNAL_PROTOCOLS.has(new URL(url).protocol);
  } catch {
    return false;
  }
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
  log?: (message: string, data?: Record<string, unknown>) => void;
}

export function applySecurity(deps: SecurityDeps): { openExternal(url: string): Promise<void> } {
  const { app, session, shell } = deps;
  const log = deps.log ?? (() => {});

  async function openExternal(url: string): Promise<void> {
    if (!isAllowedExternalUrl(url)) {
      log('refused to open a link', { protocol: url.split(':')[0]?.slice(0, 16) });
      return;
    }
    await shell.openExternal(url);
  }

  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) => {
    log('permission request denied', { permission });
    callback(false);
  });
  session.defaultSession.setPermissionCheckHandler(() => false);

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      void openExternal(url);
      return { action: 'deny' };
    });
  });

  return { openExternal };
}
