// Deterministic people for the simulator: the contact list (a believable 40 by default, or n generated), an address
// book of colleagues who are not in the list (found by search), and the user's surroundings built from them: the
// organization (manager, peers, reports), delegates and delegators, distribution groups. Same seed, same people.
import { autoLevel } from '../ucwa/privacyLevels.js';
import type { PrivacyLevel, SimContact, SourceNetwork } from './types.js';

/** mulberry32: small deterministic PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = [
  'Alex',
  'Sara',
  'Lene',
  'Tosh',
  'Maria',
  'Kenji',
  'Priya',
  'Omar',
  'Ingrid',
  'Lucas',
  'Amara',
  'Noah',
  'Chloé',
  'Dmitri',
  'Fatima',
  'Jonas',
  'Mei',
  'Rafael',
  'Aisha',
  'Henrik',
  'Grace',
  'Mateo',
  'Yuki',
  'Elena',
  'Samuel',
  'Zara',
  'Tomás',
  'Hannah',
  'Ravi',
  'Olga',
];
const LAST = [
  'Doe',
  'Davis',
  'Aaling',
  'Meston',
  'Garcia',
  'Tanaka',
  'Nair',
  'Haddad',
  'Larsen',
  'Moreau',
  'Okafor',
  'Fischer',
  'Dubois',
  'Petrov',
  'Rahman',
  'Berg',
  'Chen',
  'Silva',
  'Khan',
  'Nilsson',
  'Kim',
  'Rossi',
  'Sato',
  'Novak',
  'Adeyemi',
  'Ali',
  'Herrera',
  'Weber',
  'Patel',
  'Ivanova',
];
export const DEPARTMENTS: Array<{ name: string; titles: string[] }> = [
  {
    name: 'Engineering',
    titles: ['Software Engineer', 'Senior Engineer', 'Engineering Manager', 'Architect'],
  },
  { name: 'Sales', titles: ['Account Executive', 'Sales Manager', 'Sales Engineer'] },
  { name: 'Marketing', titles: ['Marketing Specialist', 'Product Marketing Manager', 'Designer'] },
  { name: 'Finance', titles: ['Accountant', 'Financial Analyst', 'Controller'] },
  { name: 'Human Resources', titles: ['HR Business Partner', 'Recruiter'] },
  { name: 'Executive Office', titles: ['Executive Assistant', 'Chief of Staff'] },
];
const EXTERNAL = [
  { company: 'Fabrikam', domain: 'fabrikam.com', network: 'Federated' as const },
  { company: 'Northwind Traders', domain: 'northwindtraders.com', network: 'Federated' as const },
  { company: '', domain: 'outlook.com', network: 'PublicCloud' as const },
];
const AVAILABILITY = [
  'Online',
  'Online',
  'Online',
  'Busy',
  'Away',
  'BeRightBack',
  'DoNotDisturb',
  'Offline',
  'IdleOnline',
];
const NOTES = [
  'Heads down on the Q3 release',
  'Back Monday',
  'Ask me about the new pricing',
  'Working from Oslo this week',
];
const LOCATIONS = ['Building 4, Floor 2', 'Home office', 'Redmond', 'London office'];

function pick<T>(rnd: () => number, items: readonly T[]): T {
  return items[Math.floor(rnd() * items.length)] as T;
}

function phone(rnd: () => number): string {
  return `tel:+1425555${String(1000 + Math.floor(rnd() * 9000))}`;
}

/** Deterministic contact list: a believable 40 by default, or n generated ones (unique URIs). */
export function generateContacts(n: number, seed: number): SimContact[] {
  const rnd = prng(seed);
  const out: SimContact[] = [];
  const used = new Set<string>();
  for (let i = 0; i < n; i++) {
    const first = pick(rnd, FIRST);
    const last = pick(rnd, LAST);
    const external = rnd() < 0.2 ? pick(rnd, EXTERNAL) : undefined;
    const domain = external?.domain ?? 'contoso.com';
    let local = `${first}.${last}`
      .toLowerCase()
      .normalize('NFD')
      .replace(/[^a-z.]/g, '');
    if (used.has(`${local}@${domain}`)) local = `${local}${i}`;
    used.add(`${local}@${domain}`);
    const dept = pick(rnd, DEPARTMENTS);
    const sourceNetwork: SourceNetwork = external?.network ?? 'SameEnterprise';
    const r = rnd();
    const level: PrivacyLevel =
      r < 0.55
        ? autoLevel(sourceNetwork)
        : r < 0.75
          ? 'Workgroup'
          : r < 0.9
            ? 'FriendsAndFamily'
            : r < 0.95
              ? 'Blocked'
              : external
                ? 'Colleagues'
                : 'External';
    const availability = pick(rnd, AVAILABILITY);
    const c: SimContact = {
      uri: `sip:${local}@${domain}`,
      name: `${first} ${last}`,
      emailAddresses: [`${local}@${domain}`],
      sourceNetwork,
      type: 'User',
      level,
      availability,
      deviceType: 'PC',
      modalities: availability === 'Offline' ? ['Messaging'] : ['Messaging', 'Audio', 'Video', 'PhoneAudio'],
      group: external ? 'default' : `dept-${DEPARTMENTS.indexOf(dept)}`,
      inContactList: true,
    };
    if (!external || external.company) c.company = external?.company ?? 'Contoso';
    if (!external) {
      c.department = dept.name;
      c.title = pick(rnd, dept.titles);
      c.office = `${1 + Math.floor(rnd() * 40)}/${1000 + Math.floor(rnd() * 900)}`;
      c.workPhoneNumber = phone(rnd);
    }
    if (rnd() < 0.4) c.mobilePhoneNumber = phone(rnd);
    if (rnd() < 0.25) c.note = pick(rnd, NOTES);
    if (c.note) c.noteType = rnd() < 0.2 ? 'OutOfOffice' : 'Personal';
    if (rnd() < 0.3) c.location = pick(rnd, LOCATIONS);
    if (rnd() < 0.1) c.group = 'pinned';
    out.push(c);
  }
  return out;
}

