// Incoming invitations (messaging, audio/video, phone audio), optionally on behalf of someone (delegation):
// `started` on every application, then `completed` when accepted, declined, cancelled, missed or answered elsewhere.
// Completion reasons use ErrorSubcode values: cancelled → Failure/RemoteFailure/Canceled, missed →
// Failure/RemoteFailure/Missed, acceptedElsewhere → Failure/Informational/ConnectedElsewhere, declined here →
// Failure/LocalFailure/Declined, accepted here → Success.
import { randomUUID } from 'node:crypto';
import type { Applications } from './applications.js';
import type { Directory } from './directory.js';
import { normaliseUri } from './directory.js';
import type { SimEvent } from './render.js';
import { type AppView, type Invitation, invitationHref, invitationRes } from './resources/index.js';
import type { InvitationSpec } from './types.js';

const RELS = {
  messaging: 'messagingInvitation',
  audioVideo: 'audioVideoInvitation',
  phoneAudio: 'phoneAudioInvitation',
} as const;

/** The modalities that carry each kind of invitation. */
const CARRIED_BY: Record<Invitation['rel'], readonly string[]> = {
  messagingInvitation: ['Messaging'],
  audioVideoInvitation: ['Audio', 'Video'],
  phoneAudioInvitation: ['PhoneAudio', 'Audio'],
};

function reachable(app: AppView, rel: Invitation['rel']): boolean {
  return app.madeAvailable && CARRIED_BY[rel].some((m) => app.modalities.includes(m));
}

export type Ending = 'cancelled' | 'acceptedElsewhere' | 'missed' | 'declined' | 'accepted';

const ENDINGS: Record<Ending, Pick<SimEvent, 'status' | 'reason'> & { state: string }> = {
  cancelled: {
    state: 'Cancelled',
    status: 'Failure',
    reason: { code: 'RemoteFailure', subcode: 'Canceled', message: 'The caller cancelled the invitation.' },
  },
  missed: {
    state: 'Failed',
    status: 'Failure',
    reason: { code: 'RemoteFailure', subcode: 'Missed', message: 'The invitation was not answered.' },
  },
  acceptedElsewhere: {
    state: 'Connected',
    status: 'Failure',
    reason: {
      code: 'Informational',
      subcode: 'ConnectedElsewhere',
      message: 'The invitation was accepted on another device.',
    },
  },
  declined: {
    state: 'Declined',
    status: 'Failure',
    reason: { code: 'LocalFailure', subcode: 'Declined', message: 'You declined the invitation.' },
  },
  accepted: { state: 'Connected', status: 'Success' },
};

export class Invitations {
  private readonly live = new Map<string, Invitation>();

  constructor(
    private readonly dir: Directory,
    private readonly apps: Applications,
    private readonly userUri: string,
  ) {}

  get(id: string): Invitation | undefined {
    return this.live.get(id);
  }

  send(spec: InvitationSpec): string {
    const rel = RELS[spec.kind];
    if (!rel) throw new Error(`unknown invitation kind ${String(spec.kind)}`);
    const inv: Invitation = {
      id: randomUUID(),
      rel,
      from: this.dir.ensurePerson(spec.from),
      to: spec.to ? normaliseUri(spec.to) : this.userUri,
      state: 'Connecting',
      threadId: randomUUID().replace(/-/g, '').slice(0, 20),
      conversationId: randomUUID(),
    };
    if (spec.onBehalfOf) inv.onBehalfOf = this.dir.ensurePerson(spec.onBehalfOf);
    if (spec.delegator) inv.delegator = this.dir.ensurePerson(spec.delegator);
    if (spec.subject !== undefined) inv.subject = spec.subject;
    if (spec.message !== undefined && rel === 'messagingInvitation') inv.message = spec.message;
    this.live.set(inv.id, inv);
    // Only applications that made themselves available in a matching modality hear of it (reference §2.2, §5).
    this.apps.broadcast(
      (app) => (reachable(app, inv.rel) ? this.event(app.base, inv, 'started') : undefined),
      'high',
    );
    return inv.id;
  }

  end(id: string, how: Ending): void {
    const inv = this.live.get(id);
    if (!inv) throw new Error(`unknown invitation ${id}`);
    if (inv.state !== 'Connecting') return;
    const ending = ENDINGS[how];
    inv.state = ending.state;
    this.apps.broadcast((app) => {
      if (!reachable(app, inv.rel)) return undefined;
      const e = this.event(app.base, inv, 'completed');
      if (ending.status) e.status = ending.status;
      if (ending.reason) e.reason = ending.reason;
      return e;
    }, 'high');
  }

  private event(base: string, inv: Invitation, type: 'started' | 'completed'): SimEvent {
    return {
      sender: { rel: 'communication', href: `${base}/communication` },
      link: { rel: inv.rel, href: invitationHref(base, inv.id) },
      type,
      embedded: { [inv.rel]: invitationRes(base, inv) },
    };
  }
}
