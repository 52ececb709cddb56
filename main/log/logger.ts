// The app's logger: levels, one line per entry, redaction before anything leaves (main/log/redact.ts), and the last
// lines kept in memory for "Copy diagnostics". Where lines go is a sink: the rotating file (file.ts), stderr for
// the CLI's --verbose, or a test's array. It fits both logger shapes the code takes (the backend's info/warn/error,
// the protocol client's debug/info/warn), so one logger serves the whole main process.
import { KnownSecrets, redact, redactValue } from './redact.js';

export const LOG_LEVELS = ['error', 'warn', 'info', 'debug'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface LogSink {
  /** A finished, redacted line without its line break. */
  write(level: LogLevel, line: string): void;
}

type LogFn = (message: string, fields?: Record<string, unknown>) => void;

export interface AppLogger {
  error: LogFn;
  warn: LogFn;
  info: LogFn;
  debug: LogFn;
  /** Scrub this exact string (a password just typed, a token just issued) from every later line. */
  rememberSecret(secret: string): void;
  /** The last lines logged (redacted), oldest first. */
  recent(count?: number): string[];
  setLevel(level: LogLevel): void;
}

export interface LoggerOptions {
  sinks: LogSink[];
  /** The most detailed level written; default info. */
  level?: LogLevel;
  /** How many lines recent() can give back. */
  keep?: number;
  now?: () => number;
}

export function createLogger(options: LoggerOptions): AppLogger {
  const known = new KnownSecrets();
  const keep = options.keep ?? 200;
  const now = options.now ?? Date.now;
  const lines: string[] = [];
  let threshold = LOG_LEVELS.indexOf(options.level ?? 'info');

  const log =
    (level: LogLevel): LogFn =>
    (message, fields) => {
      if (LOG_LEVELS.indexOf(level) > threshold) return;
      let text = message;
      if (fields !== undefined && Object.keys(fields).length > 0) {
        try {
          text += ` ${JSON.stringify(redactValue(fields, known))}`;
        } catch {
          text += ' [fields that cannot be written]';
        }
      }
      // Once more over the whole line: a secret split between message and fields, or one a field's name hid.
      const line = `${new Date(now()).toISOString()} [${level}] ${redact(text, known).replace(/\r?\n/g, '\\n')}`;
      lines.push(line);
      if (lines.length > keep) lines.splice(0, lines.length - keep);
      for (const sink of options.sinks) {
        try {
          sink.write(level, line);
        } catch {
          // A full disk or a closed stderr must not break the caller; the line is still in recent().
        }
      }
    };

  return {
    error: log('error'),
    warn: log('warn'),
    info: log('info'),
    debug: log('debug'),
    rememberSecret: (secret) => known.add(secret),
    recent: (count = keep) => lines.slice(-count),
    setLevel(level) {
      threshold = LOG_LEVELS.indexOf(level);
    },
  };
}

/** Lines on a stream (the CLI's stderr for --verbose). */
export function streamSink(stream: { write(text: string): unknown }): LogSink {
  return { write: (_level, line) => void stream.write(`${line}\n`) };
}
