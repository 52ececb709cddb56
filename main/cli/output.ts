// Standard output and error for the commands, made safe to pipe: `ucwa watch | head -3` closes the pipe after three
// lines; the next write fails with EPIPE, which without a listener is an uncaught exception with a stack trace.
// Here it ends the output quietly: later writes are dropped, and `closed` resolves so a streaming command stops
// (signs out) and exits 0. Every line goes through terminal.ts on its way.
import { plainText, terminalJson } from './terminal.js';

interface Writable {
  write(text: string): boolean;
  on(event: 'error', listener: (error: NodeJS.ErrnoException) => void): unknown;
}

export interface Output {
  /** One NDJSON line (terminal-safe JSON). */
  json(value: unknown): void;
  /** One line of prose (escape sequences and control characters removed). */
  line(text: string): void;
  /** Resolves when the reader went away (EPIPE); writes are dropped from then on. */
  readonly closed: Promise<void>;
}

/** Pipe errors that mean "nobody reads this any more". */
const GONE = new Set(['EPIPE', 'ERR_STREAM_DESTROYED', 'ECONNRESET']);

export function outputOn(stream: Writable): Output {
  let isClosed = false;
  let markClosed: () => void = () => {};
  const closed = new Promise<void>((resolve) => (markClosed = resolve));
  stream.on('error', (error) => {
    // Anything else (EIO, a full disk) is not ours to hide either: drop the output all the same, never throw.
    isClosed = true;
    markClosed();
    if (!GONE.has(error.code ?? '')) process.exitCode = 1;
  });
  const write = (text: string): void => {
    if (!isClosed) stream.write(text);
  };
  return {
    json: (value) => write(`${terminalJson(value)}\n`),
    line: (text) => write(`${plainText(text)}\n`),
    closed,
  };
}

/** The process's own streams; installed on first use, so an EPIPE is never unhandled. */
let streams: { stdout: Output; stderr: Output } | undefined;

export function stdio(): { stdout: Output; stderr: Output } {
  streams ??= { stdout: outputOn(process.stdout), stderr: outputOn(process.stderr) };
  return streams;
}
