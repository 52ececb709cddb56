// Restore: at start-up, sign in again without asking when settings name a server and a user and the keyring holds a
// remembered password or a still-valid token. A failure ends in signedOut with the reason in words (and a
// notification); a wrong remembered password is forgotten. The session service (session.ts) runs it once.
import { toIpcError } from '../ipc/errors.js';
import { isUcwaError } from '../ucwa/errors.js';
import { restoreFailure } from '../words/session.js';
import { Account } from './account.js';
import type { SessionDeps } from './session.js';
import { resolveDiscoverUrl, serverLabel } from './serverAddress.js';

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
  'settings' | 'keyring' | 'runtime' | 'lastKnown' | 'tags' | 'trustedDomains'
>;

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
  if (!password && Object.keys(tokens).length === 0) return;
  if (password) deps.runtime.log.rememberSecret?.(password);
  // The user signed in (or started the demo) while the keyring was read: theirs wins.
  if (!host.idle()) return;
  let account: Account | undefined;
  try {
    const discoverUrl = resolveDiscoverUrl(s.serverAddress);
    account = new Account(
      {
        user,
        server: serverLabel(discoverUrl, user),
        discoverUrl,
        demo: false,
        method: 'password',
        remember: true,
        password: password ?? null,
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
    await restoreFailed(deps, host, e, account, Boolean(password));
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
