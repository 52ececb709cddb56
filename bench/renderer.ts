// Renderer figures in Debian's Chromium (playwright-core), through the e2e harness (test/support/rendererHarness.ts):
// the built renderer with `window.ucwa` bound to the real backend, app model and simulator.
//  - First render of the contacts view: from a `contacts:changed` push carrying the whole list (fresh objects, as
//    after a sign-in) plus the switch to the contacts view, to the next frame painted (rAF, then a task). Median of
//    5 after a cold one, at 100 and 5,000 contacts.
//  - Search keystroke at 5,000: from the `input` event to the filtered list updated and laid out (the work the
//    keystroke costs), and to the next frame painted (adds the wait for the frame, 0–16 ms). 12 keystrokes.
//  - DOM node count with the contacts view showing 5,000 contacts.
//  - Who sees what, first render at 5,000 contacts: from the tab switch to the next frame painted. Median of 5.
//  - Bulk change of 500 contacts from the bulk panel, and its Undo: requests to the server and time until the
//    feedback line says all were applied (privacy:set-many: batched requests, each part with its own If-Match).
// Page code is source text (as in the harness): it runs in the page, not through this file's transpiler.
import { missingPieces, startRendererHarness } from '../test/support/rendererHarness.js';
import type { RendererHarness } from '../test/support/rendererHarness.js';
import { max, median, round } from './stats.js';
import type { Row } from './table.js';

const REPS = 5;
const FIRST_RENDER_LIMIT_MS = 150;
const FIRST_RENDER_GROWTH_LIMIT = 2;
const KEYSTROKE_LIMIT_MS = 16;
const WHO_SEES_LIMIT_MS = 150;
const BULK = 500;
const KEYS = [
  'a',
  'n',
  'Backspace',
  'Backspace',
  'e',
  'r',
  'Backspace',
  'Backspace',
  's',
  'Backspace',
  'o',
  'Backspace',
];

// Helpers the page code below uses: a frame (rAF) and a task after it (MessageChannel: runs after the frame).
const pageHelpers = `
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  const task = () => new Promise((r) => { const ch = new MessageChannel(); ch.port1.onmessage = () => r(); ch.port2.postMessage(0); });
`;

const firstRenderScript = (reps: number): string => `(async () => {
  ${pageHelpers}
  const listed = await window.ucwa.invoke('contacts:list');
  if (!listed.ok) throw new Error('contacts:list failed');
  const out = [];
  for (let i = 0; i < ${reps} + 1; i++) {
    window.__ucwaPush('app:navigate', { view: 'settings' });
    await frame(); await task(); await frame(); await task();
    const fresh = structuredClone(listed.value);
    const t0 = performance.now();
    window.__ucwaPush('contacts:changed', { reset: true, upserts: fresh, removed: [] });
    window.__ucwaPush('app:navigate', { view: 'contacts' });
    await task();
    document.body.getBoundingClientRect();
    const work = performance.now() - t0;
    await frame(); await task();
    const painted = performance.now() - t0;
    const rows = document.querySelectorAll('[data-testid="contact-list"] [data-uri]').length;
    out.push({ work, painted, rows });
  }
  return { contacts: listed.value.length, samples: out, domNodes: document.getElementsByTagName('*').length };
})()`;

const keystrokeProbe = `(() => {
  ${pageHelpers}
  window.__keys = [];
  const waiting = [];
  // Resolves once n keystrokes have been measured (the driver waits on this, not on a timer).
  window.__keysMeasured = (n) => new Promise((r) => { waiting.push([n, r]); settle(); });
  const settle = () => { for (const [n, r] of waiting) if (window.__keys.length >= n) r(); };
  const input = document.getElementById('contact-search');
  if (!input) throw new Error('no search box');
  window.addEventListener('input', async (e) => {
    if (e.target !== input) return;
    const t0 = performance.now();
    await task();
    document.body.getBoundingClientRect();
    const work = performance.now() - t0;
    await frame(); await task();
    const painted = performance.now() - t0;
    const count = document.querySelector('[data-testid="contact-count"]')?.textContent ?? '';
    window.__keys.push({ work, painted, query: input.value, count });
    settle();
  }, true);
})()`;

