// A small in-memory stand-in for the app model (main/app's AppModel), for backend tests that are about the backend's
// own decisions (pause, burst, own changes, error mapping) rather than the protocol. The simulator-backed tests
// in backend.sim.test.ts use the real model.
import type { AppEvents, AppModel, AppModelOptions, SessionState } from '../../main/app/index.js';
import { runtimeOf } from '../../main/app/index.js';
import type { ChangeEntry, ContactView, InvitationView, PrivacyLevel } from '../../main/ipc/contract.js';
import { ContactListModel } from '../../main/app/contactList.js';
import { Directory } from '../../main/app/directory.js';
import { StatusAlerts } from '../../main/app/statusAlerts.js';
import { UcwaError } from '../../main/ucwa/errors.js';
import { silentLogger } from '../../main/ucwa/log.js';

export interface FakeModel extends AppModel {
  options: AppModelOptions;
  /** As if someone changed the level elsewhere. */
  changeElsewhere(uri: string, to: PrivacyLevel): void;
  invite(invitation: InvitationView): void;
  setSession(session: SessionState): void;
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
  const factory = (options: AppModelOptions): FakeModel => {
    const { clock } = runtimeOf(options.runtime);
    const listeners = new Map<keyof AppEvents, Set<(p: never) => void>>();
    const emit = <E extends keyof AppEvents>(event: E, payload: AppEvents[E]) => {
      for (const l of listeners.get(event) ?? []) (l as (p: AppEvents[E]) => void)(payload);
    };
    let session: SessionState = { kind: 'signedOut' };
    let contacts: ContactView[] = [];
    const history: ChangeEntry[] = [];
    let seq = 0;
    const record = (uri: string, to: PrivacyLevel, ours: boolean) => {
      const c = contacts.find((x) => x.uri === uri);
      if (!c) throw new UcwaError({ status: 404, code: 'NotFound' });
      const entry: ChangeEntry = {
        id: String(seq++),
        at: clock.now(),
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
    const setSession = (s: SessionState) => {
      session = s;
      emit('state', { session: s, user: null, contactCount: contacts.length });
    };
    const model: FakeModel = {
      options,
      signOutCalls: 0,
      async signIn(p) {
        setSession({ kind: 'signingIn', step: 'authenticating' });
        if ((await p.credentials.password?.().catch(() => null)) !== 'demo') {
          setSession({ kind: 'signedOut' });
          throw new UcwaError({ status: 400, code: 'InvalidGrant' });
        }
        contacts = initial.map((c) => ({ ...c }));
        emit('contacts', { reset: true, upserts: contacts.map((c) => ({ ...c })), removed: [] });
        setSession({ kind: 'connected', user: p.sipAddress });
      },
      async signOut(reason) {
        model.signOutCalls += 1;
        contacts = [];
        setSession(reason === undefined ? { kind: 'signedOut' } : { kind: 'signedOut', reason });
      },
      dispose() {},
      wake() {},
      getState: () => ({ session, user: null, contactCount: contacts.length }),
      contacts: () => contacts.map((c) => ({ ...c })),
      async contactDetails(uri) {
        const c = contacts.find((x) => x.uri === uri);
        if (!c) throw new UcwaError({ status: 404, code: 'NotFound' });
        return { ...c, phones: [], modalities: [] };
      },
      async setLevel(uri, level, expected) {
        const c = contacts.find((x) => x.uri === uri);
        if (c && expected !== undefined && c.level !== expected) return { conflict: { current: c.level } };
        record(uri, level, true);
        return { level };
      },
      async resetLevel(uri) {
        record(uri, 'Colleagues', true);
        return { level: 'Colleagues' as const };
      },
      async setLevels(changes) {
        return Promise.all(
          changes.map(async (c) => {
            const r =
              c.level === 'auto'
                ? await model.resetLevel(c.uri)
                : await model.setLevel(c.uri, c.level, c.expected);
            return 'conflict' in r
              ? { uri: c.uri, ok: false as const, ...r }
              : { uri: c.uri, ok: true as const, ...r };
          }),
        );
      },
      history: () => [...history],
      invitations: () => [],
      dismissInvitations: () => [],
      // No protocol behind this fake: the contact list reads as absent.
      contactList: new ContactListModel({
        clock,
        log: silentLogger,
        directory: new Directory(
          clock,
          () => undefined,
          () => {},
        ),
        levelOf: () => undefined,
        port: () => {
          throw new UcwaError({ status: 0, code: 'Unauthorized', retryable: false });
        },
      }),
      alerts: new StatusAlerts({
        clock,
        log: silentLogger,
        known: () => undefined,
        knownHref: () => false,
        port: () => {
          throw new UcwaError({ status: 0, code: 'Unauthorized', retryable: false });
        },
      }),
      settled: () => Promise.resolve(),
      stats: () => ({ reconnects: 0, snapshots: 0, backlog: 0 }),
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
