// Sentences about the contact list (groups, search, adding and removing people).
import { m } from '../i18n/index.js';
import { isUcwaError } from '../ucwa/errors.js';

/** Why the contact list's view has a note: the app model keeps the kind, the view says it in words. */
export type ContactListNote = 'readOnly' | 'absent' | 'failed';

export function contactListNote(note: ContactListNote): string {
  switch (note) {
    case 'readOnly':
      // The server offers no contact-list writes: it keeps contacts outside the unified contact store.
      return m.contactlist_read_only();
    case 'absent':
      // The server links no groups at all.
      return m.contactlist_absent();
    case 'failed':
      return m.contactlist_failed();
  }
}

/** UCWA has no operation that edits delegates (reference: "this version of the API does not support delegate management"). */
export const delegatesReadOnly = (): string => m.contactlist_delegates_read_only();

/**
 * What the app model could not find (details of its own NotFound, main/app/contactList.ts): a group member, a
 * person it never found, or a group it no longer has.
 */
export type MissingItem =
  | { missing: 'member'; uri: string; group: string }
  | { missing: 'person'; uri: string }
  | { missing: 'group' };

function missingItem(item: MissingItem): string {
  switch (item.missing) {
    case 'member':
      return m.contactlist_member_not_in_group({ uri: item.uri, group: item.group });
    case 'person':
      return m.contactlist_person_not_found({ uri: item.uri });
    case 'group':
      return m.contactlist_no_such_group();
  }
}

/** A server refusal whose subcode says what is wrong with the request. */
function refusal(subcode: string | undefined, op: unknown): string | undefined {
  if (subcode === 'AlreadyExists')
    return op === 'createGroup' || op === 'renameGroup'
      ? m.contactlist_duplicate_group()
      : m.contactlist_already_in_group();
  if (subcode === 'LimitExceeded') return m.contactlist_full();
  return undefined;
}

/**
 * A failed contact-list operation in words. Server text is never shown: the code and subcode say what happened,
 * and an absent link says which operation the server does not offer. Null: no special wording (use the general one).
 */
export function contactListFailure(e: unknown): string | null {
  if (!isUcwaError(e)) return null;
  const op = e.details?.operation;
  if (e.code === 'NotAvailable') {
    if (op === 'renameGroup' || op === 'deleteGroup') return m.contactlist_only_own_groups();
    if (op === 'search') return m.contactlist_no_search();
    if (op === 'myGroups') return m.contactlist_absent();
    return op === undefined ? null : m.contactlist_read_only();
  }
  const refused = refusal(e.subcode, op);
  if (refused !== undefined) return refused;
  if (e.code === 'Forbidden')
    return e.subcode === 'OperationNotSupported'
      ? m.contactlist_only_own_groups()
      : m.contactlist_read_only();
  if (e.code === 'PreconditionFailed') return m.contactlist_group_changed();
  // Our own NotFound (a group or member this app no longer knows): what is missing is in its details.
  const missing = e.code === 'NotFound' && e.details?.ours === true ? missingOf(e.details) : undefined;
  return missing === undefined ? null : missingItem(missing);
}

function missingOf(details: Record<string, unknown>): MissingItem | undefined {
  const { missing, uri, group } = details;
  if (missing === 'group') return { missing };
  if (missing === 'person' && typeof uri === 'string') return { missing, uri };
  if (missing === 'member' && typeof uri === 'string' && typeof group === 'string')
    return { missing, uri, group };
  return undefined;
}
