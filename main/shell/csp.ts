// The page's Content-Security-Policy, in one place: the strict policy the app serves (as a response header from the
// renderer protocol, and as renderer/index.html's <meta>, which the built file and the Chromium e2e suite carry), and
// the development policy for `npm run dev` only. Vite's dev server injects component styles as <style> elements and
// keeps a hot-reload WebSocket to itself; the strict policy blocks both (an unstyled window), so the dev server's page
// gets 'unsafe-inline' styles and a loopback WebSocket. No Electron import: electron.vite.config.ts uses it too.

const STRICT: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self'",
  // No 'unsafe-inline': Svelte 5 and virtua set element styles through the CSSOM (not governed by CSP), and the
  // component CSS is emitted to a file.
  'style-src': "'self'",
  // Photos arrive from main as data: URLs.
  'img-src': "'self' data:",
  'font-src': "'self'",
  // The page never talks to the network itself.
  'connect-src': "'none'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
};

const DEV_CHANGES: Record<string, string> = {
  'style-src': "'self' 'unsafe-inline'",
  'connect-src': "'self' ws://localhost:* ws://127.0.0.1:*",
};

function serialise(policy: Record<string, string>): string {
  return Object.entries(policy)
    .map(([directive, sources]) => `${directive} ${sources}`)
    .join('; ');
}

/** What renderer/index.html's <meta> says (a <meta> policy cannot carry frame-ancestors). */
export const PAGE_POLICY = serialise(STRICT);
/** The production header: the page policy plus what only a header can say. */
export const CONTENT_SECURITY_POLICY = serialise({ ...STRICT, 'frame-ancestors': "'none'" });
/** `npm run dev` only: the dev server's page, as a header and in its <meta>. */
export const DEV_PAGE_POLICY = serialise({ ...STRICT, ...DEV_CHANGES });
export const DEV_CONTENT_SECURITY_POLICY = serialise({
  ...STRICT,
  ...DEV_CHANGES,
  'frame-ancestors': "'none'",
});

/**
 * A Vite plugin for the dev server only (`apply: 'serve'`): replaces the strict <meta> policy with the dev one, and
 * fails loudly if the page's <meta> no longer says PAGE_POLICY (the two must not drift apart).
 */
export function devCspPlugin(): { name: string; apply: 'serve'; transformIndexHtml(html: string): string } {
  return {
    name: 'ucwa-tray-dev-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      if (!html.includes(`content="${PAGE_POLICY}"`))
        throw new Error('renderer/index.html: the CSP <meta> differs from PAGE_POLICY in main/shell/csp.ts');
      return html.replace(`content="${PAGE_POLICY}"`, `content="${DEV_PAGE_POLICY}"`);
    },
  };
}
