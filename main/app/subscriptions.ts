// Subscriptions that keep events flowing: the contact-list (contacts and groups) subscription, presence
// subscriptions for every contact, and makeMeAvailable (without which no incoming invitation reaches us). Re-created after sign-in, resume, resync and a new application; refreshed when
// the server warns they are about to expire (an `updated` event); re-created when a refresh finds them gone (404).
// All of them are asked for at once: the port sends them in one request (a multipart batch), so sign-in costs the
// same number of requests for 10 contacts as for 10,000.
import type { PrivacyLevel } from '../ucwa/privacyLevels.js';
import type { PartOutcome, ProtocolPort } from './port.js';

/** Contacts per presence subscription (the server caps subscriptions; many small ones recover independently). */
const URIS_PER_SUBSCRIPTION = 200;

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const statusOf = (error: unknown): unknown => (error as { status?: unknown } | null)?.status;

export class Subscriptions {
  private hrefs: string[] = [];

  constructor(
    private readonly port: () => ProtocolPort,
    private readonly uris: () => string[],
    private readonly warn: (msg: string, data?: Record<string, unknown>) => void,
    /** Every level, read right after the subscriptions: a change made before they took effect sent no event. */
    private readonly onLevels: (levels: Map<string, PrivacyLevel>) => void = () => {},
  ) {}

  /**
   * (Re)create everything. Failures are logged, never thrown. Resolves to false when events may not flow (the request
   * failed, or the contact-list subscription or the levels read did): the caller tries again later, since a server
   * tells an unsubscribed application of no relationship change at all.
   */
  async establish(): Promise<boolean> {
    this.hrefs = [];
    const groups = chunk(this.uris(), URIS_PER_SUBSCRIPTION);
    let outcome;
    try {
      outcome = await this.port().subscribe({
        contactsAndGroups: true,
        presence: groups,
        available: true,
        levels: true,
      });
    } catch (error) {
      this.warn('subscriptions failed', { error: String(error) });
      return false;
    }
    this.report('contacts-and-groups subscription failed', outcome.contactsAndGroups);
    this.report('makeMeAvailable failed: incoming invitations will not arrive', outcome.available);
    this.report(
      'levels after subscribing failed: a change made meanwhile shows at the next snapshot',
      outcome.levels,
    );
    if (outcome.levels?.ok === true) this.onLevels(outcome.levels.value);
    for (const p of outcome.presence) {
      if (!p.ok) this.report('presence subscription failed', p);
      else if (p.value !== undefined) this.hrefs.push(p.value);
    }
    return outcome.contactsAndGroups?.ok === true && outcome.levels?.ok === true;
  }

  /** The server says a subscription is about to expire. False as for `establish`: try again later. */
  async onExpiring(kind: 'presence' | 'contactsAndGroups', href: string): Promise<boolean> {
    try {
      if (kind === 'presence') {
        await this.port().refreshSubscription(href);
      } else {
        const outcome = await this.port().subscribe({ contactsAndGroups: true, presence: [] });
        if (outcome.contactsAndGroups?.ok === false) throw outcome.contactsAndGroups.error;
      }
      return true;
    } catch (error) {
      const status = statusOf(error);
      this.warn('subscription refresh failed', { kind, status: String(status) });
      return status === 404 ? this.establish() : false;
    }
  }

  count(): number {
    return this.hrefs.length;
  }

  private report(msg: string, outcome: PartOutcome<unknown> | undefined): void {
    if (outcome !== undefined && !outcome.ok) this.warn(msg, { error: String(outcome.error) });
  }
}