/** Colleagues in the address book who are not in the user's contact list: search finds them, the user adds them. */
export function generateAddressBook(n: number, seed: number, taken: ReadonlySet<string>): SimContact[] {
  const rnd = prng(seed ^ 0xadd0b00c);
  const out: SimContact[] = [];
  for (let i = 0; out.length < n && i < n * 10; i++) {
    const first = pick(rnd, FIRST);
    const last = pick(rnd, LAST);
    const local = `${first}.${last}`
      .toLowerCase()
      .normalize('NFD')
      .replace(/[^a-z.]/g, '');
    const uri = `sip:${local}@contoso.com`;
    if (taken.has(uri) || out.some((c) => c.uri === uri)) continue;
    const dept = pick(rnd, DEPARTMENTS);
    out.push({
      uri,
      name: `${first} ${last}`,
      company: 'Contoso',
      department: dept.name,
      title: pick(rnd, dept.titles),
      office: `${1 + Math.floor(rnd() * 40)}/${1000 + Math.floor(rnd() * 900)}`,
      emailAddresses: [`${local}@contoso.com`],
      workPhoneNumber: phone(rnd),
      sourceNetwork: 'SameEnterprise',
      type: 'User',
      level: autoLevel('SameEnterprise'),
      availability: pick(rnd, AVAILABILITY),
      deviceType: 'PC',
      modalities: ['Messaging', 'Audio', 'Video', 'PhoneAudio'],
      group: '',
      inContactList: false,
    });
  }
  return out;
}

/** The user's place in the organization: one manager, peers with the same manager, and direct reports. */
export interface Organization {
  manager?: string;
  peers: string[];
  reports: string[];
}

export interface DistributionGroupSeed {
  id: string;
  name: string;
  uri: string;
  members: string[];
  inContactList: boolean;
}

export interface Surroundings {
  organization: Organization;
  delegates: string[];
  delegators: string[];
  distributionGroups: DistributionGroupSeed[];
}

/**
 * Picked from the people (contact list first, then the address book) by department and title, so the same seed gives
 * the same surroundings: the user works in Engineering; delegates are executive assistants, delegators managers.
 */
export function generateSurroundings(people: readonly SimContact[], user: string): Surroundings {
  const inOrg = people.filter((p) => p.uri !== user && p.sourceNetwork === 'SameEnterprise');
  const engineering = inOrg.filter((p) => p.department === 'Engineering');
  const manager = engineering.find((p) => /Manager|Architect/.test(p.title ?? '')) ?? engineering[0];
  const rest = engineering.filter((p) => p !== manager);
  const managers = inOrg.filter((p) => /Manager|Chief|Controller/.test(p.title ?? '') && p !== manager);
  const assistants = inOrg.filter((p) => /Assistant|Chief of Staff/.test(p.title ?? ''));
  const team = (dept: string): string[] => inOrg.filter((p) => p.department === dept).map((p) => p.uri);
  return {
    organization: {
      manager: manager?.uri,
      peers: rest.slice(0, 3).map((p) => p.uri),
      reports: rest.slice(3, 5).map((p) => p.uri),
    },
    delegates: assistants.slice(0, 1).map((p) => p.uri),
    delegators: managers.slice(0, 2).map((p) => p.uri),
    distributionGroups: [
      {
        id: 'dl-engineering',
        name: 'Engineering Team',
        uri: 'sip:engineering@contoso.com',
        members: team('Engineering'),
        inContactList: true,
      },
      {
        id: 'dl-sales',
        name: 'Sales Team',
        uri: 'sip:sales@contoso.com',
        members: team('Sales'),
        inContactList: false,
      },
      {
        id: 'dl-all',
        name: 'All Contoso',
        uri: 'sip:all@contoso.com',
        members: inOrg.map((p) => p.uri),
        inContactList: false,
      },
    ],
  };
}
