// "While you were away" at start-up, at 5,000 contacts: what the comparison adds to a sign-in. Reading and checking
// the state file (main/app/lastKnownFile.ts: JSON, then the zod schema as a whole), comparing it with the first
// snapshot (main/app/lastKnown.ts compareWithLastKnown: 50 levels changed, 5 contacts added and 5 removed) and
// writing the new state (atomically: a temporary file renamed over it). Median of 15 after a cold run, in this
// process (the app's main process does the same work).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareWithLastKnown, LAST_KNOWN_VERSION } from '../main/app/lastKnown.js';
import type { LastKnownState } from '../main/app/lastKnown.js';
import { lastKnownFile } from '../main/app/lastKnownFile.js';
import type { ContactRecord } from '../main/app/port.js';
import type { PrivacyLevel } from '../main/ipc/contract.js';
import { median, round } from './stats.js';
import type { Row } from './table.js';

const CONTACTS = 5000;
const REPS = 15;
const LEVELS: PrivacyLevel[] = ['Colleagues', 'Workgroup', 'External', 'FriendsAndFamily', 'Blocked'];

function record(i: number, level: PrivacyLevel): ContactRecord {
  return {
    uri: `sip:person${i}@contoso.com`,
    name: `Person ${i}`,
    emailAddresses: [`person${i}@contoso.com`],
    href: `/ucwa/v1/applications/1/people/person${i}@contoso.com`,
    canSetLevel: true,
    canResetLevel: true,
    level,
  };
}

export async function benchLastKnown(): Promise<{ rows: Row[]; details: unknown }> {
  const dir = mkdtempSync(join(tmpdir(), 'ucwa-bench-last-known-'));
  try {
    const file = lastKnownFile(join(dir, 'state.json'));
    const stored: LastKnownState = {
      version: LAST_KNOWN_VERSION,
      user: 'sip:alex@contoso.com',
      connectedAt: Date.now() - 14 * 3600_000,
      contacts: Object.fromEntries(
        Array.from({ length: CONTACTS }, (_, i) => {
          const c = record(i, LEVELS[i % LEVELS.length] as PrivacyLevel);
          return [c.uri, { name: c.name, level: c.level }];
        }),
      ),
    };
    // The snapshot: 50 levels changed, the first 5 contacts gone, 5 new ones.
    const snapshot = Array.from({ length: CONTACTS }, (_, i) =>
      record(i, LEVELS[(i + (i % 100 === 0 ? 1 : 0)) % LEVELS.length] as PrivacyLevel),
    )
      .slice(5)
      .concat(Array.from({ length: 5 }, (_, i) => record(CONTACTS + i, 'Colleagues')));
    const samples: Array<{ load: number; compare: number; save: number; changes: number }> = [];
    for (let r = 0; r < REPS + 1; r++) {
      file.save(stored);
      const t0 = performance.now();
      const loaded = file.load();
      const t1 = performance.now();
      if (loaded.state === null) throw new Error('the state file did not read back');
      const changes = compareWithLastKnown(loaded.state, snapshot, Date.now());
      const t2 = performance.now();
      file.save({ ...loaded.state, connectedAt: Date.now() });
      const t3 = performance.now();
      samples.push({ load: t1 - t0, compare: t2 - t1, save: t3 - t2, changes: changes.length });
    }
    const warm = samples.slice(1);
    const total = median(warm.map((s) => s.load + s.compare + s.save));
    return {
      rows: [
        {
          group: 'lastKnown',
          figure: `While-away comparison at start-up, ${CONTACTS.toLocaleString('en-US')} contacts`,
          value: round(total),
          unit: 'ms',
          note: `read and check the file ${round(median(warm.map((s) => s.load)))} ms, compare ${round(median(warm.map((s) => s.compare)), 2)} ms (${warm[0]?.changes ?? 0} changes found), write ${round(median(warm.map((s) => s.save)))} ms; cold ${round((samples[0]?.load ?? 0) + (samples[0]?.compare ?? 0) + (samples[0]?.save ?? 0))} ms`,
        },
      ],
      details: { reps: REPS, samples },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
