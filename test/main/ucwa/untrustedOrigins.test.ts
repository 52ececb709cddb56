// A server the user signed in to that turns hostile: every href it hands out may point at a foreign origin (another
// loopback address, a real server that records what reaches it and asks for a password like a pool would). Through a
// contact's relationship link, the event channel's `next`, a 401 challenge naming another host, a discovery 3xx or a
// root's `user`/`redirect` link, in JSON and in XML, through the protocol client and the app model: the foreign
// origin must get no request at all (so no password, token, cookie or Negotiate/NTLM header), and the user is told
// in words which host was refused.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createAppModel, memoryHistoryStore } from '../../../main/app/index.js';
import { startSimulator } from '../../../main/sim/index.js';
import type { Simulator } from '../../../main/sim/index.js';
import { UcwaClient } from '../../../main/ucwa/client.js';
import type { WireFormat } from '../../../main/ucwa/representation/index.js';
import { errorMessage } from '../../../main/words/trust.js';
import { nextEvent } from '../../support/appEvents.js';
import { leaks, pointLinks, startForeignOrigin, startRewritingProxy } from '../../support/foreignOrigin.js';
import type { ForeignOrigin, RewritingProxy } from '../../support/foreignOrigin.js';
import { simAccount } from '../../support/signIn.js';

let sim: Simulator;
let foreign: ForeignOrigin;
let proxy: RewritingProxy;
beforeAll(async () => {
  sim = await startSimulator({ contacts: 5, seed: 3 });
  foreign = await startForeignOrigin();
  proxy = await startRewritingProxy(sim);
});
afterAll(async () => {
  await proxy.close();
  await foreign.close();
  await sim.close();
});
afterEach(() => {
  proxy.rewrite = (a) => a;
  foreign.requests.length = 0;
});

const signIn = (format: WireFormat) =>
  UcwaClient.signIn({
    sipAddress: sim.user,
    discoverUrl: proxy.discoverUrl,
    password: sim.password,
    endpointId: `hostile-${format}`,
    format,
  });

/** What must never reach the foreign origin, and the sentence the user gets. */
function expectNothingSent(): void {
  expect(foreign.requests.map((r) => `${r.method} ${r.path}`)).toEqual([]);
  expect(leaks(foreign.requests, [sim.password])).toEqual([]);
}
const pointedElsewhere = () => `The server pointed to ${foreign.host}, which you have not signed in to.`;

describe.each<WireFormat>(['json', 'xml'])('a hostile server, %s', (format) => {
  it('a contact’s relationship link to a foreign origin: refused, nothing sent there', async () => {
    const client = await signIn(format);
    try {
      proxy.rewrite = (a) => ({
        ...a,
        body: pointLinks(a.body, 'contactPrivacyRelationship', foreign.origin),
      });
      const contacts = await client.contacts();
      const contact = contacts[0];
      if (contact === undefined) throw new Error('no contact');
      const refused = await client.relationship(contact).catch((e: unknown) => e);
      expect(refused).toMatchObject({ code: 'InsecureUrl', subcode: 'UntrustedHost' });
      expect(errorMessage(refused)).toBe(pointedElsewhere());
      expectNothingSent();
    } finally {
      proxy.rewrite = (a) => a;
      await client.signOut();
    }
  });

  it('a challenge whose token endpoint is on another host: the password is not posted anywhere', async () => {
    const tokenRequests: string[] = [];
    proxy.rewrite = (a) => {
      if (a.path.includes('oauthtoken')) tokenRequests.push(a.path);
      const challenge = a.headers.get('www-authenticate');
      if (challenge !== null)
        a.headers.set(
          'www-authenticate',
          challenge.replace(/href="[^"]*"/, `href="${foreign.origin}/token"`),
        );
      return a;
    };
    const refused = await signIn(format).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'InsecureUrl', subcode: 'TokenEndpointElsewhere' });
    expect(errorMessage(refused)).toBe(
      `The server asked for your sign-in to be sent to ${foreign.host}, which you have not signed in to.`,
    );
    expect(tokenRequests).toEqual([]);
    expectNothingSent();
  });

  it('a discovery answer that redirects (3xx) to a foreign origin: not followed', async () => {
    proxy.rewrite = (a) => {
      if (!/autodiscoverservice\.svc\/root$/i.test(a.path)) return a;
      const headers = new Headers({ location: `${foreign.origin}/root` });
      return { ...a, status: 302, headers, body: '' };
    };
    const refused = await signIn(format).catch((e: unknown) => e);
    expect(refused).toMatchObject({ subcode: 'UntrustedHost', details: { host: foreign.host } });
    expect(errorMessage(refused)).toBe(pointedElsewhere());
    expectNothingSent();
  });

  it.each(['user', 'redirect'])(
    'a discovery root whose %s link is on a foreign origin: not followed',
    async (rel) => {
      proxy.rewrite = (a) => {
        if (!/autodiscoverservice\.svc\/root$/i.test(a.path)) return a;
        const renamed = a.body.replace(/"user"\s*:/, `"${rel}":`).replace(/rel="user"/, `rel="${rel}"`);
        return { ...a, body: pointLinks(renamed, rel, foreign.origin) };
      };
      const refused = await signIn(format).catch((e: unknown) => e);
      expect(refused).toMatchObject({ subcode: 'UntrustedHost' });
      expect(errorMessage(refused)).toBe(pointedElsewhere());
      expectNothingSent();
    },
  );

  it('the app model: an event channel `next` on a foreign origin is never asked', async () => {
    const model = createAppModel({
      historyStore: memoryHistoryStore(),
      endpointId: `hostile-model-${format}`,
      format,
      channel: { backoff: { baseMs: 20, capMs: 200 } },
    });
    try {
      await model.signIn({ ...simAccount(sim), discoverUrl: proxy.discoverUrl });
      let pointed = 0;
      proxy.rewrite = (a) => {
        if (!/\/events\?/.test(a.path) || a.status !== 200) return a;
        pointed++;
        return { ...a, body: pointLinks(a.body, 'next', foreign.origin) };
      };
      // The channel cannot go on (reconnecting, or stopped for good): either way, nothing was sent there.
      const stalled = nextEvent(model, 'state', (s) => s.session.kind !== 'connected');
      const contact = sim.control.contacts().find((c) => c.inContactList);
      if (contact === undefined) throw new Error('no contact');
      sim.control.setLevel(contact.uri, contact.level === 'Blocked' ? 'External' : 'Blocked');
      await stalled;
      expect(pointed).toBeGreaterThan(0);
      expectNothingSent();
    } finally {
      proxy.rewrite = (a) => a;
      await model.signOut();
    }
  });
});
