// The renderer's end-to-end harness: the built renderer (out/renderer) served from 127.0.0.1, loaded in Debian's
// Chromium through playwright-core, with `window.ucwa` bound to the real backend (IPC handler table, app model)
// signing in to the real simulator. Only the transport differs from the app: Playwright's exposeBinding and
// page.evaluate stand in for ipcRenderer.invoke and webContents.send (the init script mirrors preload/index.ts).
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createBackend, type Backend, type BackendDeps } from '../../main/backend/index.js';
import { invokeSchemas, pushChannels } from '../../main/ipc/contract.js';
import { memorySecrets, memorySettings, recordingNotifier } from '../../main/ipc/memoryPorts.js';
import type { DemoServer, StoredSettings } from '../../main/ipc/ports.js';
import type { SimOptions, Simulator } from '../../main/sim/index.js';

export const rendererDir = resolve(import.meta.dirname, '../../out/renderer');
/** The same window built with the pseudo-locale en-XA as a fourth language (`npm run build:pseudo`), e2e only. */
export const pseudoRendererDir = resolve(import.meta.dirname, '../../out/pseudo/renderer');
/**
 * Every run takes a screenshot of each view into test-results/screenshots (look at them after a run);
 * `npm run screenshots` writes them to docs/screenshots instead, to refresh the README's pictures on purpose.
 */
export const screenshotDir = resolve(
  import.meta.dirname,
  '../..',
  process.env.UCWA_SCREENSHOTS_DIR ?? 'test-results/screenshots',
);

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/** Why the e2e suite cannot run here, or null when it can. */
export function missingPieces(): string | null {
  if (!existsSync(chromiumPath()))
    return `no Chromium at ${chromiumPath()} (apt-get install chromium, or set CHROMIUM_PATH)`;
  if (!existsSync(join(rendererDir, 'index.html')))
    return `no built renderer in ${rendererDir} (run npm run build)`;
  return null;
}

export interface HarnessOptions {
  /** Options for the simulator "Try the demo" starts (default: 40 demo contacts, no random demo events). */
  sim?: SimOptions;
  /** Called with the simulator once it runs, before the app signs in to it (add contacts, faults...). */
  onSimulator?: (sim: Simulator) => void;
  keyringAvailable?: boolean;
  settings?: Partial<StoredSettings>;
  colorScheme?: 'light' | 'dark';
  /** The page's query, as main passes it (`?platform=darwin`). */
  query?: string;
  /** Replaces parts of the backend (development only; the suites use the real model and simulator). */
  backendDeps?: Partial<BackendDeps>;
  /** Which build of the window to load (default: out/renderer, the product's). */
  rendererDir?: string;
  /** The browser's language, what navigator.languages says (the OS's language in the app). */
  locale?: string;
  /** Runs before the window loads: what must be in place from its first script on (`page.clock.install()`). */
  beforeLoad?: (page: Page) => Promise<void>;
}

export interface RendererHarness {
  page: Page;
  backend: Backend;
  notifier: ReturnType<typeof recordingNotifier>;
  /** The simulator "Try the demo" started (throws before that). */
  sim(): Simulator;
  /** Every push delivered to the page, in order (channel and a compact copy of the payload). */
  pushes: Array<{ channel: string; payload: unknown }>;
  /** Page errors and console errors: a clean run has none. */
  errors: string[];
  dialogs: string[];
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

async function serveStatic(root: string): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    const file = join(root, path === '/' ? 'index.html' : path);
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, server };
}

