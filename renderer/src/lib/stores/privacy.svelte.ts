// Changing one contact's relationship (the privacy panel, the context menu, Activity's Revert) and what the panel
// says when it did not go as asked: a failure (the contact keeps the level it really has) or a conflict with a
// change made from another device meanwhile (412), with a choice. A notice clears once it no longer holds.
import { m } from '../../../../i18n/paraglide/messages.js';
import type { ContactView, PrivacyLevel } from '../../../../main/ipc/contract.js';
import { displayName } from '../contactList.js';
import { atAutoLevel, isChoosable, levelLabel, type ChoosableLevel } from '../levels.js';
import { loc } from '../locale.js';
import { seesWhat } from '../words.js';
import type { LevelChange as LevelChangeRequest } from '../../../../main/ipc/contract.js';
import { contacts } from './contacts.svelte.js';
import { feedback } from './feedback.svelte.js';
import { levelChanges } from './levelChanges.svelte.js';
import { selection } from './selection.svelte.js';
import { view } from './view.svelte.js';

export type Wanted = ChoosableLevel | 'auto';

export type PrivacyNotice =
  | {
      kind: 'error';
      uri: string;
      name: string;
      wanted: Wanted;
      wantedLevel: PrivacyLevel;
      reason: string;
      /** The level the contact had when the change failed: the notice holds while it still has it. */
      level: PrivacyLevel;
    }
  | {
      kind: 'conflict';
      uri: string;
      name: string;
      /** The level set from another device meanwhile (now shown). */
      current: PrivacyLevel;
      wanted: Wanted;
      wantedLevel: PrivacyLevel;
    };

/** The change that puts a contact back where it is now: auto-assign when it is at the automatic level. */
export function restoreRequest(contact: ContactView, level: PrivacyLevel): LevelChangeRequest | null {
  if (contact.canResetLevel && atAutoLevel(level, contact)) return { uri: contact.uri, level: 'auto' };
  return isChoosable(level) ? { uri: contact.uri, level } : null;
}

class PrivacyStore {
  notice = $state<PrivacyNotice | null>(null);

  /** Change one contact, then say what happened (with Undo) or why not. */
  async change(contact: ContactView, wanted: Wanted, expected?: PrivacyLevel): Promise<void> {
    const shownBefore = levelChanges.levelOf(contact);
    const wantedLevel = wanted === 'auto' ? contact.autoLevel : wanted;
    const name = displayName(contact);
    if (this.notice?.uri === contact.uri) this.notice = null;
    const back = restoreRequest(contact, shownBefore);
    const [outcome] = await levelChanges.apply([
      {
        uri: contact.uri,
        level: wanted,
        expected: wanted === 'auto' ? undefined : (expected ?? shownBefore),
      },
    ]);
    if (!outcome) return;
    if (outcome.ok) {
      feedback.report([outcome], new Map(back ? [[contact.uri, back]] : []));
      return;
    }
    const now = contacts.get(contact.uri)?.level ?? shownBefore;
    // The card says it when it shows this contact; elsewhere (Activity, another contact's card) the feedback line.
    const onCard = view.current === 'contacts' && selection.current === contact.uri && !selection.many;
    if ('conflict' in outcome) {
      const current = outcome.conflict.current;
      this.notice = { kind: 'conflict', uri: contact.uri, name, current, wanted, wantedLevel };
      if (!onCard)
        feedback.show(
          m.store_conflict_elsewhere({ change: seesWhat(name, current) }, loc()),
          [contact.uri],
          null,
        );
    } else {
      if (!onCard)
        feedback.show(
          m.store_change_failed(
            {
              name,
              level: levelLabel(wantedLevel),
              reason: outcome.error.message,
              current: levelLabel(now),
            },
            loc(),
          ),
          [contact.uri],
          null,
        );
      this.notice = {
        kind: 'error',
        uri: contact.uri,
        name,
        wanted,
        wantedLevel,
        reason: outcome.error.message,
        level: now,
      };
    }
  }

  /** After a conflict: keep what the other device set, or apply ours on top of it. */
  async resolveConflict(useMine: boolean): Promise<void> {
    const n = this.notice;
    if (n?.kind !== 'conflict') return;
    this.notice = null;
    const contact = contacts.get(n.uri);
    if (useMine && contact) await this.change(contact, n.wanted, n.current);
  }

  dismiss(): void {
    this.notice = null;
  }

  /** Contacts arrived changed: a notice about one of them goes once its level is no longer the one it speaks of. */
  contactsChanged(changed: readonly ContactView[]): void {
    const n = this.notice;
    if (!n) return;
    const c = changed.find((x) => x.uri === n.uri);
    if (!c) return;
    const spoken = n.kind === 'error' ? n.level : n.current;
    if (c.level !== spoken && !levelChanges.isPending(c.uri)) this.notice = null;
  }
}

export const privacy = new PrivacyStore();
