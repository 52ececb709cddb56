// The contact shown on the card (`current`) and the contacts picked for a change of several at once.
import { nothingPicked, pick, pickAll, type Modifiers, type Picked } from '../selection.js';

class SelectionStore {
  /** The contact whose card is shown. */
  current = $state<string | null>(null);
  picked = $state.raw<Picked>(nothingPicked);

  /** More than one contact picked: the bulk panel replaces the card. */
  get many(): boolean {
    return this.picked.uris.size > 1;
  }

  has(uri: string): boolean {
    return this.picked.uris.has(uri);
  }

  /** Show one contact (and pick only them). */
  show(uri: string): void {
    this.current = uri;
    this.picked = { uris: new Set([uri]), anchor: uri };
  }

  /** A click (with its modifier keys) in the list as shown (`order`: the contact uris in list order). */
  click(uri: string, mods: Modifiers, order: readonly string[]): void {
    this.picked = pick(this.picked, uri, mods, order);
    this.current = uri;
  }

  addAll(uris: readonly string[]): void {
    this.picked = pickAll(this.picked, uris);
  }

  set(picked: Picked): void {
    this.picked = picked;
  }

  /** Back to the one contact on the card. */
  collapse(): void {
    this.picked = this.current ? { uris: new Set([this.current]), anchor: this.current } : nothingPicked;
  }

  clear(): void {
    this.current = null;
    this.picked = nothingPicked;
  }
}

export const selection = new SelectionStore();
