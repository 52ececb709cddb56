// The services behind the IPC handler table (main/ipc/handlers.ts): each request from the window, answered by the
// session service, the model of the current session, the pause and the state publisher.
import { BackendError, toIpcError } from '../ipc/errors.js';
import type { BackendServices } from '../ipc/handlers.js';
import type { PushHub } from '../ipc/pushHub.js';
import type { AppInfo, SettingsPort } from '../ipc/ports.js';
import { linksUnavailable, notSignedIn } from '../words/session.js';
import { alertOptionsOf } from './alertOptions.js';
import { createContactListServices } from './contactListServices.js';
import type { NotificationRouting } from './notificationRouting.js';
import type { PauseService } from './pause.js';
import type { SessionService } from './session.js';
import type { StatePublisher } from './statePublisher.js';

export function createServices(deps: {
  session: SessionService;
  publisher: StatePublisher;
  routing: NotificationRouting;
  pause: PauseService;
  settings: SettingsPort;
  hub: PushHub;
  openExternal?: (url: string) => Promise<void>;
  appInfo: AppInfo;
  /** The "Copy diagnostics" text, as it is now. */
  diagnostics: () => string;
}): BackendServices {
  const { session, publisher, routing, settings } = deps;
  const model = () => session.current;
  const signedIn = () => {
    if (!session.isSignedIn()) throw new BackendError('NotSignedIn', notSignedIn());
    return model();
  };
  const answered = async (work: Promise<void>) => {
    await work;
    publisher.publish();
    return publisher.state();
  };
  return {
    ready() {
      const state = publisher.state();
      publisher.delivered(state);
      deps.hub.markReady();
      return state;
    },
    signIn: (args) => answered(session.signIn(args)),
    signInMethods: async (args) => ({ methods: await session.signInMethods(args) }),
    tryDemo: () => answered(session.tryDemo()),
    signOut: () => answered(session.signOut()),
    forgetAccount: () => answered(session.signOut(true)),
    retryNow() {
      model().wake();
      return publisher.state();
    },
    about: () => ({ ...deps.appInfo, ...session.accountInfo() }),
    contacts: () => model().contacts(),
    contactDetails: async (uri) => signedIn().contactDetails(uri),
    setLevel: async (uri, level, expected) => signedIn().setLevel(uri, level, expected),
    resetLevel: async (uri) => (await signedIn().resetLevel(uri)).level,
    async setMany(changes) {
      const model = signedIn();
      const progress = (done: number, total: number): void =>
        deps.hub.push('privacy:progress', { done, total });
      const results = await model.setLevels(changes, progress);
      return {
        results: results.map((r) =>
          'error' in r ? { uri: r.uri, ok: false, error: toIpcError(r.error) } : r,
        ),
      };
    },
    diagnostics: () => deps.diagnostics(),
    history: () => model().history(),
    markSeen() {
      routing.markSeen();
      return publisher.state();
    },
    invitations: () => model().invitations(),
    dismissInvitations: (ids) => model().dismissInvitations(ids),
    settings: () => publisher.settings(),
    updateSettings(patch) {
      settings.update(patch);
      // Read back: a value the organisation set wins over the patch.
      if (patch.statusAlertsIncludeAway !== undefined)
        session.current.alerts.setOptions(alertOptionsOf(settings.get()));
      publisher.publishSettings();
      return publisher.settings();
    },
    pause: (what) => deps.pause.set(what),
    contactList: createContactListServices({ session, hub: deps.hub }),
    async openExternal(url) {
      if (!deps.openExternal) throw new BackendError('NotAvailable', linksUnavailable());
      await deps.openExternal(url);
    },
  };
}
