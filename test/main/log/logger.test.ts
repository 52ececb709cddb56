import { describe, expect, it } from 'vitest';
import type { Logger } from '../../../main/ipc/ports.js';
import { createLogger } from '../../../main/log/logger.js';
import type { LogLevel } from '../../../main/log/logger.js';
import type { UcwaLogger } from '../../../main/ucwa/log.js';

function memory() {
  const lines: Array<[LogLevel, string]> = [];
  return { lines, sink: { write: (level: LogLevel, line: string) => void lines.push([level, line]) } };
}

describe('createLogger', () => {
  const now = () => Date.UTC(2026, 11, 2, 9, 30, 0, 5);

  it('writes one dated line per entry at or above its level, fields as JSON', () => {
    const m = memory();
    const log = createLogger({ sinks: [m.sink], level: 'info', now });
    log.debug('GET /x → 200');
    log.info('signed in', { format: 'json' });
    log.error('start-up failed');
    expect(m.lines).toEqual([
      ['info', '2026-12-02T09:30:00.005Z [info] signed in {"format":"json"}'],
      ['error', '2026-12-02T09:30:00.005Z [error] start-up failed'],
    ]);
    log.setLevel('debug');
    log.debug('now shown');
    expect(m.lines.at(-1)?.[1]).toMatch(/\[debug\] now shown$/);
  });

  it('redacts message and fields, and scrubs a remembered password anywhere', () => {
    const m = memory();
    const log = createLogger({ sinks: [m.sink], now });
    log.rememberSecret('correct horse');
    log.warn('sign-in refused for "correct horse"', {
      body: 'grant_type=password&password=correct%20horse',
      password: 'correct horse',
    });
    const line = m.lines[0]?.[1] ?? '';
    expect(line).not.toMatch(/correct|horse/);
    expect(line).toContain('sign-in refused for "[redacted]"');
  });

  it('keeps one line per entry (line breaks escaped), the last ones for diagnostics', () => {
    const log = createLogger({ sinks: [], keep: 3, now });
    log.info('first\nsecond');
    for (const n of [2, 3, 4]) log.info(`entry ${n}`);
    expect(log.recent()).toEqual([
      '2026-12-02T09:30:00.005Z [info] entry 2',
      '2026-12-02T09:30:00.005Z [info] entry 3',
      '2026-12-02T09:30:00.005Z [info] entry 4',
    ]);
    expect(log.recent(1)).toEqual(['2026-12-02T09:30:00.005Z [info] entry 4']);
    const one = createLogger({ sinks: [], now });
    one.info('first\nsecond');
    expect(one.recent()).toEqual(['2026-12-02T09:30:00.005Z [info] first\\nsecond']);
  });

  it('is what the backend and the protocol client take as their logger', () => {
    const m = memory();
    const log = createLogger({ sinks: [m.sink], level: 'debug', now });
    const backend: Logger = log;
    const protocol: UcwaLogger = log;
    backend.error('from the backend');
    protocol.debug('from the protocol client');
    expect(m.lines.map(([level]) => level)).toEqual(['error', 'debug']);
  });

  it('never throws into the caller: a failing sink, a field that cannot be written', () => {
    const broken = {
      write: () => {
        throw new Error('ENOSPC');
      },
    };
    const log = createLogger({ sinks: [broken], now });
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(() => log.info('x', { big: 10n })).not.toThrow();
    expect(() => log.info('y', circular)).not.toThrow();
    expect(log.recent()).toHaveLength(2);
    expect(log.recent()[0]).toContain('[fields that cannot be written]');
  });
});
