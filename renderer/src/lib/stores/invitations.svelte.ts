// Incoming invitations (calls and chats, on behalf of someone or not). Dismissing hides one here; "Clear" hides
// every one that is over. Hidden ones stay hidden for this window's life (main keeps the list itself).
import type { InvitationView } from '../../../../main/ipc/contract.js';
import { call } from '../bridge.js';

class InvitationsStore {
  all = $state.raw<readonly InvitationView[]>([]);
  dismissed = $state.raw<ReadonlySet<string>>(new Set());

  /** Newest first, without the dismissed ones. */
  shown = $derived(
    this.all.filter((i) => !this.dismissed.has(i.id)).sort((a, b) => b.receivedAt - a.receivedAt),
  );
  ringing = $derived(this.shown.filter((i) => i.state === 'ringing').length);

  async load(): Promise<void> {
    const r = await call('invitations:list');
    if (r.ok) for (const i of r.value) this.upsert(i);
  }

  upsert(inv: InvitationView): void {
    const i = this.all.findIndex((x) => x.id === inv.id);
    this.all = i < 0 ? [...this.all, inv] : this.all.with(i, inv);
  }

  dismiss(id: string): void {
    this.dismissed = new Set([...this.dismissed, id]);
  }

  /** Hide every invitation that is no longer ringing. */
  clearEnded(): void {
    this.dismissed = new Set([
      ...this.dismissed,
      ...this.all.filter((i) => i.state !== 'ringing').map((i) => i.id),
    ]);
  }

  clear(): void {
    this.all = [];
    this.dismissed = new Set();
  }
}

export const invitations = new InvitationsStore();
