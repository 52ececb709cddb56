// The contact list's groups and memberships. Write operations are offered only with the unified contact store
// (`ucs`): then myGroups and myGroupMemberships are revision 2 (create groups, add and remove members), personal
// groups are revision 2 (rename, delete), memberships link removeContactFromAllGroups, and distribution groups link
// addToContactList and removeFromContactList. Without it the same resources are read-only and say so by their links.
import { PERSONAL, type ContactList, type Group } from '../contactList.js';
import type { Directory } from '../directory.js';
import type { Link, Res } from '../render.js';
import { contactRes } from './contacts.js';
import { contactHref, groupHref, sipPath } from './hrefs.js';

const rev2 = (ucs: boolean): string | undefined => (ucs ? '2' : undefined);
export const groupsHref = (b: string): string => `${b}/people/groups`;
export const membershipsHref = (b: string): string => `${b}/people/groupMemberships`;
export const membershipHref = (b: string, g: Group, uri: string): string =>
  `${membershipsHref(b)}/${encodeURIComponent(g.id)}/${sipPath(uri)}`;
export const subscribeToGroupHref = (b: string, g: Group): string =>
  `${b}/people/presenceSubscriptions?groupId=${encodeURIComponent(g.id)}`;

export function groupRes(b: string, g: Group, ucs: boolean): Res {
  const h = groupHref(b, g);
  if (g.kind === 'distributionGroup') {
    const links: Record<string, Link> = {
      expandDistributionGroup: { href: `${h}/expand` },
      subscribeToGroupPresence: { href: subscribeToGroupHref(b, g) },
    };
    if (ucs) {
      links.addToContactList = {
        href: `${groupsHref(b)}/addToContactList?groupId=${encodeURIComponent(g.id)}`,
      };
      links.removeFromContactList = {
        href: `${groupsHref(b)}/removeFromContactList?groupId=${encodeURIComponent(g.id)}`,
      };
    }
    return { rel: g.kind, href: h, props: { id: g.id, name: g.name, uri: g.uri }, links };
  }
  return {
    rel: g.kind,
    href: h,
    props: { id: g.id, name: g.name },
    links: {
      groupContacts: { href: `${h}/contacts` },
      subscribeToGroupPresence: { href: subscribeToGroupHref(b, g) },
    },
  };
}

export function groupContactsRes(b: string, g: Group, list: ContactList, dir: Directory): Res {
  const members = list.membersOf(g);
  return {
    rel: 'groupContacts',
    href: `${groupHref(b, g)}/contacts`,
    links: { contact: members.map((c) => ({ href: contactHref(b, c.uri) })) },
    embedded: { contact: members.map((c) => contactRes(b, c, dir.etag(c.uri))) },
  };
}

/** expandDistributionGroup: the distribution group with its members (expandDistributionGroup_ref.md). */
export function expandedRes(b: string, g: Group, list: ContactList, dir: Directory, ucs: boolean): Res {
  return {
    ...groupRes(b, g, ucs),
    embedded: { contact: list.membersOf(g).map((c) => contactRes(b, c, dir.etag(c.uri))) },
  };
}

export function myGroupsRes(b: string, list: ContactList, ucs: boolean): Res {
  const own = list.all().filter((g) => g.kind === 'group');
  const dls = list.all().filter((g) => g.kind === 'distributionGroup' && g.listed);
  const one = (kind: Group['kind']): Link | undefined => {
    const g = list.ofKind(kind);
    return g ? { href: groupHref(b, g) } : undefined;
  };
  return {
    rel: 'myGroups',
    href: groupsHref(b),
    links: {
      group: own.map((g) => ({ href: groupHref(b, g), revision: rev2(ucs) })),
      distributionGroup: dls.map((g) => ({ href: groupHref(b, g) })),
      defaultGroup: one('defaultGroup'),
      delegatesGroup: one('delegatesGroup'),
      delegatorsGroup: one('delegatorsGroup'),
      myOrganizationGroup: one('myOrganizationGroup'),
      pinnedGroup: one('pinnedGroup'),
    },
    embedded: {
      group: own.map((g) => groupRes(b, g, ucs)),
      distributionGroup: dls.map((g) => groupRes(b, g, ucs)),
    },
  };
}

export function membershipRes(b: string, g: Group, uri: string): Res {
  return {
    rel: 'myGroupMembership',
    href: membershipHref(b, g, uri),
    links: { contact: { href: contactHref(b, uri) }, [g.kind]: { href: groupHref(b, g) } },
  };
}

/** The groups whose memberships are listed (the server keeps delegators' and the organization's to itself). */
export function listedMembershipGroups(list: ContactList): Group[] {
  return list.all().filter((g) => PERSONAL.has(g.kind) || g.kind === 'delegatesGroup');
}

export function myGroupMembershipsRes(b: string, groups: Group[], ucs: boolean, groupId?: string): Res {
  const self = groupId ? `${membershipsHref(b)}?groupId=${encodeURIComponent(groupId)}` : membershipsHref(b);
  return {
    rel: 'myGroupMemberships',
    href: self,
    links: {
      removeContactFromAllGroups: ucs
        ? { href: `${membershipsHref(b)}/removeContactFromAllGroups`, revision: '2' }
        : undefined,
    },
    embedded: {
      myGroupMembership: groups.flatMap((g) => [...g.members].map((u) => membershipRes(b, g, u))),
    },
  };
}
