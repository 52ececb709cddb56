// Sentences about the contact list (groups, search, adding and removing people) and status-change alerts.
import { isUcwaError } from '../ucwa/errors.js';

/** The server offers no contact-list writes: it keeps contacts outside the unified contact store. */
export const CONTACT_LIST_READ_ONLY =
  'Your server does not let apps change your contact list (it needs the unified contact store), so adding, removing and groups are not offered here.';

/** The server links no groups at all. */
export const CONTACT_LIST_ABSENT = 'Your server does not show contact groups to apps.';

export const CONTACT_LIST_FAILED =
  'Your contact groups could not be read. They are tried again on the next change.';

/** UCWA has no operation that edits delegates (reference: "this version of the API does not support delegate management"). */
export const DELEGATES_READ_ONLY =
  'Delegates are set in Skype for Business or Outlook: the server offers apps no way to change them.';

export const NOT_IN_GROUP = (group: string): string => `This person is not in ${group}.`;
export const NO_SUCH_GROUP = 'That group is no longer in your contact list.';

export const ONLY_OWN_GROUPS =
  'Only your own groups can be renamed or deleted: Favorites, Other Contacts and the groups the server keeps cannot.';
const DUPLICATE_GROUP = 'There is already a group with that name. Choose another name.';
const LIST_FULL = 'Your contact list is full: the server allows no more contacts. Remove someone first.';
const ALREADY_IN_GROUP = 'This person is already in that group.';
const NO_SEARCH = 'Your server does not offer search to apps.';
const GROUP_CHANGED = 'The group was changed elsewhere meanwhile. It has been reloaded; try again.';

/**
 * A failed contact-list operation in words. Server text is never shown: the code and subcode say what happened,
 * and an absent link says which operation the server does not offer. Null: no special wording (use the general one).
 */
export function contactListFailure(e: unknown): string | null {
  if (!isUcwaError(e)) return null;
  if (e.code === 'NotAvailable') {
    const op = e.details?.operation;
    if (op === 'renameGroup' || op === 'deleteGroup') return ONLY_OWN_GROUPS;
    if (op === 'search') return NO_SEARCH;
    if (op === 'myGroups') return CONTACT_LIST_ABSENT;
    return op === undefined ? null : CONTACT_LIST_READ_ONLY;
  }
  const op = e.details?.operation;
  if (e.subcode === 'AlreadyExists')
    return op === 'createGroup' || op === 'renameGroup' ? DUPLICATE_GROUP : ALREADY_IN_GROUP;
  if (e.subcode === 'LimitExceeded') return LIST_FULL;
  if (e.code === 'Forbidden')
    return e.subcode === 'OperationNotSupported' ? ONLY_OWN_GROUPS : CONTACT_LIST_READ_ONLY;
  if (e.code === 'PreconditionFailed') return GROUP_CHANGED;
  // Our own NotFound (a group or member this app no longer knows): its message is already ours.
  if (e.code === 'NotFound' && e.status === 404 && e.details?.ours === true) return e.message;
  return null;
}
