// The demo scenario ("Try the demo", `ucwa sim`): every 20–30 s something happens — a relationship changes as if
// changed on another device, a presence changes, a contact goes in or out of Favorites from another client, or an
// invitation arrives on behalf of someone the user manages calls for (a delegator; missed after a while if nobody
// answers). The demo's contact list has groups, delegates, delegators and a distribution group (generate.ts).
import { prng } from './directory.js';
import type { SimClock, SimControl, PrivacyLevel } from './types.js';

const LEVELS: PrivacyLevel[] = ['External', 'Colleagues', 'Workgroup', 'FriendsAndFamily', 'Blocked'];
const AVAILABILITY = ['Online', 'Busy', 'Away', 'BeRightBack', 'DoNotDisturb'];
const SUBJECTS = [
  'Quick question about the budget',
  'Can you join the partner call?',
  'Contract review',
  'Lunch on Friday?',
];

export function startDemo(control: SimControl, clock: SimClock, seed: number): () => void {
  const rnd = prng(seed ^ 0x5eed);
  let timer: unknown;
  let stopped = false;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)] as T;

  const step = (): void => {
    const contacts = control.contacts();
    if (contacts.length < 2) return;
    const roll = rnd();
    if (roll < 0.45) {
      const c = pick(contacts);
      control.setLevel(c.uri, pick(LEVELS.filter((l) => l !== c.level)));
    } else if (roll < 0.6) {
      control.setPresence(pick(contacts).uri, pick(AVAILABILITY));
    } else if (roll < 0.7) {
      // From another client: a contact is added to Favorites, or taken out of it.
      const favorites = control.groups().find((g) => g.kind === 'pinnedGroup');
      const c = pick(contacts);
      if (!favorites) return;
      if (favorites.members.includes(c.uri)) control.removeFromGroup(c.uri, favorites.id);
      else control.addToGroup(c.uri, favorites.id);
    } else {
      // A call or a message for someone the user manages calls for (the delegators group), or, without one, a
      // delegate calling on behalf of their manager.
      const delegators = control.groups().find((g) => g.kind === 'delegatorsGroup')?.members ?? [];
      const managers = contacts.filter((c) => /Manager|Chief|Controller|Architect/.test(c.title ?? ''));
      const manager =
        delegators.length > 0
          ? { uri: pick(delegators), sourceNetwork: 'SameEnterprise' }
          : managers.length > 0
            ? pick(managers)
            : pick(contacts);
      const delegates = contacts.filter(
        (c) => c.uri !== manager.uri && c.sourceNetwork === manager.sourceNetwork,
      );
      const delegate = delegates.length > 0 ? pick(delegates) : pick(contacts);
      const av = rnd() < 0.5;
      const subject = pick(SUBJECTS);
      const id = control.sendInvitation({
        kind: av ? 'audioVideo' : 'messaging',
        from: delegate.uri,
        onBehalfOf: manager.uri,
        delegator: av ? manager.uri : undefined,
        subject,
        // A message invitation opens with its first message, which an application that accepts it receives.
        message: av ? undefined : subject,
      });
      clock.setTimeout(() => {
        if (!stopped) control.endInvitation(id, 'missed');
      }, 20_000);
    }
  };

  const schedule = (): void => {
    timer = clock.setTimeout(
      () => {
        if (stopped) return;
        try {
          step();
        } catch {
          /* the demo must never take the server down */
        }
        schedule();
      },
      20_000 + Math.floor(rnd() * 10_000),
    );
  };
  schedule();
  return () => {
    stopped = true;
    clock.clearTimeout(timer);
  };
}
