// The renderer's own origin: the built page is served from a privileged custom scheme (`ucwa-tray://app/…`, standard
// and secure) by protocol.handle, never from file:// (Electron's security checklist, "Use a custom protocol instead of
// file://"; https://www.electronjs.org/docs/latest/tutorial/security#18-avoid-usage-of-the-file-protocol-and-prefer-usage-of-custom-protocols).
// Every answer carries the CSP as a header. Only files inside the built renderer folder are served; a path that
// climbs out of it, another host, or a missing file is a 404. The files are read with fs, which reads inside
// app.asar in Electron.
import { readFile as fsReadFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type * as Electron from 'electron';

export const RENDERER_SCHEME = 'ucwa-tray';
const HOST = 'app';
/** The page the window loads (its query carries the platform). */
export const RENDERER_PAGE = `${RENDERER_SCHEME}://${HOST}/index.html`;

/** Before `ready` (Electron refuses it later): standard (relative URLs, an origin) and secure (like https). */
export function registerRendererScheme(
  protocol: Pick<Electron.Protocol, 'registerSchemesAsPrivileged'>,
): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: RENDERER_SCHEME, privileges: { standard: true, secure: true } },
  ]);
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export interface RendererFiles {
  /** The built renderer folder (out/renderer). */
  dir: string;
  /** The Content-Security-Policy header value. */
  policy: string;
  readFile?: (path: string) => Promise<Uint8Array<ArrayBuffer>>;
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });
}

/** The answer for one request to the renderer scheme. */
export async function rendererResponse(url: string, files: RendererFiles): Promise<Response> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return notFound();
  }
  if (parsed.protocol !== `${RENDERER_SCHEME}:` || parsed.host !== HOST) return notFound();
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return notFound();
  }
  const root = normalize(files.dir);
  const file = normalize(join(root, path));
  if (path.includes('\0') || !file.startsWith(root + sep)) return notFound();
  const read = files.readFile ?? fsReadFile;
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = await read(file);
  } catch {
    return notFound();
  }
  return new Response(bytes, {
    status: 200,
    headers: {
      'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-security-policy': files.policy,
      'x-content-type-options': 'nosniff',
    },
  });
}

/** After `ready`: answer the scheme from the built renderer folder. */
export function serveRenderer(protocol: Pick<Electron.Protocol, 'handle'>, files: RendererFiles): void {
  protocol.handle(RENDERER_SCHEME, (request) => rendererResponse(request.url, files));
}

/** Is this frame URL our page (any query or hash)? */
export function isRendererPage(url: string): boolean {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname}` === RENDERER_PAGE;
  } catch {
    return false;
  }
}
