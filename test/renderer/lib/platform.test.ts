// The platform the page reads from its query: only the values main passes count, anything else is unknown.
import { describe, expect, it } from 'vitest';
import { platformOf } from '../../../renderer/src/lib/platform.js';

describe('platformOf', () => {
  it('reads the platform main put in the query', () => {
    expect(platformOf('?platform=darwin')).toBe('darwin');
    expect(platformOf('?platform=win32')).toBe('win32');
    expect(platformOf('?platform=linux')).toBe('linux');
  });

  it('treats a missing or unexpected value as unknown', () => {
    expect(platformOf('')).toBe('unknown');
    expect(platformOf('?platform=%3Cscript%3E')).toBe('unknown');
    expect(platformOf('?platform=darwin2')).toBe('unknown');
  });
});
