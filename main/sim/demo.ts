// The demo scenario ("Try the demo", `ucwa sim`): every 20–30 s something happens — a relationship changes as if
// changed on another device, a presence changes, or an invitation arrives on behalf of a manager (and is missed
// after a while if nobody answers).
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
    } else if (roll < 0.7) {
      control.setPresence(pick(contacts).uri, pick(AVAILABILITY));
    } else {
      // A delegate calls on behalf of their manager.
      const managers = contacts.filter((c) => /Manager|Chief|Controller|Architect/.test(c.title ?? ''));
      const manager = managers.length > 0 ? pick(managers) : pick(contacts);
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
