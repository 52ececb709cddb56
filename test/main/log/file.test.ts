// The log file on disk: appended synchronously, private to the user, rotated by size into main.old.log.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger, fileSink } from '../../../main/log/index.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ucwa-log-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('fileSink', () => {
  it('creates the folder and the file, and every line is on disk when the call returns', () => {
    const sink = fileSink({ dir: join(dir, 'logs') });
    const log = createLogger({ sinks: [sink] });
    log.info('started', { version: '0.1.0' });
    log.warn('the keyring could not be reached');
    expect(sink.path).toBe(join(dir, 'logs', 'main.log'));
    const lines = readFileSync(sink.path, 'utf8').trimEnd().split(/\r?\n/);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z \[info\] started \{"version":"0\.1\.0"\}$/);
    expect(lines[1]).toMatch(/\[warn\] the keyring could not be reached$/);
  });

  it.skipIf(process.platform === 'win32')('is readable by its owner only', () => {
    const sink = fileSink({ dir });
    createLogger({ sinks: [sink] }).info('x');
    expect(statSync(sink.path).mode & 0o777).toBe(0o600);
  });

  it('rotates by size: the full file becomes main.old.log and writing goes on in a fresh one', () => {
    const sink = fileSink({ dir, maxBytes: 4096 });
    const log = createLogger({ sinks: [sink] });
    for (let i = 0; i < 100; i++) log.info(`line ${i} ${'x'.repeat(60)}`);
    const old = join(dir, 'main.old.log');
    expect(existsSync(old)).toBe(true);
    expect(statSync(sink.path).size).toBeLessThanOrEqual(4096 + 200);
    const all = `${readFileSync(old, 'utf8')}${readFileSync(sink.path, 'utf8')}`;
    expect(all).toContain('line 99 ');
    // Only one generation is kept: at most about twice maxBytes on disk.
    expect(statSync(old).size + statSync(sink.path).size).toBeLessThanOrEqual(2 * 4096 + 400);
  });
});
