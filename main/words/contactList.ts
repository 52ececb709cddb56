// Sentences about the contact list (groups, search, adding and removing people) and status-change alerts.

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
