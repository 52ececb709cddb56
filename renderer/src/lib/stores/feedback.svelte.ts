// What just happened, in words, with a way back: "Priya Nilsson now sees Workgroup info · Undo". One message at a
// time (the newest replaces the last); Undo applies the reverse changes through the same function as the change.
// Also the page's polite announcer: changes from another device are read out to screen readers as they arrive.
import type { PrivacyLevel } from '../../../../main/ipc/contract.js';
import { displayName } from '../contactList.js';
import { levelLabel } from '../levels.js';
import type { LevelChange as LevelChangeRequest, LevelChangeOutcome } from '../../../../main/ipc/contract.js';
import { nowSees } from '../words.js';
import { contacts } from './contacts.svelte.js';
import { levelChanges } from './levelChanges.svelte.js';

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

let ids = 0;

class FeedbackStore {
  current = $state<Feedback | null>(null);
  /** The latest sentence for screen readers (a polite live region reads it). */
  announcement = $state('');
  undoing = $state(false);

  show(message: string, uris: string[], undo: LevelChangeRequest[] | null, failures: Failure[] = []) {
    this.current = { id: ++ids, message, uris, undo: undo && undo.length > 0 ? undo : null, failures };
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
          ? `Undone: ${nameOf(first.uri)} is back to ${levelLabel(first.level)}`
          : `Undone for ${count(ok.length)}`;
      this.show(
        failures.length > 0 ? `${message}; ${notChanged(failures)}` : message,
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
  const reason = o.ok
    ? ''
    : 'conflict' in o
      ? 'it was changed from another device meanwhile.'
      : o.error.message;
  return { uri: o.uri, name: nameOf(o.uri), reason };
}

function count(n: number): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? 'contact' : 'contacts'}`;
}

function notChanged(failures: Failure[]): string {
  const first = failures[0];
  if (failures.length === 1 && first) return `${first.name} was not changed: ${first.reason}`;
  return `${count(failures.length)} were not changed`;
}

function summary(ok: readonly LevelChangeOutcome[], failures: Failure[]): string {
  const first = ok[0];
  let done = '';
  if (ok.length === 1 && first?.ok) done = nowSees(nameOf(first.uri), first.level);
  else if (ok.length > 1) {
    const levels = new Set(ok.map((o) => (o.ok ? o.level : 'Unknown')));
    const [only] = levels as Set<PrivacyLevel>;
    done =
      levels.size === 1 && only !== undefined
        ? `${count(ok.length)} now ${only === 'Blocked' ? 'blocked' : `see ${levelLabel(only)} info`}`
        : `Changed ${count(ok.length)}`;
  }
  if (failures.length === 0) return done;
  return done ? `${done}; ${notChanged(failures)}` : notChanged(failures);
}

export const feedback = new FeedbackStore();
