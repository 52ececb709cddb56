// search (revision 2, search2_ref.md): the organization's address book — contacts and people not in the list
// alike, and distribution groups — by name, e-mail or SIP address (`query`: every word must match), or by an exact
// e-mail address (`mail`); `limit` 1–100 per kind, `moreResultsAvailable` when there were more.
import type { Group } from '../contactList.js';
import type { Directory } from '../directory.js';
import type { Res } from '../render.js';
import type { SimContact } from '../types.js';
import { contactRes } from './contacts.js';
import { groupRes } from './groups.js';

export interface SearchQuery {
  query: string;
  mail: string;
  limit: number;
}

function matchesWords(words: string[], texts: string[]): boolean {
  return words.every((w) => texts.some((t) => t.includes(w)));
}

function personMatches(c: SimContact, q: SearchQuery, words: string[]): boolean {
  const mails = c.emailAddresses.map((e) => e.toLowerCase());
  if (q.mail !== '' && !mails.includes(q.mail)) return false;
  return words.length === 0 || matchesWords(words, [c.name.toLowerCase(), c.uri.slice(4), ...mails]);
}

function groupMatches(g: Group, q: SearchQuery, words: string[]): boolean {
  const address = (g.uri ?? '').slice(4);
  if (q.mail !== '' && address !== q.mail) return false;
  return words.length === 0 || matchesWords(words, [g.name.toLowerCase(), address]);
}

export function searchRes(b: string, dir: Directory, groups: Group[], q: SearchQuery, ucs: boolean): Res {
  const words = q.query.toLowerCase().split(/\s+/).filter(Boolean);
  const asked = words.length > 0 || q.mail !== '';
  const people = asked ? dir.people().filter((c) => personMatches(c, q, words)) : [];
  const dls = asked ? groups.filter((g) => g.kind === 'distributionGroup' && groupMatches(g, q, words)) : [];
  const params = new URLSearchParams();
  if (q.query !== '') params.set('query', q.query);
  if (q.mail !== '') params.set('mail', q.mail);
  params.set('limit', String(q.limit));
  return {
    rel: 'search',
    href: `${b}/people/search?${params.toString()}`,
    props: { moreResultsAvailable: people.length > q.limit || dls.length > q.limit },
    embedded: {
      contact: people.slice(0, q.limit).map((c) => contactRes(b, c, dir.etag(c.uri))),
      distributionGroup: dls.slice(0, q.limit).map((g) => groupRes(b, g, ucs)),
    },
  };
}
