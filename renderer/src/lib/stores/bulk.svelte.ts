// Changing several contacts at once (the bulk panel, Who sees what): which changes to ask for, then one call to
// levelChanges.apply — the only function that applies level changes — and one report with one Undo for all.
import { m } from '../../../../i18n/paraglide/messages.js';
import type { ContactView } from '../../../../main/ipc/contract.js';
import { displayName } from '../contactList.js';
import { levelBelow, levelLabel } from '../levels.js';
import { loc } from '../locale.js';
import type { LevelChange as LevelChangeRequest, LevelChangeOutcome } from '../../../../main/ipc/contract.js';
import { contacts } from './contacts.svelte.js';
import { feedback, type Failure } from './feedback.svelte.js';
import { levelChanges } from './levelChanges.svelte.js';
import { restoreRequest, type Wanted } from './privacy.svelte.js';

export interface Plan {
  requests: LevelChangeRequest[];
  /** Picked contacts that are left as they are, and why. */
  skipped: Failure[];
}

function allowed(contact: ContactView, wanted: Wanted): boolean {
  return wanted === 'auto' ? contact.canResetLevel : contact.canSetLevel;
}

/** Everyone in `uris` to one level (or auto-assigned): who would change, and who is left as they are. */
export function planChange(uris: Iterable<string>, wanted: Wanted): Plan {
  const requests: LevelChangeRequest[] = [];
  const skipped: Failure[] = [];
  for (const uri of uris) {
    const contact = contacts.get(uri);
    if (!contact) continue;
    const level = levelChanges.levelOf(contact);
    if (!allowed(contact, wanted)) {
      skipped.push({ uri, name: displayName(contact), reason: m.store_not_changeable({}, loc()) });
    } else if (wanted !== 'auto' && level === wanted) {
      skipped.push({
        uri,
        name: displayName(contact),
        reason: m.store_already({ level: levelLabel(level) }, loc()),
      });
    } else {
      requests.push(wanted === 'auto' ? { uri, level: 'auto' } : { uri, level: wanted, expected: level });
    }
  }
  return { requests, skipped };
}

/** Everyone in `uris` one level down (Friends and Family → Workgroup → Colleagues → External Contacts → Blocked). */
export function planMoveDown(uris: Iterable<string>): Plan {
  const requests: LevelChangeRequest[] = [];
  const skipped: Failure[] = [];
  for (const uri of uris) {
    const contact = contacts.get(uri);
    if (!contact) continue;
    const level = levelChanges.levelOf(contact);
    const below = levelBelow(level);
    if (below === null)
      skipped.push({ uri, name: displayName(contact), reason: m.store_no_level_below({}, loc()) });
    else if (!contact.canSetLevel)
      skipped.push({ uri, name: displayName(contact), reason: m.store_not_changeable({}, loc()) });
    else requests.push({ uri, level: below, expected: level });
  }
  return { requests, skipped };
}

class BulkStore {
  running = $state(false);

  /** Apply a plan; the feedback line says how it went and offers one Undo for every change that was made. */
  async run(plan: Plan): Promise<LevelChangeOutcome[]> {
    if (this.running || plan.requests.length === 0) return [];
    this.running = true;
    try {
      const previous = new Map(
        plan.requests.flatMap((r) => {
          const contact = contacts.get(r.uri);
          const back = contact && restoreRequest(contact, levelChanges.levelOf(contact));
          return back ? [[r.uri, back] as const] : [];
        }),
      );
      const outcomes = await levelChanges.apply(plan.requests);
      feedback.report(outcomes, previous);
      return outcomes;
    } finally {
      this.running = false;
    }
  }
}

export const bulk = new BulkStore();
