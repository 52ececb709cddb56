// Logging for the main process and the CLI: a leveled logger that redacts before anything leaves it, a rotating
// file in the platform's log folder, a stderr sink for --verbose, and a wire trace for the protocol. No Electron:
// the shell passes the folder (app.getPath('logs')).
//
//   const file = fileSink({ dir: app.getPath('logs') });
//   const log = createLogger({ sinks: [file], level: process.env.UCWA_LOG_LEVEL === 'debug' ? 'debug' : 'info' });
export { fileSink, LOG_FILE_MAX_BYTES, LOG_FILE_NAME } from './file.js';
export type { FileSink, FileSinkOptions } from './file.js';
export { createLogger, LOG_LEVELS, streamSink } from './logger.js';
export type { AppLogger, LogLevel, LogSink, LoggerOptions } from './logger.js';
export { KnownSecrets, redact, redactValue } from './redact.js';
export { openAppLog } from './appLog.js';
export type { AppLog, AppLogOptions } from './appLog.js';
export { protocolTrace } from './trace.js';
export type { TraceOptions, TracedFetch } from './trace.js';
