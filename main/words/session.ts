// Sentences about the session as a whole (the backend's session service speaks in codes and calls these).
import { m } from '../i18n/index.js';
import { isUcwaError } from '../ucwa/errors.js';

/** Why a silent sign-in at start failed, for the banner and the notification; `said` is the error in words. */
export function restoreFailure(e: unknown, usedPassword: boolean, said: string): string {
  if (isUcwaError(e)) {
    if (usedPassword && e.code === 'InvalidGrant') return m.session_saved_password_refused();
    // No password to fall back on, and the stored token was refused or ran out.
    if (!usedPassword && (e.code === 'InvalidGrant' || e.code === 'Unauthorized')) {
      return m.session_saved_sign_in_expired();
    }
  }
  return m.session_restore_failed({ said });
}

export const notSignedIn = (): string => m.session_not_signed_in();
export const demoServerLabel = (): string => m.session_demo_server();

/** 409 PGetReplaced: another copy of the app took over the same application (reference §3.6). */
export const replacedReason = (): string => m.session_replaced();

/** What is wrong with the server address the user typed (main/backend/serverAddress.ts). */
export type ServerAddressProblem = 'notHost' | 'invalid' | 'plainHttp' | 'needsHttps';

export function serverAddressProblem(problem: ServerAddressProblem): string {
  switch (problem) {
    case 'notHost':
      return m.session_address_not_host();
    case 'invalid':
      return m.session_address_invalid();
    case 'plainHttp':
      return m.session_address_plain_http();
    case 'needsHttps':
      return m.session_address_needs_https();
  }
}

/** The shell gave the backend no way to open a link (a test or a headless run). */
export const linksUnavailable = (): string => m.session_links_unavailable();
export const passiveUnavailable = (): string => m.signin_passive_unavailable();
