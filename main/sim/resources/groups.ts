// Contact-list groups and group memberships.
import type { Directory, Group } from '../directory.js';
import type { Link, Res } from '../render.js';
import type { SimContact } from '../types.js';
import { contactHref, groupHref, sipPath } from './hrefs.js';
import { contactRes } from './contacts.js';

export function groupRes(b: string, g: Group): Res {
  return {
    rel: g.kind,
    href: groupHref(b, g),
    props: { id: g.id, name: g.name },
    links: {
      groupContacts: { href: `${groupHref(b, g)}/contacts` },
      subscribeToGroupPresence: { href: `${groupHref(b, g)}/subscribeToGroupPresence` },
    },
  };
}

export function groupMembers(dir: Directory, g: Group): SimContact[] {
  return dir.contacts().filter((c) => c.group === g.id);
}

export function groupContactsRes(b: string, g: Group, dir: Directory): Res {
  const members = groupMembers(dir, g);
  return {
    rel: 'groupContacts',
    href: `${groupHref(b, g)}/contacts`,
    links: { contact: members.map((c) => ({ href: contactHref(b, c.uri) })) },
    embedded: { contact: members.map((c) => contactRes(b, c, dir.etag(c.uri))) },
  };
}

export function myGroupsRes(b: string, dir: Directory): Res {
  const plain = dir.groups.filter((g) => g.kind === 'group');
  const special = (kind: Group['kind']): Link | undefined => {
    const g = dir.groups.find((x) => x.kind === kind);
    return g ? { href: groupHref(b, g) } : undefined;
  };
  return {
    rel: 'myGroups',
    href: `${b}/people/groups`,
    links: {
      group: plain.map((g) => ({ href: groupHref(b, g) })),
      defaultGroup: special('defaultGroup'),
      delegatorsGroup: special('delegatorsGroup'),
      pinnedGroup: special('pinnedGroup'),
    },
    embedded: { group: plain.map((g) => groupRes(b, g)) },
  };
}

export function myGroupMembershipsRes(b: string, dir: Directory): Res {
  const byId = new Map(dir.groups.map((g) => [g.id, g]));
  return {
    rel: 'myGroupMemberships',
    href: `${b}/people/groupMemberships`,
    embedded: {
      myGroupMembership: dir.contacts().map((c) => {
        const g = byId.get(c.group);
        const links: Record<string, Link> = { contact: { href: contactHref(b, c.uri) } };
        if (g) links[g.kind] = { href: groupHref(b, g) };
        return { rel: 'myGroupMembership', href: `${b}/people/groupMemberships/${sipPath(c.uri)}`, links };
      }),
    },
  };
}
