// The "while you were away" state of one account as a JSON file (main/app/lastKnown.ts says what it is for). Plain
// Node, so the app and `ucwa watch --state FILE` share it. Written atomically (a temporary file renamed over it), so a
// crash mid-write leaves the old file; read strictly: anything that does not validate as a whole means "nothing to
// compare", never a flood of false changes from a half-read file.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import type { LastKnownLoad, LastKnownState, LastKnownStore } from './lastKnown.js';
import { LAST_KNOWN_VERSION } from './lastKnown.js';
import { PrivacyLevelSchema } from '../ipc/contract.js';

const StateSchema = z
  .object({
    version: z.literal(LAST_KNOWN_VERSION),
    user: z.string().min(1).max(256),
    connectedAt: z.number().finite().nonnegative(),
    contacts: z.record(
      z.string().max(256),
      z.object({ name: z.string().max(512), level: PrivacyLevelSchema }),
    ),
  })
  .strict();

export function lastKnownFile(path: string): LastKnownStore {
  return {
    load(): LastKnownLoad {
      let text: string;
      try {
        text = readFileSync(path, 'utf8');
      } catch (e) {
        return { state: null, damaged: (e as NodeJS.ErrnoException).code !== 'ENOENT' };
      }
      try {
        const parsed = StateSchema.safeParse(JSON.parse(text));
        return parsed.success ? { state: parsed.data as LastKnownState } : { state: null, damaged: true };
      } catch {
        return { state: null, damaged: true };
      }
    },
    save(state) {
      mkdirSync(dirname(path), { recursive: true });
      const temporary = `${path}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify(state), { mode: 0o600 });
      renameSync(temporary, path);
    },
    clear() {
      rmSync(path, { force: true });
    },
  };
}

/** One file per account in `folder`, named by a hash of the address (the file name says nothing about the user). */
export function lastKnownFileFor(folder: string, user: string): LastKnownStore {
  const name = createHash('sha256').update(user.toLowerCase()).digest('hex').slice(0, 32);
  return lastKnownFile(join(folder, `${name}.json`));
}
