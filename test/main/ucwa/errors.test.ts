import { describe, expect, it } from 'vitest';
import { UcwaError, isUcwaError } from '../../../main/ucwa/errors.js';

describe('UcwaError', () => {
  it('isUcwaError and toJSON carry no stack', () => {
    const e = new UcwaError({ status: 403, code: 'Forbidden' });
    expect(isUcwaError(e)).toBe(true);
    expect(isUcwaError(new Error('x'))).toBe(false);
    expect(JSON.stringify(e)).not.toContain('at ');
    expect(e.toJSON()).toEqual({ status: 403, code: 'Forbidden', message: e.message, retryable: false });
  });

  it('speaks codes: without a message of its own, the message names the code (the words are main/words/errors.ts)', () => {
    expect(new UcwaError({ status: 0, code: 'Network' }).message).toBe('UCWA Network');
    expect(new UcwaError({ status: 410, code: 'Gone', subcode: 'TooManyApplications' }).message).toBe(
      'UCWA Gone (TooManyApplications)',
    );
  });
});
