// Maps main/app's model onto the backend's AppModelPort (main/ipc/ports.ts): the contract's view types are the
// UI's, and this file is the one place that translates the model's own shapes into them.
import { createAppModel } from '../app/index.js';
import type { SessionState } from '../app/index.js';
import { UcwaError } from '../ucwa/errors.js';
import type { AppModelPort, ModelDeps, ModelEvents, ModelSession } from './ports.js';

function toSession(s: SessionState): ModelSession {
  return s.kind === 'connected' ? { kind: 'connected' } : s;
}

function conflict(current: ModelEvents['contacts']['upserts'][number]['level']): UcwaError {
  return new UcwaError({ status: 412, code: 'PreconditionFailed', details: { current } });
}

export function createDefaultModel(deps: ModelDeps): AppModelPort {
  const model = createAppModel({
    fetch: deps.fetch,
    clock: deps.clock,
    log: { debug: () => {}, info: deps.log.info, warn: deps.log.warn },
    historyStore: deps.historyStore,
    endpointId: deps.endpointId,
    format: deps.format,
    // The keyring keeps the token between runs: a valid one signs in without asking for the password.
    tokenStore: deps.tokenStore,
    ...(deps.isUserActive === undefined ? {} : { isUserActive: deps.isUserActive }),
  });
  // The keyring-backed password provider: asked again when the 8-hour token runs out (no refresh token in UCWA).
  const passwordProvider = async (): Promise<string> => {
    const password = await deps.passwordProvider();
    if (password === null) throw new UcwaError({ status: 401, code: 'Unauthorized' });
    return password;
  };

  return {
    async signIn(request) {
      await model.signIn({
        ...(request.discoverUrl === undefined ? {} : { discoverUrl: request.discoverUrl }),
        sipAddress: request.sipAddress,
        ...(request.password === undefined ? {} : { password: request.password }),
        passwordProvider,
      });
    },
    signOut: (reason) => model.signOut(reason),
    wake: () => model.wake(),
    session: () => toSession(model.getState().session),
    contacts: () => model.contacts(),
    contactCount: () => model.getState().contactCount,
    contactDetails: (uri) => model.contactDetails(uri),
    async setLevel(uri, level, expected) {
      // The level the user saw is stale: someone else changed it meanwhile. Report, never overwrite.
      const known = model.contacts().find((c) => c.uri === uri)?.level;
      if (expected !== undefined && known !== undefined && known !== expected) throw conflict(known);
      const result = await model.setLevel(uri, level);
      if ('conflict' in result) throw conflict(result.conflict.current);
      return result.level;
    },
    resetLevel: async (uri) => (await model.resetLevel(uri)).level,
    history: () => model.history(),
    invitations: () => model.invitations(),
    on(event, listener) {
      switch (event) {
        case 'session':
          return model.on('state', (state) =>
            (listener as (p: ModelSession) => void)(toSession(state.session)),
          );
        case 'contacts':
          return model.on('contacts', listener as (p: ModelEvents['contacts']) => void);
        case 'relationshipChanged':
          // `history` carries the full entry (with its id); `relationshipChanged` is the same change without it.
          return model.on('history', listener as (p: ModelEvents['relationshipChanged']) => void);
        case 'invitation': {
          const l = listener as (p: ModelEvents['invitation']) => void;
          const offs = [model.on('invitation', l), model.on('invitationEnded', l)];
          return () => offs.forEach((off) => off());
        }
      }
      return () => {};
    },
  };
}
