// Hostile strings a server (or a file given to decode) could send, and what reaches the terminal.
import { describe, expect, it } from 'vitest';
import { plainText, terminalJson } from '../../../main/cli/terminal.js';

const HOSTILE = {
  color: 'Eve\x1b[31;1m red\x1b[0m',
  clear: '\x1b[2J\x1b[Hscreen wiped',
  clipboard: 'copy\x1b]52;c;Y3VybCBldmlsLmV4YW1wbGV8c2g=\x07 done',
  title: '\x1b]0;fake title\x1b\\ok',
  bell: 'ding\x07\x07',
  c1: 'c1 csi \x9b31m and nel \x85 and st \x9c',
  bidi: 'invoice \u202efdp.exe\u202c and \u2066isolate\u2069',
  lineBreaks: 'first\r\nsecond\tthird',
};

describe('plainText (stderr lines)', () => {
  it.each(Object.entries(HOSTILE))('leaves nothing a terminal acts on: %s', (_name, text) => {
    const out = plainText(text);
    // eslint-disable-next-line no-control-regex -- the assertion is about control characters
    expect(out).not.toMatch(/[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
  });

  it('keeps the readable text, sequences removed whole', () => {
    expect(plainText(HOSTILE.color)).toBe('Eve red');
    expect(plainText(HOSTILE.clear)).toBe('screen wiped');
    expect(plainText(HOSTILE.clipboard)).toBe('copy done');
    expect(plainText(HOSTILE.title)).toBe('ok');
    expect(plainText(HOSTILE.bidi)).toBe('invoice fdp.exe and isolate');
    expect(plainText(HOSTILE.lineBreaks)).toBe('first second third');
    expect(plainText('Grüße, 你好, emoji 🎉')).toBe('Grüße, 你好, emoji 🎉');
  });
});

describe('terminalJson (stdout lines)', () => {
  it('writes the same JSON value with no raw control character in the text', () => {
    for (const text of Object.values(HOSTILE)) {
      const line = terminalJson({ name: text });
      // eslint-disable-next-line no-control-regex -- as above
      expect(line).not.toMatch(/[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2028\u2029\u2066-\u2069]/);
      expect(JSON.parse(line)).toEqual({ name: text });
    }
  });
});
