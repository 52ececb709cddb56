// What just happened, in words, with a way back: "Priya Nilsson now sees Workgroup info · Undo". One message at a
// time (the newest replaces the last); Undo applies the reverse changes through the same function as the change.
// A message is about where the user was: moving to another view or opening another contact ends it (the timeout that
// ends it by itself is the component's, which knows the pointer and the focus).
// Also the page's polite announcer: changes from another device are read out to screen readers as they arrive.
import { m } from '../../../../i18n/paraglide/messages.js';
import type { PrivacyLevel } from '../../../../main/ipc/contract.js';
import { displayName } from '../contactList.js';
import { levelLabel } from '../levels.js';
import { loc } from '../locale.js';
import type { LevelChange as LevelChangeRequest, LevelChangeOutcome } from '../../../../main/ipc/contract.js';
import { nowSees } from '../words.js';
import { contacts } from './contacts.svelte.js';
import { levelChanges } from './levelChanges.svelte.js';
import { selection } from './selection.svelte.js';
import { view, type ViewName } from './view.svelte.js';

export interface Failure {
  uri: string;
  name: string;
  reason: string;
}

export interface Feedback {
  id: number;
  message: string;
  /** The contacts the message is about (the list keeps the first in view). */
  uris: string[];
  /** What Undo applies; null when there is nothing to undo. */
  undo: LevelChangeRequest[] | null;
  failures: Failure[];
}

/** Where the user was when a message appeared: the view, and the contact on the card. */
interface Place {
  view: ViewName;
  contact: string | null;
}

const here = (): Place => ({ view: view.current, contact: selection.current });

let ids = 0;

class FeedbackStore {
  current = $state<Feedback | null>(null);
  /** The latest sentence for screen readers (a polite live region reads it). */
  announcement = $state('');
  undoing = $state(false);
  private place: Place = here();

  show(message: string, uris: string[], undo: LevelChangeRequest[] | null, failures: Failure[] = []) {
    this.current = { id: ++ids, message, uris, undo: undo && undo.length > 0 ? undo : null, failures };
    this.place = here();
  }

  /** The message's own buttons (Undo, Show) took the user to its contact: the message goes along. */
  follow() {
    this.place = here();
  }

  /** Ends the message once the user is in another view or on another contact than when it appeared. */
  endIfElsewhere(now: Place) {
    if (this.current && (now.view !== this.place.view || now.contact !== this.place.contact)) this.dismiss();
  }

  announce(text: string) {
    // The same sentence twice in a row is still read: the region's text changes in between.
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
  }

  dismiss() {
    this.current = null;
  }

  /** Report applied changes: who now sees what, who was not changed and why, and the Undo for those that were. */
  report(outcomes: readonly LevelChangeOutcome[], previous: ReadonlyMap<string, LevelChangeRequest>) {
    const ok = outcomes.filter((o) => o.ok);
    const failures = outcomes.filter((o) => !o.ok).map(failureOf);
    const undo = ok.flatMap((o) => {
      const back = previous.get(o.uri);
      return back ? [{ ...back, expected: o.level }] : [];
    });
    this.show(summary(ok, failures), [...ok, ...failures].map((o) => o.uri).slice(0, 1), undo, failures);
  }

  async undo() {
    const f = this.current;
    if (!f?.undo || this.undoing) return;
    this.undoing = true;
    try {
      const outcomes = await levelChanges.apply(f.undo);
      const ok = outcomes.filter((o) => o.ok);
      const failures = outcomes.filter((o) => !o.ok).map(failureOf);
      const first = ok[0];
      const message =
        ok.length === 1 && first?.ok
          ? m.store_undone_one({ name: nameOf(first.uri), level: levelLabel(first.level) }, loc())
          : m.store_undone_many({ count: ok.length }, loc());
      this.show(
        failures.length > 0 ? withFailures(message, failures) : message,
        ok.map((o) => o.uri).slice(0, 1),
        null,
        failures,
      );
    } finally {
      this.undoing = false;
    }
  }

  clear() {
    this.current = null;
    this.announcement = '';
  }
}

function nameOf(uri: string): string {
  const c = contacts.get(uri);
  return c ? displayName(c) : uri.replace(/^sip:/i, '');
}

function failureOf(o: LevelChangeOutcome): Failure {
  const reason = o.ok ? '' : 'conflict' in o ? m.store_conflict_reason({}, loc()) : o.error.message;
  return { uri: o.uri, name: nameOf(o.uri), reason };
}

function notChanged(failures: Failure[]): string {
  const first = failures[0];
  if (failures.length === 1 && first)
    return m.store_not_changed_one({ name: first.name, reason: first.reason }, loc());
  return m.store_not_changed_many({ count: failures.length }, loc());
}

/** "…; Priya Nilsson was not changed: …": what was done, then who was left as they were. */
function withFailures(done: string, failures: Failure[]): string {
  return m.store_with_failures({ done, failures: notChanged(failures) }, loc());
}

function summary(ok: readonly LevelChangeOutcome[], failures: Failure[]): string {
  const first = ok[0];
  let done = '';
  if (ok.length === 1 && first?.ok) done = nowSees(nameOf(first.uri), first.level);
  else if (ok.length > 1) {
    const levels = new Set(ok.map((o) => (o.ok ? o.level : 'Unknown')));
    const [only] = levels as Set<PrivacyLevel>;
    const count = ok.length;
    if (levels.size !== 1 || only === undefined) done = m.store_changed_many({ count }, loc());
    else if (only === 'Blocked') done = m.store_now_blocked_many({ count }, loc());
    else done = m.store_now_see_many({ count, level: levelLabel(only) }, loc());
  }
  if (failures.length === 0) return done;
  return done ? withFailures(done, failures) : notChanged(failures);
}

export const feedback = new FeedbackStore();