// Runs in the page before its scripts: what preload/index.ts exposes, over the Playwright binding, plus a probe
// the tests read (CSP violations). Pushes arrive through window.__ucwaPush (called from page.evaluate). Kept as
// source text: a function would be serialised after the test transpiler rewrote it (helpers the page lacks).
const initScript = `(() => {
  const invokeNames = new Set(${JSON.stringify(Object.keys(invokeSchemas))});
  const pushNames = new Set(${JSON.stringify(pushChannels)});
  const invoke = window.__ucwaInvoke;
  const listeners = new Map();
  const violations = [];
  window.__cspViolations = violations;
  document.addEventListener('securitypolicyviolation', (e) =>
    violations.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample }));
  window.__ucwaPush = (channel, payload) => {
    for (const listener of listeners.get(channel) ?? []) {
      try { listener(payload); } catch (err) { console.error(err); }
    }
  };
  const bridge = Object.freeze({
    invoke: (channel, args) => invokeNames.has(channel)
      ? invoke(channel, args)
      : Promise.resolve({ ok: false, error: { code: 'InvalidArgument', message: 'Unknown request.' } }),
    on: (channel, listener) => {
      if (!pushNames.has(channel)) return () => {};
      let set = listeners.get(channel);
      if (!set) listeners.set(channel, (set = new Set()));
      set.add(listener);
      return () => set.delete(listener);
    },
  });
  Object.defineProperty(window, 'ucwa', { value: bridge, enumerable: true });
})();`;

export async function startRendererHarness(options: HarnessOptions = {}): Promise<RendererHarness> {
  const { url, server } = await serveStatic(options.rendererDir ?? rendererDir);
  let sim: Simulator | null = null;
  const notifier = recordingNotifier();
  const backend = createBackend({
    settings: memorySettings(options.settings),
    secrets: memorySecrets({ available: options.keyringAvailable ?? true }),
    notifier,
    async startDemoServer(): Promise<DemoServer> {
      const { startSimulator } = await import('../../main/sim/index.js');
      sim = await startSimulator({ demoScenario: false, ...options.sim });
      options.onSimulator?.(sim);
      return sim;
    },
    ...options.backendDeps,
  });

  let browser: Browser | null = null;
  let context: BrowserContext | null = null;
  try {
    browser = await chromium.launch({
      executablePath: chromiumPath(),
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    });
    context = await browser.newContext({
      viewport: { width: 1000, height: 680 },
      colorScheme: options.colorScheme ?? 'light',
      acceptDownloads: true,
      reducedMotion: 'reduce',
      locale: options.locale,
    });
  } catch (e) {
    await browser?.close();
    server.close();
    await backend.shutdown();
    throw e;
  }
  const page = await context.newPage();
  // Every wait here is for something the app does within a second or two; the margin is for a CI machine whose two
  // cores are shared (a CI run on record, slower than here in every suite, failed two e2e tests it did not name).
  page.setDefaultTimeout(20_000);
  const errors: string[] = [];
  const dialogs: string[] = [];
  const pushes: RendererHarness['pushes'] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });

  await page.exposeBinding('__ucwaInvoke', (_source, channel: unknown, args: unknown) =>
    backend.dispatch(channel, args, { trusted: true }),
  );
  await page.addInitScript({ content: initScript });
  // Pushes go out in order: each evaluate is queued on the same CDP session. A push to a page that is gone
  // (closing) is dropped, as Electron drops a send to a destroyed webContents.
  const offPush = backend.onPush((channel, payload) => {
    pushes.push({ channel, payload });
    page
      .evaluate(`window.__ucwaPush(${JSON.stringify(channel)}, ${JSON.stringify(payload)})`)
      .catch(() => undefined);
  });
  await options.beforeLoad?.(page);
  await page.goto(`${url}${options.query ?? ''}`);

  return {
    page,
    backend,
    notifier,
    pushes,
    errors,
    dialogs,
    sim() {
      if (!sim) throw new Error('the demo simulator has not started yet');
      return sim;
    },
    async screenshot(name) {
      const file = join(screenshotDir, `${name}.png`);
      await page.screenshot({ path: file });
      return file;
    },
    async close() {
      offPush();
      await context?.close().catch(() => undefined);
      await browser?.close().catch(() => undefined);
      await backend.shutdown();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
