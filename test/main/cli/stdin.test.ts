// The line editing of --password-stdin, on stand-ins for a terminal and a pipe (the real ones are in
// commands/password.test.ts).
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { PasswordCancelled, readFirstLine, readHiddenLine } from '../../../main/cli/stdin.js';

class FakeInput extends EventEmitter {
  isTTY = true;
  raw: boolean[] = [];
  paused = true;
  setRawMode(mode: boolean): void {
    this.raw.push(mode);
  }
  setEncoding(): void {}
  resume(): void {
    this.paused = false;
  }
  pause(): void {
    this.paused = true;
  }
  type(text: string): void {
    this.emit('data', text);
  }
}

function terminal() {
  const input = new FakeInput();
  let shown = '';
  const prompt = { write: (t: string) => (shown += t) };
  return { input, prompt, shown: () => shown };
}

describe('readHiddenLine (a terminal)', () => {
  it('turns echo off before the prompt, reads to Enter, and restores the terminal', async () => {
    const t = terminal();
    const line = readHiddenLine(t.input, t.prompt, 'Password: ');
    expect(t.input.raw).toEqual([true]);
    expect(t.shown()).toBe('Password: ');
    t.input.type('s3cr');
    t.input.type('et\r');
    expect(await line).toBe('s3cret');
    expect(t.input.raw).toEqual([true, false]);
    expect(t.input.paused).toBe(true);
    expect(t.shown()).toBe('Password: \n');
  });

  it('edits as a terminal line does: Backspace, Ctrl-U; arrow keys and controls are not part of it', async () => {
    const t = terminal();
    const line = readHiddenLine(t.input, t.prompt, '> ');
    t.input.type('wrong\x15pässw\x7fword\x1b[D\x1b[C\t!\r');
    expect(await line).toBe('pässword!');
  });

  it('cancels on Ctrl-C and still restores the terminal', async () => {
    const t = terminal();
    const line = readHiddenLine(t.input, t.prompt, '> ');
    t.input.type('abc\x03');
    await expect(line).rejects.toBeInstanceOf(PasswordCancelled);
    expect(t.input.raw).toEqual([true, false]);
  });
});

describe('readFirstLine (a pipe)', () => {
  it('gives the first line as soon as it is complete, across chunks, without CR', async () => {
    const input = new FakeInput();
    input.isTTY = false;
    const line = readFirstLine(input);
    input.emit('data', Buffer.from('pass wö'));
    input.emit('data', Buffer.from('rd\r\nsecond line\n'));
    expect(await line).toBe('pass wörd');
    expect(input.listenerCount('data')).toBe(0);
    expect(input.paused).toBe(true);
  });

  it('takes what there is at the end of input, and refuses a line without end', async () => {
    const short = new FakeInput();
    const a = readFirstLine(short);
    short.emit('data', Buffer.from('no newline'));
    short.emit('end');
    expect(await a).toBe('no newline');
    const endless = new FakeInput();
    const b = readFirstLine(endless);
    endless.emit('data', Buffer.alloc(70 * 1024, 0x61));
    await expect(b).rejects.toThrow('the first line of standard input is too long');
  });
});
