// Run in a child Node with the fake `electron` (files.test.ts): opens the settings or history file in a folder through
// main/shell/settings.ts (electron-store imports `electron`, which only the fake can stand in for outside Electron),
// applies the updates asked for, and prints what was read and logged as one JSON line.
import { openHistoryStore, openSettings } from '../../../main/shell/settings.js';

const request = JSON.parse(process.argv[2] ?? '{}') as {
  kind: 'settings' | 'history';
  dir: string;
  updates?: Array<Record<string, unknown>>;
  save?: unknown[];
};
const log: Array<{ message: string; data?: Record<string, unknown> }> = [];
const record = (message: string, data?: Record<string, unknown>) =>
  log.push(data ? { message, data } : { message });
let value: unknown;
if (request.kind === 'settings') {
  const port = openSettings({ cwd: request.dir, log: record });
  value = port.get();
  for (const patch of request.updates ?? []) value = port.update(patch);
} else {
  const store = openHistoryStore({ cwd: request.dir, log: record });
  value = store.load();
  if (request.save) store.save(request.save as never);
}
process.stdout.write(`${JSON.stringify({ value, log })}\n`);
process.exit(0);
