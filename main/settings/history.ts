// The change history file's entries, checked one by one: a damaged entry (a `null`, a non-numeric time, an unknown
// level) is dropped and counted, every valid entry is kept. Pure (no Electron); main/shell/settings.ts reads the
// file and logs what was dropped.
import { z } from 'zod';
import { PrivacyLevelSchema } from '../ipc/contract.js';
import type { ChangeEntry } from '../ipc/contract.js';

const entrySchema: z.ZodType<ChangeEntry> = z.object({
  id: z.string().min(1),
  at: z.number().finite(),
  contact: z.object({ uri: z.string(), name: z.string() }),
  from: PrivacyLevelSchema,
  to: PrivacyLevelSchema,
  ours: z.boolean(),
});

export function readHistoryEntries(value: unknown): { entries: ChangeEntry[]; dropped: number } {
  if (!Array.isArray(value)) return { entries: [], dropped: value === undefined ? 0 : 1 };
  const entries: ChangeEntry[] = [];
  for (const item of value) {
    const checked = entrySchema.safeParse(item);
    if (checked.success) entries.push(checked.data);
  }
  return { entries, dropped: value.length - entries.length };
}
