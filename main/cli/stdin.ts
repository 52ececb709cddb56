// The password for `--password-stdin`, never from argv. Two cases:
//   a terminal: a prompt on stderr and one line typed without echo (raw mode, so the typed characters are not
//     shown), Enter ends it, Backspace and Ctrl-U edit it, Ctrl-C cancels;
//   a pipe or file: the first line, and nothing more is read — a writer that keeps the pipe open
//     (`(echo pw; sleep 1000) | ucwa …`) must not hold the command up.
import { m } from '../i18n/index.js';

/** A line longer than this is not a password; stop reading rather than buffer without end. */
const MAX_LINE_BYTES = 64 * 1024;

export class PasswordCancelled extends Error {
  constructor() {
    super(m.cli_password_cancelled());
  }
}

interface Input extends NodeJS.EventEmitter {
  isTTY?: boolean;
  setRawMode?(mode: boolean): unknown;
  setEncoding(encoding: BufferEncoding): unknown;
  resume(): unknown;
  pause(): unknown;
  /** A pipe (net.Socket) has it: a paused pipe still holds the process open until its writer closes it. */
  unref?(): unknown;
}

/** The first line of a pipe, without its line break ('' for an empty input); stops reading at the line break. */
export function readFirstLine(input: Input): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffered = Buffer.alloc(0);
    const finish = (error: Error | null, line = ''): void => {
      input.off('data', onData);
      input.off('end', onEnd);
      input.off('error', onError);
      // Paused and unreferenced, the pipe no longer keeps the process alive, whoever holds its other end.
      input.pause();
      input.unref?.();
      if (error) reject(error);
      else resolve(line.replace(/\r$/, ''));
    };
    const onData = (chunk: Buffer | string): void => {
      buffered = Buffer.concat([buffered, Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk)]);
      const end = buffered.indexOf(0x0a);
      if (end >= 0) finish(null, buffered.subarray(0, end).toString('utf8'));
      else if (buffered.length > MAX_LINE_BYTES) finish(new Error(m.cli_password_line_too_long()));
    };
    const onEnd = (): void => finish(null, buffered.toString('utf8'));
    const onError = (e: Error): void => finish(e);
    input.on('data', onData);
    input.on('end', onEnd);
    input.on('error', onError);
    input.resume();
  });
}

/** One line typed at a terminal without echo. Rejects with PasswordCancelled on Ctrl-C. */
export function readHiddenLine(
  input: Input,
  prompt: { write(text: string): unknown },
  label: string,
): Promise<string> {
  return new Promise((resolve, reject) => {
    let value: string[] = [];
    let inEscape = false;
    const finish = (error: Error | null): void => {
      input.off('data', onData);
      input.setRawMode?.(false);
      input.pause();
      prompt.write('\n');
      if (error) reject(error);
      else resolve(value.join(''));
    };
    const onData = (chunk: string): void => {
      for (const ch of chunk) {
        // Arrow and function keys arrive as escape sequences: ESC [ … letter. None of it is part of a password.
        if (inEscape) {
          if (/[A-Za-z~]/.test(ch)) inEscape = false;
          continue;
        }
        if (ch === '\r' || ch === '\n' || ch === '\x04') return finish(null);
        if (ch === '\x03') return finish(new PasswordCancelled());
        if (ch === '\x1b') inEscape = true;
        else if (ch === '\x7f' || ch === '\b') value = value.slice(0, -1);
        else if (ch === '\x15') value = [];
        else if (ch >= ' ') value.push(ch);
      }
    };
    input.setRawMode?.(true);
    input.setEncoding('utf8');
    input.on('data', onData);
    // The prompt after raw mode is on: whatever is typed once it shows is never echoed.
    prompt.write(label);
    input.resume();
  });
}

/** The password from standard input: hidden typing on a terminal, the first line otherwise. */
export function readPassword(input: Input = process.stdin, prompt = process.stderr): Promise<string> {
  return input.isTTY ? readHiddenLine(input, prompt, m.cli_password_prompt()) : readFirstLine(input);
}
