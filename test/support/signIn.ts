// Sign-in parameters for the app model in tests: the password method, with the password given as the provider the
// model asks each time it needs a token.
import type { SignInCredentials, SignInParams } from '../../main/app/index.js';

export function passwordOf(password: string): SignInCredentials {
  return { password: () => Promise.resolve(password) };
}

/** The simulator's own user, signing in with its password (or another one). */
export function simAccount(
  sim: { discoverUrl: string; user: string; password: string },
  password = sim.password,
): SignInParams {
  return { discoverUrl: sim.discoverUrl, sipAddress: sim.user, credentials: passwordOf(password) };
}
