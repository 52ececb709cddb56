// Restore: at start-up, sign in again without asking when settings name a server and a user who chose "Remember me",
// with the method they last signed in with (settings signInMethod): the password method when the keyring holds a
// remembered password or a still-valid token; the Windows account with the token or the Negotiator again; the
// organisation's page with the token, else the page's kept cookies, but never by opening the page unasked (that
// ends in "Sign in again with your organisation's page"). A failure ends in signedOut with the reason in words (and
// a notification that opens the window); a wrong remembered password is forgotten. session.ts runs it once.
import { toIpcError } from '../ipc/errors.js';
import { isUcwaError } from '../ucwa/errors.js';
import { passiveError } from '../ucwa/auth/passive.js';
import type { PassiveSignIn } from '../ucwa/auth/passive.js';
import { passiveSignInAgain } from '../words/passive.js';
import { restoreFailure } from '../words/session.js';
import { Account } from './account.js';
import type { SessionDeps } from './session.js';
import { resolveDiscoverUrl, serverLabel } from './serverAddress.js';
import { credentialsFor } from './windowsAuth.js';

/** What restore needs of the session service. */
export interface RestoreHost {
  /** Nobody signed in (or started the demo) meanwhile and the app is not quitting: restore may go ahead. */
  idle(): boolean;
  /** Another sign-in replaced this one, or the app is quitting: a failure of this one is nobody's business. */
  superseded(): boolean;
  /** Sign the account in (the session service's one way in). */
  start(account: Account): Promise<void>;
  /** End in signedOut with `reason`, told to the user (the sign-in they did not ask for failed). */
  signedOut(reason: string): Promise<void>;
}

type RestoreDeps = Pick<
  SessionDeps,
  | 'settings'
  | 'keyring'
  | 'runtime'
  | 'lastKnown'
  | 'tags'
  | 'trustedDomains'
  | 'windowsAuth'
  | 'passiveSignIn'
>;

/** The passive page at start-up: its cookies may buy a token, but it is not opened unasked. */
function silentPage(deps: RestoreDeps): { passive?: PassiveSignIn; pageNeeded: () => boolean } {
  const page = deps.passiveSignIn?.(true);
  let needed = false;
  if (page === undefined) return { pageNeeded: () => false };
  const passive: PassiveSignIn = {
    fetch: page.fetch,
    open: () => {
      needed = true;
      return Promise.reject(passiveError('PassiveNotCompleted'));
    },
  };
  return { passive, pageNeeded: () => needed };
}

/** Sign in with what the keyring remembers, if anything. Never throws. */
export async function restoreSession(deps: RestoreDeps, host: RestoreHost): Promise<void> {
  const { settings, keyring } = deps;
  const s = settings.get();
  if (!s.user || s.serverAddress === null || !s.rememberPassword) return;
  const user = s.user;
  const [password, tokens] = await Promise.all([
    keyring.secrets.getPassword(user).catch(() => null),
    keyring.secrets.getTokens(user).catch(() => ({})),
  ]);
  const method = s.signInMethod;
  // The password method has nothing to sign in with but what the keyring holds; the others bring their own.
  if (method === 'password' && !password && Object.keys(tokens).length === 0) return;
  if (password) deps.runtime.log.rememberSecret?.(password);
  // The user signed in (or started the demo) while the keyring was read: theirs wins.
  if (!host.idle()) return;
  let account: Account | undefined;
  const page = silentPage(deps);
  try {
    const discoverUrl = resolveDiscoverUrl(s.serverAddress);
    account = new Account(
      {
        user,
        server: serverLabel(discoverUrl, user),
        discoverUrl,
        demo: false,
        method,
        credentials:
          method === 'password'
            ? undefined
            : credentialsFor(method, undefined, { windowsAuth: deps.windowsAuth, passive: page.passive }),
        remember: true,
        password: method === 'password' ? (password ?? null) : null,
        lastKnown: deps.lastKnown?.(user),
        tags: deps.tags?.(user),
        approvedHosts: s.trustedHosts,
        trustedDomains: deps.trustedDomains,
      },
      keyring,
    );
    await host.start(account);
  } catch (e) {
    if (host.superseded()) return;
    if (page.pageNeeded()) await host.signedOut(passiveSignInAgain());
    else await restoreFailed(deps, host, e, account, method === 'password' && Boolean(password));
  }
}

async function restoreFailed(
  deps: RestoreDeps,
  host: RestoreHost,
  e: unknown,
  account: Account | undefined,
  usedPassword: boolean,
): Promise<void> {
  const reason = restoreFailure(e, usedPassword, toIpcError(e).message);
  deps.runtime.log.warn('could not sign in with the remembered sign-in', { code: toIpcError(e).code });
  if (usedPassword && isUcwaError(e) && e.code === 'InvalidGrant') await account?.forgetPassword();
  await host.signedOut(reason);
}
