// The log file: electron-log's file transport, through its Node entry point (electron-log/node), so the same code
// runs in the app and in Node tests. electron-log is what Electron apps use; what it does for us here is the file
// itself: synchronous appends (a line is on disk when the call returns, so a crash loses nothing), rotation by size
// (the full file becomes <name>.old.log, so at most twice maxBytes is kept) and a crop if the rename fails. Lines
// reach it finished and redacted (logger.ts); its own formatting, console output and error catching are off. The
// folder is the platform's log folder, which the shell gets from Electron (app.getPath('logs')): ~/Library/Logs/UCWA
// Tray on macOS, %APPDATA%\UCWA Tray\logs on Windows, ~/.config/UCWA Tray/logs on Linux.
import { join } from 'node:path';
import electronLog from 'electron-log/node';
import type { LogLevel, LogSink } from './logger.js';

export const LOG_FILE_NAME = 'main.log';
/** A week of a busy day's info lines is well under this; debug from --verbose rotates sooner. */
export const LOG_FILE_MAX_BYTES = 1024 * 1024;

export interface FileSinkOptions {
  dir: string;
  fileName?: string;
  maxBytes?: number;
}

export interface FileSink extends LogSink {
  /** The file being written now. */
  readonly path: string;
}

let instances = 0;

export function fileSink(options: FileSinkOptions): FileSink {
  const path = join(options.dir, options.fileName ?? LOG_FILE_NAME);
  // An instance of its own (not the shared default logger), so two sinks never share settings.
  const log = electronLog.create({ logId: `ucwa-tray-${++instances}` });
  log.transports.console.level = false;
  log.transports.file.level = 'debug';
  log.transports.file.format = '{text}';
  log.transports.file.maxSize = options.maxBytes ?? LOG_FILE_MAX_BYTES;
  log.transports.file.resolvePathFn = () => path;
  // Only this user may read the log: it names contacts and servers.
  log.transports.file.writeOptions = { flag: 'a', mode: 0o600, encoding: 'utf8' };
  const levels: Record<LogLevel, (text: string) => void> = {
    error: (t) => log.error(t),
    warn: (t) => log.warn(t),
    info: (t) => log.info(t),
    debug: (t) => log.debug(t),
  };
  return { path, write: (level, line) => levels[level](line) };
}
