// The tags of one account as a JSON file (statusAlerts.ts says what they are for). Plain Node, so the app and the CLI
// share it. Written atomically (a temporary file renamed over it); read strictly: a damaged file means no tags (said
// in the log by the caller), never a half-read list.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import type { TagStore } from './statusAlerts.js';

const TagsSchema = z
  .object({
    version: z.literal(1),
    tags: z
      .array(
        z
          .string()
          .regex(/^sip:[^@\s]+@[^@\s]+$/i)
          .max(256),
      )
      .max(1000),
  })
  .strict();

export function tagFile(path: string): TagStore {
  return {
    load(): string[] {
      let text: string;
      try {
        text = readFileSync(path, 'utf8');
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw e;
      }
      const parsed = TagsSchema.safeParse(JSON.parse(text));
      if (!parsed.success) throw new Error(`the tags file ${path} is damaged`);
      return parsed.data.tags;
    },
    save(uris) {
      mkdirSync(dirname(path), { recursive: true });
      const temporary = `${path}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify({ version: 1, tags: uris }), { mode: 0o600 });
      renameSync(temporary, path);
    },
  };
}

/** One file per account in `folder`, named by a hash of the address (the file name says nothing about the user). */
export function tagFileFor(folder: string, user: string): TagStore {
  const u = user.toLowerCase().replace(/^(?!sip:)/, 'sip:');
  const name = createHash('sha256').update(u).digest('hex').slice(0, 32);
  return tagFile(join(folder, `${name}.json`));
}
