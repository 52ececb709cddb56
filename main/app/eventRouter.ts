// Where each event of the event channel goes, keyed by its sender's rel and its own rel (reference §3.3). An event
// nobody handles is ignored: servers send more than this app needs.
import type { UcwaEvent } from '../ucwa/eventChannelBatch.js';
import { stringProp } from '../ucwa/representation/model.js';
import { isGroupKind } from '../ucwa/groupKinds.js';
import { asAvailability } from './directory.js';
import { invitationKind } from './invitations.js';
import type { ModelParts } from './parts.js';
import type { SessionSync } from './sync.js';
import { CONTACT_LIST_SETTLE_MS } from './sync.js';

const GROUP_RELS = [
  'group',
  'defaultGroup',
  'pinnedGroup',
  'delegatesGroup',
  'delegatorsGroup',
  'myOrganizationGroup',
  'distributionGroup',
] as const;

type Handler = (event: UcwaEvent) => void | Promise<void>;
type Routes = Readonly<Record<string, Readonly<Record<string, Handler>>>>;

export function createEventRouter(parts: ModelParts, sync: SessionSync): (event: UcwaEvent) => Promise<void> {
  const { tracker, directory, presence, subscriptions, invitations, contactList, alerts, log } = parts;

  const people: Record<string, Handler> = {
    contactPrivacyRelationship(event) {
      if (event.type === 'updated') tracker.onUpdated(event.link.href, event.in?.href);
    },
    contactPresence(event) {
      if (event.type !== 'updated') return;
      const uri =
        directory.uriOf(event.link.href) ??
        (event.in?.href ? directory.uriOf(event.in.href) : undefined) ??
        alerts.uriOf(event.link.href, event.in?.href);
      if (uri === undefined || event.resource === undefined) {
        presence.mark(event.link.href); // no data in the event: fetch it (bursts coalesce)
        return;
      }
      const props = event.resource.properties;
      directory.setPresence(uri, asAvailability(props.availability), stringProp(event.resource, 'activity'));
      alerts.observe(uri, props.availability, stringProp(event.resource, 'activity'));
    },
    presenceSubscription(event) {
      if (event.type !== 'updated') return;
      if (alerts.owns(event.link.href)) return alerts.onExpiring();
      return sync.keepSubscribed(() => subscriptions.onExpiring('presence', event.link.href));
    },
    myContactsAndGroupsSubscription(event) {
      if (event.type !== 'updated') return;
      return sync.keepSubscribed(() => subscriptions.onExpiring('contactsAndGroups', event.link.href));
    },
    contact(event) {
      // The contact list changed (not a presence subscription's member list): one snapshot for the burst.
      const listChange = event.type === 'added' || event.type === 'deleted';
      if (listChange && event.in?.rel !== 'subscribedContacts') sync.scheduleSnapshot(CONTACT_LIST_SETTLE_MS);
      // Joined or left a group: the groups are read again too.
      if (event.in !== undefined && isGroupKind(event.in.rel)) contactList.onEvent(event);
      // Someone tagged whom the model cannot name yet: read before the presence event that follows.
      if (event.type === 'added' && event.in?.rel === 'subscribedContacts')
        return alerts
          .onSubscribedContact(event.link.href)
          .catch((error: unknown) =>
            log.info('a subscribed contact could not be read', { error: String(error) }),
          );
    },
  };
  // A group added, renamed or deleted (myGroups), of any kind.
  for (const rel of GROUP_RELS) people[rel] = (event) => contactList.onEvent(event);

  const communication = async (event: UcwaEvent): Promise<void> => {
    if (invitationKind(event.link.rel) === undefined) return;
    try {
      await invitations.onEvent(event);
    } catch (error) {
      log.warn('invitation could not be read', { error: String(error) });
    }
  };

  const routes: Routes = { people };
  return async (event) => {
    if (event.sender.rel === 'communication') return communication(event);
    // Rels are the server's: `constructor` or `toString` must not find Object.prototype's members.
    const bySender = Object.hasOwn(routes, event.sender.rel) ? routes[event.sender.rel] : undefined;
    const handler =
      bySender && Object.hasOwn(bySender, event.link.rel) ? bySender[event.link.rel] : undefined;
    await handler?.(event);
  };
}
