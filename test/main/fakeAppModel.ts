// A small in-memory stand-in for the app model (AppModelPort), for backend tests that are about the backend's
// own decisions (pause, burst, own changes, error mapping) rather than the protocol. The simulator-backed tests
// in backend.sim.test.ts use the real model.
import type { ChangeEntry, ContactView, InvitationView, PrivacyLevel } from '../../main/ipc/contract.js';
import type { AppModelPort, ModelDeps, ModelEvents, ModelSession } from '../../main/ipc/ports.js';
import { UcwaError } from '../../main/ucwa/errors.js';

export interface FakeModel extends AppModelPort {
  deps: ModelDeps;
  /** As if someone changed the level elsewhere. */
  changeElsewhere(uri: string, to: PrivacyLevel): void;
  invite(invitation: InvitationView): void;
  setSession(session: ModelSession): void;
  signOutCalls: number;
}

export function contact(uri: string, name: string, level: PrivacyLevel = 'Colleagues'): ContactView {
  return {
    uri,
    name,
    emailAddresses: [],
    availability: 'Online',
    level,
    autoLevel: 'Colleagues',
    canSetLevel: true,
    canResetLevel: true,
  };
}

export function fakeModelFactory(initial: ContactView[] = [contact('sip:alex@contoso.com', 'Alex Doe')]) {
  const made: FakeModel[] = [];
  const factory = (deps: ModelDeps): FakeModel => {
    const listeners = new Map<keyof ModelEvents, Set<(p: never) => void>>();
    const emit = <E extends keyof ModelEvents>(event: E, payload: ModelEvents[E]) => {
      for (const l of listeners.get(event) ?? []) (l as (p: ModelEvents[E]) => void)(payload);
    };
    let session: ModelSession = { kind: 'signedOut' };
    let contacts: ContactView[] = [];
    const history: ChangeEntry[] = [];
    let seq = 0;
    const record = (uri: string, to: PrivacyLevel, ours: boolean) => {
      const c = contacts.find((x) => x.uri === uri);
      if (!c) throw new UcwaError({ status: 404, code: 'NotFound' });
      const entry: ChangeEntry = {
        id: String(seq++),
        at: deps.clock.now(),
        contact: { uri, name: c.name },
        from: c.level,
        to,
        ours,
      };
      c.level = to;
      history.push(entry);
      emit('contacts', { reset: false, upserts: [{ ...c }], removed: [] });
      emit('relationshipChanged', entry);
    };
    const setSession = (s: ModelSession) => {
      session = s;
      emit('session', s);
    };
    const model: FakeModel = {
      deps,
      signOutCalls: 0,
      async signIn(p) {
        setSession({ kind: 'signingIn', step: 'authenticating' });
        if (p.password !== 'demo') {
          setSession({ kind: 'signedOut' });
          throw new UcwaError({ status: 400, code: 'InvalidGrant' });
        }
        contacts = initial.map((c) => ({ ...c }));
        emit('contacts', { reset: true, upserts: contacts.map((c) => ({ ...c })), removed: [] });
        setSession({ kind: 'connected' });
      },
      async signOut(reason) {
        model.signOutCalls += 1;
        contacts = [];
        setSession(reason === undefined ? { kind: 'signedOut' } : { kind: 'signedOut', reason });
      },
      wake() {},
      session: () => session,
      contacts: () => contacts.map((c) => ({ ...c })),
      contactCount: () => contacts.length,
      async contactDetails(uri) {
        const c = contacts.find((x) => x.uri === uri);
        if (!c) throw new UcwaError({ status: 404, code: 'NotFound' });
        return { ...c, phones: [], modalities: [] };
      },
      async setLevel(uri, level, expected) {
        const c = contacts.find((x) => x.uri === uri);
        if (c && expected !== undefined && c.level !== expected) {
          throw new UcwaError({ status: 412, code: 'PreconditionFailed', details: { current: c.level } });
        }
        record(uri, level, true);
        return level;
      },
      async resetLevel(uri) {
        record(uri, 'Colleagues', true);
        return 'Colleagues';
      },
      history: () => [...history],
      invitations: () => [],
      on(event, listener) {
        let set = listeners.get(event);
        if (!set) listeners.set(event, (set = new Set()));
        set.add(listener as (p: never) => void);
        return () => set.delete(listener as (p: never) => void);
      },
      changeElsewhere: (uri, to) => record(uri, to, false),
      invite: (invitation) => emit('invitation', invitation),
      setSession,
    };
    made.push(model);
    return model;
  };
  return { factory, made };
}
