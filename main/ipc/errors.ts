// Turning anything a handler throws into the contract's error-as-data: `{code, message}` with a sentence fit to
// show a user. Stack traces, causes and server internals never cross IPC; unexpected errors are logged here.
import { ZodError } from 'zod';
import { isUcwaError } from '../ucwa/errors.js';
import { refusalOf } from '../ucwa/trust.js';
import { errorMessage } from '../words/trust.js';
import type { UcwaError } from '../ucwa/errors.js';
import type { IpcError, IpcErrorCode } from './contract.js';
import { contactListFailure } from '../words/contactList.js';
import { internalError, invalidRequest } from '../words/errors.js';
import type { Logger } from './ports.js';

/** An error the backend raises itself (not signed in, insecure server address, ...). Its message is user-fit. */
export class BackendError extends Error {
  readonly code: IpcError['code'];
  constructor(code: IpcError['code'], message: string) {
    super(message);
    this.name = 'BackendError';
    this.code = code;
  }
}

/** UcwaError codes the UI tells apart under a contract code of its own; the rest pass through by name. */
const UCWA_TO_IPC: Partial<Record<UcwaError['code'], IpcErrorCode>> = {
  Unauthorized: 'InvalidGrant',
  ClientTimeout: 'Timeout',
  GatewayTimeout: 'Timeout',
  ServiceUnavailable: 'ServiceFailure',
  ExchangeServiceFailure: 'ServiceFailure',
  MethodNotAllowed: 'NotAvailable',
  Gone: 'NotSignedIn',
};

/** Refusals the sign-in form answers by asking for a Windows user name and password (the pool's, or its page's). */
const ASKS_FOR_ACCOUNT: ReadonlySet<string> = new Set(['NtlmNeedsAccount', 'PassivePageNeedsAccount']);

export function invalidArgument(error: ZodError): IpcError {
  const first = error.issues[0];
  const where = first && first.path.length > 0 ? `${first.path.join('.')}: ` : '';
  return {
    code: 'InvalidArgument',
    message: invalidRequest(`${where}${first?.message ?? 'bad value'}`),
  };
}

export function toIpcError(e: unknown, log?: Logger): IpcError {
  if (e instanceof BackendError) return { code: e.code, message: e.message };
  if (e instanceof ZodError) return invalidArgument(e);
  const refused = refusalOf(e);
  if (refused?.code === 'UntrustedHost') {
    const origin = isUcwaError(e) && typeof e.details?.origin === 'string' ? e.details.origin : undefined;
    return { code: 'UntrustedHost', message: errorMessage(e), host: origin };
  }
  if (isUcwaError(e)) {
    const error = { code: UCWA_TO_IPC[e.code] ?? e.code, message: contactListFailure(e) ?? errorMessage(e) };
    return e.subcode !== undefined && ASKS_FOR_ACCOUNT.has(e.subcode)
      ? { ...error, needsAccount: true }
      : error;
  }
  log?.error('unexpected error in an IPC handler', {
    name: e instanceof Error ? e.name : typeof e,
    message: e instanceof Error ? e.message : String(e),
  });
  return { code: 'Internal', message: internalError() };
}
