// Incoming invitations (messaging, audio/video, phone): who is calling, on whose behalf, and how it ended.
// The parties behind `onBehalfOf`/`delegator` links are fetched through the port; the last 100 are kept, less
// those the user dismissed (for every window, and for the session's life: a reloaded window does not see them).
import type { InvitationView } from '../ipc/contract.js';
import type { UcwaEvent } from '../ucwa/eventChannelBatch.js';
import { embeddedOne, stringProp } from '../ucwa/representation/model.js';
import type { ProtocolPort } from './port.js';
import { hrefKey } from './relationships.js';

const KEEP = 100;

const KINDS: Readonly<Record<string, InvitationView['kind']>> = {
  messagingInvitation: 'messaging',
  audioVideoInvitation: 'audioVideo',
  phoneAudioInvitation: 'phoneAudio',
};

export function invitationKind(rel: string): InvitationView['kind'] | undefined {
  // The rel is the server's: `constructor` or `toString` must not find Object.prototype's members.
  return Object.hasOwn(KINDS, rel) ? KINDS[rel] : undefined;
}

/** How an invitation ended, from the `completed` event's status and reason (simulator and real server wording). */
export function endingOf(event: UcwaEvent): Exclude<InvitationView['state'], 'ringing'> {
  const sub = `${event.reason?.subcode ?? ''} ${event.reason?.code ?? ''}`.toLowerCase();
  if (sub.includes('elsewhere') || event.resource?.links.acceptedByContact !== undefined)
    return 'acceptedElsewhere';
  if (event.status === 'Success') return 'accepted';
  if (sub.includes('declin')) return 'declined';
  if (
    sub.includes('miss') ||
    sub.includes('noanswer') ||
    sub.includes('timeout') ||
    sub.includes('timedout')
  ) {
    return 'missed';
  }
  return 'cancelled';
}

export class Invitations {
  private byHref = new Map<string, InvitationView>();
  /** The dismissed ones' hrefs: a repeated `started` event for one of them does not bring it back. */
  private dismissed = new Set<string>();
  private seq = 0;

  constructor(
    private readonly port: () => ProtocolPort,
    private readonly now: () => number,
    /** A new invitation, or one that ended (its `state` says which). */
    private readonly emit: (view: InvitationView) => void,
    /** The name "People I manage calls for" (the delegators group) gives someone, if they are in it. */
    private readonly delegatorName: (uri: string) => Promise<string | undefined> = async () => undefined,
  ) {}

  /** A call on behalf of someone names them as the delegators group does (the invitation may give only a URI). */
  private async named(party: InvitationView['onBehalfOf']): Promise<InvitationView['onBehalfOf']> {
    if (party === null) return null;
    const name = await this.delegatorName(party.uri).catch(() => undefined);
    return name === undefined || name === '' ? party : { ...party, name };
  }

  list(): InvitationView[] {
    return [...this.byHref.values()].map((v) => ({ ...v }));
  }

  /** Drop these invitations (by id; an unknown id is ignored): what is left, as `list` gives it. */
  dismiss(ids: readonly string[]): InvitationView[] {
    const gone = new Set(ids);
    for (const [key, view] of this.byHref) {
      if (!gone.has(view.id)) continue;
      this.byHref.delete(key);
      this.dismissed.add(key);
    }
    // Bounded like the list: the oldest dismissed hrefs go first (a Set iterates in insertion order).
    for (const key of this.dismissed) {
      if (this.dismissed.size <= KEEP) break;
      this.dismissed.delete(key);
    }
    return this.list();
  }

  clear(): void {
    this.byHref.clear();
    this.dismissed.clear();
  }

  async onEvent(event: UcwaEvent): Promise<void> {
    const kind = invitationKind(event.link.rel);
    if (kind === undefined) return;
    const key = hrefKey(event.link.href);
    if (event.type === 'started') {
      if (this.byHref.has(key) || this.dismissed.has(key)) return; // a repeated event
      const resource = event.resource ?? (await this.port().get(event.link.href));
      if (stringProp(resource, 'direction') === 'Outgoing') return;
      const parties = await this.port().invitationParties(resource);
      const fromEmbedded = embeddedOne(resource, 'from');
      const from = parties.from ?? {
        uri: (fromEmbedded && stringProp(fromEmbedded, 'uri')) ?? '',
        name: (fromEmbedded && stringProp(fromEmbedded, 'name')) ?? 'Someone',
      };
      const subject = stringProp(resource, 'subject');
      const view: InvitationView = {
        id: `inv-${(this.seq++).toString(36)}`,
        kind,
        from,
        onBehalfOf: await this.named(parties.onBehalfOf),
        delegator: await this.named(parties.delegator),
        receivedAt: this.now(),
        state: 'ringing',
        subject: subject === '' ? undefined : subject,
      };
      this.byHref.set(key, view);
      while (this.byHref.size > KEEP) {
        const oldest = this.byHref.keys().next().value;
        if (oldest === undefined) break;
        this.byHref.delete(oldest);
      }
      this.emit({ ...view });
      return;
    }
    if (event.type === 'completed' || event.type === 'deleted') {
      const view = this.byHref.get(key);
      if (view === undefined || view.state !== 'ringing') return;
      view.state = event.type === 'deleted' ? 'cancelled' : endingOf(event);
      view.endedAt = this.now();
      this.emit({ ...view });
    }
  }
}