const whoSeesScript = (reps: number): string => `(async () => {
  ${pageHelpers}
  const out = [];
  for (let i = 0; i < ${reps} + 1; i++) {
    window.__ucwaPush('app:navigate', { view: 'contacts' });
    await frame(); await task(); await frame(); await task();
    const t0 = performance.now();
    window.__ucwaPush('app:navigate', { view: 'whoSees' });
    await task();
    document.body.getBoundingClientRect();
    await frame(); await task();
    if (!document.querySelector('[data-testid="info-presence-count"]')) throw new Error('Who sees what did not render');
    out.push(performance.now() - t0);
  }
  window.__ucwaPush('app:navigate', { view: 'contacts' });
  return out;
})()`;

interface RenderSample {
  work: number;
  painted: number;
  rows: number;
}

export async function signedIn(h: RendererHarness, contacts: number): Promise<void> {
  await h.backend.tryDemo();
  const label = `${contacts.toLocaleString('en-US')} contacts`;
  // A locator wait (the page's CSP forbids the eval a string waitForFunction needs).
  await h.page
    .getByTestId('contact-count')
    .filter({ hasText: new RegExp(`^\\s*${label}\\s*$`) })
    .waitFor({ timeout: 60_000 });
  // Let presence pushes after the snapshot finish: wait until no push arrived for half a second.
  let seen = -1;
  while (seen !== h.pushes.length) {
    seen = h.pushes.length;
    await h.page.waitForTimeout(500);
  }
}

export async function measure(
  contacts: number,
  keystrokes: boolean,
): Promise<{
  firstRender: { contacts: number; samples: RenderSample[]; domNodes: number };
  keys: Array<{ work: number; painted: number; query: string; count: string }>;
  whoSees: number[];
  errors: string[];
}> {
  const h = await startRendererHarness({ sim: { contacts, demoScenario: false } });
  try {
    await signedIn(h, contacts);
    const firstRender = (await h.page.evaluate(firstRenderScript(REPS))) as {
      contacts: number;
      samples: RenderSample[];
      domNodes: number;
    };
    if (firstRender.samples.some((s) => s.rows === 0)) throw new Error('the contact list rendered no rows');
    let keys: Array<{ work: number; painted: number; query: string; count: string }> = [];
    if (keystrokes) {
      await h.page.evaluate(keystrokeProbe);
      await h.page.focus('#contact-search');
      for (let k = 0; k < KEYS.length; k++) {
        await h.page.keyboard.press(KEYS[k] ?? 'a');
        await h.page.evaluate(`window.__keysMeasured(${k + 1})`);
      }
      keys = (await h.page.evaluate('window.__keys')) as typeof keys;
    }
    const whoSees = keystrokes ? ((await h.page.evaluate(whoSeesScript(REPS))) as number[]) : [];
    return { firstRender, keys, whoSees, errors: [...h.errors] };
  } finally {
    await h.close();
  }
}

/** A bulk change of all 500 contacts to Workgroup from the bulk panel, then Undo: requests and time for each. */
export async function measureBulk(): Promise<{
  change: { ms: number; requests: number };
  undo: { ms: number; requests: number };
  errors: string[];
}> {
  const h = await startRendererHarness({ sim: { contacts: BULK, demoScenario: false } });
  try {
    await signedIn(h, BULK);
    const sim = h.sim();
    sim.control.setLevels(sim.control.contacts().map((c) => ({ uri: c.uri, level: 'Colleagues' })));
    await h.page
      .getByTestId('group-Colleagues')
      .filter({ hasText: String(BULK) })
      .waitFor({ timeout: 60_000 });
    await h.page.locator('button.row').first().click();
    await h.page.keyboard.press('Control+a');
    const panel = h.page.getByTestId('bulk');
    await panel.getByLabel('Change all of them to').selectOption('Workgroup');
    const feedback = h.page.getByTestId('feedback-message');
    const timed = async (click: () => Promise<void>, done: RegExp) => {
      sim.control.resetStats();
      const t0 = performance.now();
      await click();
      await feedback.filter({ hasText: done }).waitFor({ timeout: 600_000 });
      return { ms: performance.now() - t0, requests: sim.control.stats().requests };
    };
    const change = await timed(
      () => panel.getByRole('button', { name: `Change ${BULK} contacts` }).click(),
      new RegExp(`^${BULK} contacts now see Workgroup info$`),
    );
    const undo = await timed(
      () => h.page.getByTestId('feedback').getByRole('button', { name: 'Undo' }).click(),
      new RegExp(`^Undone for ${BULK} contacts$`),
    );
    return { change, undo, errors: [...h.errors] };
  } finally {
    await h.close();
  }
}

