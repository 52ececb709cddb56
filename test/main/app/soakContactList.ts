// The soak's group and tag activity: groups made, renamed and deleted, members added and taken out, people tagged
// and untagged — from the app (its own changes, answered while the load goes on) and from the server (another
// client). The contacts listed at the start are only put into and taken out of the groups made here, so they never
// leave the contact list and their level chains stay whole; people outside the list join it and leave it.
import type { AppModel } from '../../../main/app/index.js';
import type { GroupView } from '../../../main/ipc/contract.js';
import type { Simulator } from '../../../main/sim/index.js';

const PREFIX = 'Soak ';

export interface ContactListActivity {
  /** One random group or tag step. */
  step(): void;
  /** Who the soak tagged (the app should say the same). */
  tagged(): string[];
  figures: { groupSteps: number; groupFailed: number; tagSteps: number };
}

export function contactListActivity(o: {
  sim: Simulator;
  /** The model now (a new one after each restart). */
  model: () => AppModel;
  rnd: () => number;
  /** Listed at the start: never taken out of the list. */
  listed: readonly string[];
  /** In the address book, not in the list at the start. */
  strangers: readonly string[];
  /** The app's own changes still being answered (the soak waits for them before a stop and at the end). */
  own: Array<Promise<void>>;
}): ContactListActivity {
  const figures = { groupSteps: 0, groupFailed: 0, tagSteps: 0 };
  const tagged = new Set<string>();
  let made = 0;
  const pick = <T>(xs: readonly T[]): T | undefined => xs[Math.floor(o.rnd() * xs.length)];
  const fresh = (): string => `${PREFIX}${++made}`;
  const soakGroups = () =>
    o.sim.control.groups().filter((g) => g.kind === 'group' && g.name.startsWith(PREFIX));
  const listedNow = (uri: string): boolean =>
    o.sim.control.contacts().some((c) => c.uri === uri && c.inContactList);

  /** The app's change: counted as failed when the server refuses it or a fault loses it. */
  const app = (work: (m: AppModel) => Promise<unknown>): void => {
    figures.groupSteps++;
    const m = o.model();
    o.own.push(
      work(m).then(
        () => undefined,
        () => {
          figures.groupFailed++;
        },
      ),
    );
  };
  /** Another client's change, made on the server at once (a duplicate name or a member gone is refused there). */
  const server = (work: () => void): void => {
    figures.groupSteps++;
    try {
      work();
    } catch {
      figures.groupFailed++;
    }
  };
  const either = (fromApp: (m: AppModel) => Promise<unknown>, onServer: () => void): void =>
    o.rnd() < 0.5 ? app(fromApp) : server(onServer);

  const steps: Array<() => void> = [
    function create() {
      const name = fresh();
      either(
        (m) => m.contactList.createGroup(name),
        () => o.sim.control.createGroup(name),
      );
    },
    function rename() {
      const g = pick(soakGroups());
      if (g === undefined) return;
      const name = fresh();
      either(
        (m) => m.contactList.renameGroup(g.id, name),
        () => o.sim.control.renameGroup(g.id, name),
      );
    },
    function remove() {
      const g = pick(soakGroups());
      if (g === undefined) return;
      either(
        (m) => m.contactList.deleteGroup(g.id),
        () => o.sim.control.deleteGroup(g.id),
      );
    },
    function addMember() {
      // Someone listed into a group made here; someone from outside into one of those or Other Contacts.
      const stranger = o.rnd() < 0.5;
      const uri = pick(stranger ? o.strangers : o.listed);
      const other = o.sim.control.groups().find((g) => g.kind === 'defaultGroup');
      const g = pick([...soakGroups(), ...(stranger && other !== undefined ? [other] : [])]);
      if (uri === undefined || g === undefined) return;
      either(
        (m) => m.contactList.addToGroup(uri, g.id),
        () => o.sim.control.addToGroup(uri, g.id),
      );
    },
    function removeMember() {
      const g = pick(soakGroups().filter((x) => x.members.length > 0));
      const uri = g === undefined ? undefined : pick(g.members);
      if (g === undefined || uri === undefined) return;
      either(
        (m) => m.contactList.removeFromGroup(uri, g.id),
        () => o.sim.control.removeFromGroup(uri, g.id),
      );
    },
    function removeStranger() {
      const uri = pick(o.strangers.filter(listedNow));
      if (uri === undefined) return;
      either(
        (m) => m.contactList.removeContact(uri),
        () => o.sim.control.removeContact(uri),
      );
    },
    function tagOrUntag() {
      const uri = pick(o.rnd() < 0.7 ? o.listed : o.strangers);
      if (uri === undefined) return;
      figures.tagSteps++;
      // Both change the app's tags at once; tagging then subscribes (a fault there is retried at the renewal).
      const m = o.model();
      const work = tagged.has(uri) ? m.alerts.untag(uri) : m.alerts.tag(uri);
      if (tagged.has(uri)) tagged.delete(uri);
      else tagged.add(uri);
      o.own.push(work.then(() => undefined));
    },
  ];

  return {
    step() {
      pick(steps)?.();
    },
    tagged: () => [...tagged].sort(),
    figures,
  };
}

interface ComparableGroup {
  id: string;
  name: string;
  kind: string;
  members: string[];
}

/** Groups as compared at the end: a distribution group by itself (the app lists it; its members are expanded apart). */
function comparable(groups: readonly ComparableGroup[]): ComparableGroup[] {
  return groups
    .map((g) => ({
      id: g.id,
      name: g.name,
      kind: g.kind,
      members: g.kind === 'distributionGroup' ? [] : [...g.members].sort(),
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

export function appGroups(model: AppModel): ComparableGroup[] {
  return comparable(
    model.contactList.view().groups.map((g: GroupView) => ({ ...g, members: g.members.map((m) => m.uri) })),
  );
}

export function serverGroups(sim: Simulator): ComparableGroup[] {
  return comparable(
    sim.control.groups().filter((g) => g.kind !== 'distributionGroup' || g.inContactList === true),
  );
}
