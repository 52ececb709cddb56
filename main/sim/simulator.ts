// startSimulator: builds the state (directory, auth, applications, invitations, faults), starts one HTTP server per
// pool on loopback, and returns the control handle. close() ends everything and is idempotent.
import type { Server } from 'node:http';
import { Applications } from './applications.js';
import { Auth } from './auth.js';
import { realClock } from './clock.js';
import type { SimContext } from './context.js';
import { createControl } from './control.js';
import { handleControl } from './controlHttp.js';
import { wireEvents } from './directoryEvents.js';
import { Conversations } from './conversations.js';
import { startDemo } from './demo.js';
import { ContactList } from './contactList.js';
import { wireContactListEvents } from './contactListEvents.js';
import { Directory, normaliseUri } from './directory.js';
import { DEPARTMENTS, generateAddressBook, generateContacts, generateSurroundings } from './generate.js';
import { Faults } from './faults.js';
import { Invitations } from './invitations.js';
import type { Front } from './dispatch.js';
import { DISCOVERY_PATH } from './discovery.js';
import { listen } from './server.js';
import type { SimContact, SimOptions, Simulator } from './types.js';

/** The signed-in user: a contact of the directory if the URI is one, else Dana Demo of Engineering. */
function signedInUser(dir: Directory, userUri: string): SimContact {
  const local = userUri.slice(4).split('@')[0] ?? 'demo';
  return (
    dir.get(userUri) ?? {
      uri: userUri,
      name: local === 'demo' ? 'Dana Demo' : local,
      emailAddresses: [userUri.slice(4)],
      title: 'Program Manager',
      department: 'Engineering',
      company: 'Contoso',
      office: '4/1150',
      workPhoneNumber: 'tel:+14255550100',
      mobilePhoneNumber: 'tel:+14255550101',
      sourceNetwork: 'SameEnterprise',
      type: 'User',
      level: 'Colleagues',
      availability: 'Online',
      modalities: ['Messaging', 'PhoneAudio'],
      group: 'default',
      inContactList: false,
    }
  );
}

/** People in the address book who are not in the contact list (search finds them). */
const ADDRESS_BOOK = 20;

export async function startSimulator(options: SimOptions = {}): Promise<Simulator> {
  const clock = options.clock ?? realClock;
  const host = options.host ?? '127.0.0.1';
  const userUri = normaliseUri(options.user ?? 'sip:demo@contoso.com');
  const password = options.password ?? 'demo';
  const seed = options.seed ?? 1;
  const contacts = generateContacts(options.contacts ?? 40, seed);
  const addressBook = generateAddressBook(ADDRESS_BOOK, seed, new Set(contacts.map((c) => c.uri)));
  const dir = new Directory([...contacts, ...addressBook]);
  const user = signedInUser(dir, userUri);
  const apps = new Applications({
    clock,
    aggregation: options.aggregation ?? 'immediate',
    resumeAfterMs: options.resumeAfterMs ?? 10 * 60_000,
    applicationIdleMs: options.applicationIdleMs ?? 15 * 60_000,
    timeoutRange: options.eventTimeoutRange ?? { min: 180, max: 1800 },
  });
  const contactList = new ContactList(dir, options.contactLimit ?? 250, {
    departments: DEPARTMENTS.map((d) => d.name),
    surroundings: generateSurroundings([...contacts, ...addressBook], userUri),
  });
  const ctx: SimContext = {
    clock,
    dir,
    contactList,
    ucs: options.unifiedContactStore ?? true,
    apps,
    auth: new Auth(clock, userUri, password, options.tokenLifetimeSeconds ?? 8 * 3600, options.signIn),
    faults: new Faults(),
    invitations: new Invitations(dir, apps, userUri),
    conversations: new Conversations({ clock, user, responseMs: options.contactResponseMs ?? 1000 }, apps),
    meetings: new Map(),
    user,
    redirectToSecondPool: options.redirectToSecondPool ?? false,
    origins: new Map(),
    maxBatchParts: options.maxBatchParts ?? 100,
    gzip: options.gzip ?? true,
    lastActive: new Map(),
  };
  wireEvents(ctx);
  wireContactListEvents(ctx);
  const front: Front = {
    ctx,
    stats: { requests: 0, byRoute: {} },
    listeners: new Set(),
    control: (req) => handleControl(req, control),
  };
  const control = createControl(ctx, front);

  const servers: Server[] = [];
  const first = await listen(front, host, options.port ?? 0, 1);
  servers.push(first.server);
  ctx.origins.set(1, first.origin);
  let secondOrigin: string | undefined;
  if (ctx.redirectToSecondPool) {
    const second = await listen(front, host, 0, 2);
    servers.push(second.server);
    ctx.origins.set(2, second.origin);
    secondOrigin = second.origin;
  }
  const stopDemo = options.demoScenario ? startDemo(control, clock, seed) : undefined;

  let closing: Promise<void> | undefined;
  return {
    discoverUrl: `${first.origin}${DISCOVERY_PATH}`,
    origin: first.origin,
    secondOrigin,
    user: userUri,
    password,
    control,
    close() {
      closing ??= (async () => {
        stopDemo?.();
        for (const s of servers) s.closeAllConnections();
        apps.deleteAll();
        await Promise.all(servers.map((s) => new Promise<void>((r) => s.close(() => r()))));
      })();
      return closing;
    },
  };
}
