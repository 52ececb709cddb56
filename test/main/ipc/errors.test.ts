import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { BackendError, toIpcError } from '../../../main/ipc/errors.js';
import { UcwaError } from '../../../main/ucwa/errors.js';

describe('errors as data', () => {
  it('keeps the codes the UI tells apart, with a sentence', () => {
    expect(toIpcError(new UcwaError({ status: 0, code: 'Tls' }))).toEqual({
      code: 'Tls',
      message: "The server's security certificate could not be verified, so the connection was not made.",
    });
    expect(toIpcError(new UcwaError({ status: 401, code: 'Unauthorized' })).code).toBe('InvalidGrant');
    expect(toIpcError(new UcwaError({ status: 503, code: 'ServiceUnavailable' })).code).toBe(
      'ServiceFailure',
    );
    expect(toIpcError(new UcwaError({ status: 0, code: 'ServerNotFound' })).code).toBe('ServerNotFound');
  });

  it('a 412 that reaches the door carries a sentence, not the details the server sent (conflicts travel as data)', () => {
    const e = new UcwaError({
      status: 412,
      code: 'PreconditionFailed',
      details: { current: 'Blocked', etag: 'x' },
    });
    expect(toIpcError(e)).toEqual({ code: 'PreconditionFailed', message: expect.any(String) });
  });

  it('never passes on a stack, a cause or an unexpected message', () => {
    const logged: unknown[] = [];
    const log = { debug() {}, info() {}, warn() {}, error: (...a: unknown[]) => logged.push(a) };
    const e = new TypeError("Cannot read properties of undefined (reading 'token')");
    expect(toIpcError(e, log)).toEqual({ code: 'Internal', message: 'Something went wrong. Try again.' });
    expect(logged).toHaveLength(1);
    expect(toIpcError(new BackendError('NotSignedIn', 'Sign in first.'))).toEqual({
      code: 'NotSignedIn',
      message: 'Sign in first.',
    });
    const zod = z.object({ uri: z.string() }).safeParse({ uri: 1 });
    expect(!zod.success && toIpcError(zod.error)).toMatchObject({
      code: 'InvalidArgument',
      message: expect.stringContaining('uri'),
    });
  });
});
