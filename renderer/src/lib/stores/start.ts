// Wires main's pushes to the per-domain stores, and what a session starting or ending means for each of them.
// Subscribe first: main queues pushes until app:ready, then flushes them in order.
import { call } from '../bridge.js';
import { displayName } from '../contactList.js';
import { changedElsewhere } from '../words.js';
import { contacts } from './contacts.svelte.js';
import { feedback } from './feedback.svelte.js';
import { groups } from './groups.svelte.js';
import { history } from './history.svelte.js';
import { invitations } from './invitations.svelte.js';
import { levelChanges } from './levelChanges.svelte.js';
import { privacy } from './privacy.svelte.js';
import { selection } from './selection.svelte.js';
import { session } from './session.svelte.js';
import { settings } from './settings.svelte.js';
import { view } from './view.svelte.js';

let started = false;

/** Loads what a new session shows. */
async function loadSession(): Promise<void> {
  await Promise.all([contacts.load(), history.load(), invitations.load(), settings.load()]);
}

/** Nothing of the old session stays on screen once signed out. */
function forgetSession(): void {
  contacts.clear();
  history.clear();
  invitations.clear();
  levelChanges.clear();
  privacy.dismiss();
  feedback.clear();
  selection.clear();
  groups.clear();
}

export async function startStores(): Promise<void> {
  if (started) return;
  started = true;
  session.onTransition((t) => (t === 'signedIn' ? void loadSession() : forgetSession()));
  contacts.onChanged((changed) => privacy.contactsChanged(changed));
  window.ucwa.on('state:changed', (s) => session.apply(s));
  window.ucwa.on('contacts:changed', (d) => contacts.apply(d));
  window.ucwa.on('relationship:changed', (e) => {
    history.add(e);
    if (!e.ours) feedback.announce(changedElsewhere(displayName(e.contact), e.from, e.to));
  });
  window.ucwa.on('invitations:changed', (i) => invitations.upsert(i));
  window.ucwa.on('app:navigate', (n) => {
    if (n.view === 'activity') view.activityFilter = n.filter ?? null;
    view.show(n.view);
    if (n.view === 'contacts' && n.uri) selection.show(n.uri);
  });
  // main.ts read the settings before the first frame; asked again only if that read gave nothing.
  const [ready] = await Promise.all([
    call('app:ready'),
    settings.value === null ? settings.load() : undefined,
  ]);
  if (ready.ok) session.apply(ready.value);
  else contacts.loadError = ready.error;
}
