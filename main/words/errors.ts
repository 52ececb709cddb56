// Any error in the user's words. The protocol layer (main/ucwa/errors.ts) says what happened as a code, a subcode and
// data; this is the one place those become a sentence, in the language main/i18n is set to. Server text is never
// shown: the code says what happened.
import { m } from '../i18n/index.js';
import { discoveryFailure } from './discovery.js';
import { isUcwaError } from '../ucwa/errors.js';
import type { UcwaErrorCode } from '../ucwa/errors.js';

const SENTENCES: Readonly<Record<UcwaErrorCode, () => string>> = {
  Network: () => m.error_network(),
  Timeout: () => m.error_timeout(),
  Tls: () => m.error_tls(),
  Aborted: () => m.error_aborted(),
  InvalidGrant: () => m.error_invalid_grant(),
  AccountLocked: () => m.error_account_locked(),
  Unauthorized: () => m.error_unauthorized(),
  ServerNotFound: () => m.error_server_not_found(),
  InsecureUrl: () => m.error_insecure_url(),
  MalformedResponse: () => m.error_malformed_response(),
  ResponseTooLarge: () => m.error_response_too_large(),
  NotAvailable: () => m.error_not_available(),
  HttpError: () => m.error_http_error(),
  BadRequest: () => m.error_bad_request(),
  ClientTimeout: () => m.error_client_timeout(),
  Conflict: () => m.error_conflict(),
  EntityTooLarge: () => m.error_entity_too_large(),
  ExchangeServiceFailure: () => m.error_exchange_service_failure(),
  Forbidden: () => m.error_forbidden(),
  GatewayTimeout: () => m.error_gateway_timeout(),
  Gone: () => m.error_gone(),
  Informational: () => m.error_informational(),
  LocalFailure: () => m.error_local_failure(),
  MethodNotAllowed: () => m.error_method_not_allowed(),
  NotAcceptable: () => m.error_not_acceptable(),
  NotFound: () => m.error_not_found(),
  PreconditionFailed: () => m.error_precondition_failed(),
  PreconditionRequired: () => m.error_precondition_required(),
  RemoteFailure: () => m.error_remote_failure(),
  ServiceFailure: () => m.error_service_failure(),
  ServiceUnavailable: () => m.error_service_unavailable(),
  TooManyRequests: () => m.error_too_many_requests(),
  UnsupportedMediaType: () => m.error_unsupported_media_type(),
};

/** What the user can do about a certificate, by the kind main/ucwa/failures.ts found (none for the other kinds). */
const CERTIFICATE_HINTS: ReadonlyMap<string, () => string> = new Map([
  ['CertificateAuthorityInvalid', () => m.error_certificate_authority()],
  ['CertificateDateInvalid', () => m.error_certificate_date()],
  ['CertificateNameInvalid', () => m.error_certificate_name()],
  ['CertificateRevoked', () => m.error_certificate_revoked()],
]);

/** The sentence the UI shows for any error (UcwaError or not). */
export function toUserMessage(e: unknown): string {
  if (!isUcwaError(e)) return m.error_something_went_wrong();
  const discovery = discoveryFailure(e);
  if (discovery !== undefined) return discovery;
  if (e.code === 'Gone' && e.subcode === 'TooManyApplications') return m.error_too_many_applications();
  if (e.code === 'NotFound' && e.subcode === 'ContactNotInList') return m.error_contact_not_in_list();
  if (e.code === 'MalformedResponse' && e.subcode === 'NoAnswerForChange')
    return m.error_no_answer_for_change();
  const sentence = SENTENCES[e.code]();
  const hint = e.code === 'Tls' && e.subcode !== undefined ? CERTIFICATE_HINTS.get(e.subcode) : undefined;
  return hint === undefined ? sentence : `${sentence} ${hint()}`;
}

/** A request over IPC that failed its schema; `detail` says which field and how (zod's words, for a developer). */
export const invalidRequest = (detail: string): string => m.error_invalid_request({ detail });

/** Something no one foresaw went wrong in a handler (logged there); the user only learns to try again. */
export const internalError = (): string => m.error_internal();

/** A request from something other than the app's own window (IPC's first check). */
export const foreignSender = (): string => m.error_foreign_sender();

/** A request on a channel the contract does not have. */
export const unknownRequest = (): string => m.error_unknown_request();
