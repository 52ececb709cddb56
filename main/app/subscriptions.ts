// Subscriptions that keep events flowing: the contact-list (contacts and groups) subscription and presence
// subscriptions for every contact. Re-created after sign-in, resume, resync and a new application; refreshed when
// the server warns they are about to expire (an `updated` event); re-created when a refresh finds them gone (404).
import type { ProtocolPort } from './port.js';

/** Contacts per presence subscription (the server caps subscriptions; many small ones recover independently). */
const URIS_PER_SUBSCRIPTION = 200;

export class Subscriptions {
  private hrefs: string[] = [];

  constructor(
    private readonly port: () => ProtocolPort,
    private readonly uris: () => string[],
    private readonly warn: (msg: string, data?: Record<string, unknown>) => void,
  ) {}

  /** (Re)create everything. Failures are logged: the app still works, only with fewer events. */
  async establish(): Promise<void> {
    this.hrefs = [];
    try {
      await this.port().subscribeContactsAndGroups();
    } catch (error) {
      this.warn('contacts-and-groups subscription failed', { error: String(error) });
    }
    const uris = this.uris();
    for (let i = 0; i < uris.length; i += URIS_PER_SUBSCRIPTION) {
      try {
        this.hrefs.push(...(await this.port().subscribePresence(uris.slice(i, i + URIS_PER_SUBSCRIPTION))));
      } catch (error) {
        this.warn('presence subscription failed', { error: String(error) });
      }
    }
  }

  /** The server says a subscription is about to expire. */
  async onExpiring(kind: 'presence' | 'contactsAndGroups', href: string): Promise<void> {
    try {
      if (kind === 'contactsAndGroups') await this.port().subscribeContactsAndGroups();
      else await this.port().refreshSubscription(href);
    } catch (error) {
      const status = (error as { status?: unknown } | null)?.status;
      this.warn('subscription refresh failed', { kind, status: String(status) });
      if (status === 404) await this.establish();
    }
  }

  count(): number {
    return this.hrefs.length;
  }
}
