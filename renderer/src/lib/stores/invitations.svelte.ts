// Incoming invitations (calls and chats, on behalf of someone or not). Dismissing one, or "Clear" for every one
// that is over, asks main to drop them from the list it keeps: a reloaded window does not show them again.
import type { InvitationView } from '../../../../main/ipc/contract.js';
import { call } from '../bridge.js';

class InvitationsStore {
  all = $state.raw<readonly InvitationView[]>([]);

  /** Newest first. */
  shown = $derived([...this.all].sort((a, b) => b.receivedAt - a.receivedAt));
  ringing = $derived(this.shown.filter((i) => i.state === 'ringing').length);

  async load(): Promise<void> {
    const r = await call('invitations:list');
    if (r.ok) for (const i of r.value) this.upsert(i);
  }

  upsert(inv: InvitationView): void {
    const i = this.all.findIndex((x) => x.id === inv.id);
    this.all = i < 0 ? [...this.all, inv] : this.all.with(i, inv);
  }

  async dismiss(id: string): Promise<void> {
    await this.drop([id]);
  }

  /** Dismiss every invitation that is no longer ringing. */
  async clearEnded(): Promise<void> {
    await this.drop(this.all.filter((i) => i.state !== 'ringing').map((i) => i.id));
  }

  private async drop(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const r = await call('invitations:dismiss', { ids });
    // Only those: one that arrived while the request was on its way stays.
    const gone = new Set(ids);
    if (r.ok) this.all = this.all.filter((i) => !gone.has(i.id));
  }

  clear(): void {
    this.all = [];
  }
}

export const invitations = new InvitationsStore();
