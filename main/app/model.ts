// The live app model: one signed-in session, its event channel, and everything the UI and notifications read.
// Built from named parts (parts.ts): the session lifecycle (lifecycle.ts), snapshot and subscription scheduling
// (sync.ts) and the event router (eventRouter.ts). This file wires them and answers the model's public surface
// (types.ts): reads, and the user's own changes.
import type { ContactDetails, PrivacyLevel } from '../ipc/contract.js';
import { UcwaError, isUcwaError } from '../ucwa/errors.js';
import { isPrivacyLevel } from '../ucwa/privacyLevels.js';
import { Lifecycle } from './lifecycle.js';
import { createParts } from './parts.js';
import type { ModelParts } from './parts.js';
import type { ContactRecord } from './port.js';
import { setLevels } from './bulk.js';
import type { OwnChanges } from './bulk.js';
import type { AppModel, AppModelDeps, SetLevelResult } from './types.js';

export function createModel(deps: AppModelDeps): AppModel {
  const lifecycle = new Lifecycle(deps);
  const { clock, log, isUserActive } = deps.runtime;
  const parts = createParts({
    clock,
    log,
    historyStore: deps.historyStore,
    isUserActive,
    currentPort: () => lifecycle.currentPort(),
    session: () => lifecycle.session(),
    onUnknownContact: () => lifecycle.snapshotSoon(0),
  });
  lifecycle.bind(parts);
  const changes = ownChanges(parts);
  parts.contactList.useListedLevelSetter(changes.setLevel);

  return {
    signIn: (params) => lifecycle.signIn(params),
    signOut: (reason) => lifecycle.signOut(reason),
    dispose: () => lifecycle.dispose(),
    wake: () => lifecycle.wake(),
    getState: () => parts.state(),
    contacts: () => parts.directory.views(),
    contactDetails: (uri) => contactDetails(parts, uri),
    setLevel: changes.setLevel,
    resetLevel: changes.resetLevel,
    setLevels: (many, onProgress) =>
      setLevels(
        changes,
        () => parts.port(),
        many,
        onProgress,
        () => lifecycle.renewApplication(),
      ),
    history: () => parts.history.list(),
    invitations: () => parts.invitations.list(),
    dismissInvitations: (ids) => parts.invitations.dismiss(ids),
    contactList: parts.contactList,
    alerts: parts.alerts,
    on: (event, listener) => parts.emitter.on(event, listener),
    async settled() {
      for (let i = 0; i < 5; i++) {
        await lifecycle.drained();
        await parts.tracker.idle();
        await parts.presence.idle();
        await parts.contactList.idle();
        await parts.alerts.idle();
      }
    },
    stats: () => ({ ...parts.stats, backlog: lifecycle.backlog() }),
  };
}

function contactOrThrow(parts: ModelParts, uri: string): ContactRecord {
  const c = parts.directory.get(uri);
  if (c === undefined)
    throw new UcwaError({ status: 0, code: 'NotFound', subcode: 'ContactNotInList', retryable: false });
  return c;
}

/**
 * The user's own changes: reported as ours, and a conflict (412 or a stale view) returned as data. The contact keeps
 * the server's level until the change is confirmed (the tracker then reports it and the directory pushes it); what
 * the user chose shows at once in the window, which owns that optimistic level (renderer levelChanges).
 */
function ownChanges(parts: ModelParts): OwnChanges {
  const { directory, tracker } = parts;
  return {
    async setLevel(uri, level, expected, put): Promise<SetLevelResult> {
      const contact = contactOrThrow(parts, uri);
      const port = parts.port();
      const send = put ?? ((c: ContactRecord, l: PrivacyLevel) => port.setLevel(c, l));
      // The level the user saw is stale: someone else changed it meanwhile. Report, never overwrite.
      const known = tracker.level(uri) ?? contact.level;
      if (expected !== undefined && known !== expected) return { conflict: { current: known } };
      try {
        await tracker.ownChange(uri, level, () => send(contact, level));
        directory.changed(uri);
        return { level };
      } catch (error) {
        if (isUcwaError(error) && error.code === 'PreconditionFailed') {
          const current = error.details?.current;
          if (contact.relationshipHref !== undefined) tracker.onUpdated(contact.relationshipHref);
          if (isPrivacyLevel(current)) return { conflict: { current } };
        }
        throw error;
      }
    },
    async resetLevel(uri, reset): Promise<{ level: PrivacyLevel }> {
      const contact = contactOrThrow(parts, uri);
      const port = parts.port();
      const send = reset ?? ((c: ContactRecord) => port.resetLevel(c));
      await tracker.ownChange(uri, 'any', () => send(contact));
      directory.changed(uri);
      return { level: tracker.level(uri) ?? 'Unknown' };
    },
  };
}

async function contactDetails(parts: ModelParts, uri: string): Promise<ContactDetails> {
  const contact = contactOrThrow(parts, uri);
  const extras = await parts.port().contactDetails(contact);
  const view = parts.directory.view(uri);
  if (view === undefined) throw new UcwaError({ status: 0, code: 'NotFound' });
  return { ...view, office: contact.office, type: contact.type, ...extras };
}