export async function benchRenderer(): Promise<{ rows: Row[]; details: unknown }> {
  const missing = missingPieces();
  if (missing !== null) {
    const na = (figure: string, unit: string): Row => ({
      group: 'renderer',
      figure,
      value: null,
      unit,
      note: missing,
    });
    return {
      rows: [
        na('Contacts view first render, 100 contacts', 'ms'),
        na('Contacts view first render, 5,000 contacts', 'ms'),
        na('Search keystroke at 5,000 contacts', 'ms'),
        na('DOM nodes, contacts view at 5,000 contacts', ''),
        na('Who sees what first render, 5,000 contacts', 'ms'),
        na(`Bulk change of ${BULK} contacts, until all applied`, 's'),
        na(`Undo of the bulk change of ${BULK}`, 's'),
      ],
      details: { skipped: missing },
    };
  }
  const small = await measure(100, false);
  const large = await measure(5000, true);
  const bulk = await measureBulk();
  const painted = (r: typeof small): number[] => r.firstRender.samples.slice(1).map((s) => s.painted);
  const work = (r: typeof small): number[] => r.firstRender.samples.slice(1).map((s) => s.work);
  const cold = (r: typeof small): number => r.firstRender.samples[0]?.painted ?? NaN;
  const smallMs = median(painted(small));
  const largeMs = median(painted(large));
  const keyWork = large.keys.map((k) => k.work);
  const keyPainted = large.keys.map((k) => k.painted);
  const rows: Row[] = [
    {
      group: 'renderer',
      figure: 'Contacts view first render, 100 contacts',
      value: round(smallMs),
      unit: 'ms',
      note: `to next frame; the work alone ${round(median(work(small)))} ms; cold (first) ${round(cold(small))} ms`,
    },
    {
      group: 'renderer',
      figure: 'Contacts view first render, 5,000 contacts',
      value: round(largeMs),
      unit: 'ms',
      limit: FIRST_RENDER_LIMIT_MS,
      compare: '<',
      note: `to next frame; the work alone ${round(median(work(large)))} ms; cold (first) ${round(cold(large))} ms`,
    },
    {
      group: 'renderer',
      figure: 'First render growth, 5,000 vs 100 contacts',
      value: round(largeMs / smallMs, 2),
      unit: '×',
      limit: FIRST_RENDER_GROWTH_LIMIT,
      compare: '≤',
    },
    {
      group: 'renderer',
      figure: `Search keystroke at 5,000 contacts (median of ${keyWork.length})`,
      value: round(median(keyWork)),
      unit: 'ms',
      limit: KEYSTROKE_LIMIT_MS,
      compare: '<',
      note: `input event → list updated and laid out; worst ${round(max(keyWork))} ms; to the next painted frame median ${round(median(keyPainted))} ms, worst ${round(max(keyPainted))} ms`,
    },
    {
      group: 'renderer',
      figure: 'DOM nodes, contacts view at 5,000 contacts',
      value: large.firstRender.domNodes,
      unit: '',
    },
    {
      group: 'renderer',
      figure: 'Who sees what first render, 5,000 contacts',
      value: round(median(large.whoSees.slice(1))),
      unit: 'ms',
      limit: WHO_SEES_LIMIT_MS,
      compare: '<',
      note: `tab switch to the next frame painted; cold (first) ${round(large.whoSees[0] ?? NaN)} ms`,
    },
    {
      group: 'renderer',
      figure: `Bulk change of ${BULK} contacts, until all applied`,
      value: round(bulk.change.ms / 1000, 1),
      unit: 's',
      note: `${bulk.change.requests} requests to the server (${round(bulk.change.requests / BULK, 2)} per contact): privacy:set-many, multipart batches of 100 parts each with its own If-Match (main/app/bulk.ts)`,
    },
    {
      group: 'renderer',
      figure: `Undo of the bulk change of ${BULK}`,
      value: round(bulk.undo.ms / 1000, 1),
      unit: 's',
      note: `${bulk.undo.requests} requests to the server`,
    },
  ];
  const errors = [...small.errors, ...large.errors, ...bulk.errors];
  return {
    rows,
    details: {
      reps: REPS,
      small: small.firstRender,
      large: large.firstRender,
      keys: large.keys.map((k) => ({ ...k, work: round(k.work, 2), painted: round(k.painted, 2) })),
      whoSees: large.whoSees.map((ms) => round(ms, 2)),
      bulk: { change: bulk.change, undo: bulk.undo },
      pageErrors: errors,
    },
  };
}
