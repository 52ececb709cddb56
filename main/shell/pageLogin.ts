// The organisation's sign-in page meeting a server that asks for a Windows account: HTTP NTLM or Negotiate, which
// Chromium answers by itself on a domain PC but must ask for elsewhere (Linux, macOS, a PC outside the domain; ADFS's
// Windows Integrated Authentication on the intranet). Electron asks through `login`, and its default is to cancel.
// Answered only for the server of the page the window is loading (the pool's page, or where it sent the user: an
// https server, the one the window's title then shows), never for a proxy, never for Basic (a password in the
// clear), with the account the user typed for this sign-in, once: a second ask means the server refused it.
// Without a typed account the sign-in ends, and the sign-in form asks for the Windows user name and password.
import type { NtlmAccount } from '../ucwa/auth/ntlm.js';
import { sameHost } from '../ucwa/urls.js';
import type { LoginAuthInfo, LoginCallback } from './integratedAuth.js';

export type PageLoginAnswer =
  /** Give the typed account. */
  | { answer: 'account'; account: NtlmAccount }
  /** Not one to answer (a proxy, Basic, another server): refused, the page shows the server's refusal. */
  | { answer: 'refuse' }
  /** The page's server wants a Windows account and none was typed: end the sign-in, the form asks for one. */
  | { answer: 'needsAccount' }
  /** The page's server asked again after the typed account was given: it refused it. */
  | { answer: 'accountRefused' };

/** `login` asked by the page loading `target`: what to answer, given the typed account and whether it went already. */
export function pageLoginAnswer(
  authInfo: LoginAuthInfo,
  target: URL,
  account: NtlmAccount | undefined,
  alreadyAnswered: boolean,
): PageLoginAnswer {
  const defaultPort = target.protocol === 'https:' ? 443 : 80;
  const samePlace =
    sameHost(authInfo.host, target.hostname) && authInfo.port === Number(target.port || defaultPort);
  if (authInfo.isProxy || !/^(ntlm|negotiate)$/i.test(authInfo.scheme) || !samePlace)
    return { answer: 'refuse' };
  if (account === undefined) return { answer: 'needsAccount' };
  return alreadyAnswered ? { answer: 'accountRefused' } : { answer: 'account', account };
}

/** Who answers `login` for one sign-in window's page. */
export type PageLoginHandler = (authInfo: LoginAuthInfo, callback: LoginCallback) => void;

const handlers = new WeakMap<object, PageLoginHandler>();

export function handlePageLogin(contents: object, handler: PageLoginHandler): void {
  handlers.set(contents, handler);
}

export interface SignInPage {
  /** The page the window is loading now (its first URL, then each navigation or redirect it was let through to). */
  target: () => URL;
  /** The Windows account typed for this sign-in, if any. */
  account: NtlmAccount | undefined;
  log: (message: string, data?: Record<string, unknown>) => void;
  /** The sign-in cannot go on: the form must ask for an account, or the one given was refused. */
  end: (answer: 'needsAccount' | 'accountRefused', host: string) => void;
}

/** Answers the `login` of one sign-in window's page (passiveWindow.ts) as pageLoginAnswer decides, the account once. */
export function answerPageLogins(contents: object, page: SignInPage): void {
  let answered = false;
  handlePageLogin(contents, (authInfo, callback) => {
    const decision = pageLoginAnswer(authInfo, page.target(), page.account, answered);
    if (decision.answer === 'account') {
      answered = true;
      callback(decision.account.username, decision.account.password);
      return;
    }
    callback();
    page.log(`the sign-in page's server asked for an account: ${decision.answer}`, { host: authInfo.host });
    if (decision.answer !== 'refuse') page.end(decision.answer, authInfo.host);
  });
}

/** Answers app `login` for a sign-in window's page: true when `contents` is one (answered here, either way). */
export function answerPageLogin(
  contents: object | null,
  authInfo: LoginAuthInfo,
  callback: LoginCallback,
): boolean {
  const handler = contents === null ? undefined : handlers.get(contents);
  if (handler === undefined) return false;
  handler(authInfo, callback);
  return true;
}
