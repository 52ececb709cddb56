// The main process's logger as the app opens it: the rotating file in the platform's log folder and stderr, at
// info (debug, with a trace of every request and answer, when UCWA_LOG_LEVEL=debug or --verbose is given). Kept
// apart from main/index.ts so the tests open the very same logger over the simulator and read the file it writes.
import { fileSink } from './file.js';
import { createLogger, streamSink } from './logger.js';
import type { AppLogger, LogSink } from './logger.js';
import { protocolTrace } from './trace.js';

type Fetch = (input: string, init: RequestInit) => Promise<Response>;

export interface AppLogOptions {
  /** The log folder (Electron's app.getPath('logs')); null: no file (it could not be found). */
  dir: string | null;
  debug: boolean;
  /** Also to this stream (stderr in the app; a test passes none). */
  stream?: { write(text: string): unknown };
}

export interface AppLog {
  log: AppLogger;
  /** The file being written, or null. */
  path: string | null;
  /** The fetch the protocol client is given: traced at debug level, as it is otherwise. */
  traced(fetch: Fetch): Fetch;
}

export function openAppLog(options: AppLogOptions): AppLog {
  const sinks: LogSink[] = [];
  const file = options.dir === null ? null : fileSink({ dir: options.dir });
  if (file) sinks.push(file);
  if (options.stream) sinks.push(streamSink(options.stream));
  const log = createLogger({ sinks, level: options.debug ? 'debug' : 'info' });
  return {
    log,
    path: file?.path ?? null,
    traced: (fetch) => (options.debug ? protocolTrace(fetch, log) : fetch),
  };
}
