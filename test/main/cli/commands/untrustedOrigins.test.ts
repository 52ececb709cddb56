// The CLI against a server that points elsewhere: a discovery redirect to another origin is refused with the host
// named (nothing sent there) unless `--trust-host` names it; a contact's relationship link to a foreign origin is
// refused, and the foreign origin (127.0.0.2, recording everything) gets no request, so no password or token.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator } from '../../../../main/sim/index.js';
import type { Simulator } from '../../../../main/sim/index.js';
import {
  leaks,
  pointLinks,
  startForeignOrigin,
  startRewritingProxy,
} from '../../../support/foreignOrigin.js';
import type { ForeignOrigin, RewritingProxy } from '../../../support/foreignOrigin.js';
import { runCli } from './cli.js';

let sim: Simulator;
let foreign: ForeignOrigin;
let typed: RewritingProxy;
let secondPool: RewritingProxy;
beforeAll(async () => {
  sim = await startSimulator({ contacts: 3, seed: 4 });
  foreign = await startForeignOrigin();
  typed = await startRewritingProxy(sim);
  secondPool = await startRewritingProxy(sim, '127.0.0.3');
});
afterAll(async () => {
  await typed.close();
  await secondPool.close();
  await foreign.close();
  await sim.close();
});
afterEach(() => {
  typed.rewrite = (a) => a;
  foreign.requests.length = 0;
});

const ROOT = /autodiscoverservice\.svc\/root$/i;
const relationshipGet = (contact: string, ...extra: string[]) =>
  runCli(['relationship', 'get', '--discover', typed.discoverUrl, '--user', sim.user, ...extra, contact], {
    env: { UCWA_PASSWORD: sim.password },
  });
const someContact = (): string => {
  const c = sim.control.contacts().find((x) => x.inContactList);
  if (c === undefined) throw new Error('no contact');
  return c.uri;
};

describe('ucwa relationship and hosts the user did not sign in to', () => {
  it('refuses a discovery redirect to another origin in words, and follows it with --trust-host', async () => {
    const redirectTo = (origin: string) => (a: Parameters<RewritingProxy['rewrite']>[0]) =>
      ROOT.test(a.path) && a.headers.get('location') === null
        ? { ...a, status: 302, headers: new Headers({ location: `${origin}${a.path}` }), body: '' }
        : a;
    typed.rewrite = redirectTo(secondPool.origin);
    const host = secondPool.origin.slice('http://'.length);
    const refused = await relationshipGet(someContact());
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`The server pointed to ${host}, which you have not signed in to.`);
    expect(refused.stdout).toBe('');

    const trusted = await relationshipGet(someContact(), '--trust-host', secondPool.origin);
    expect(trusted.stderr).toBe('');
    expect(trusted.code).toBe(0);
    expect(JSON.parse(trusted.stdout)).toMatchObject({ uri: someContact() });
  });

  it('sends nothing to a foreign origin a relationship link points at', async () => {
    typed.rewrite = (a) => ({ ...a, body: pointLinks(a.body, 'contactPrivacyRelationship', foreign.origin) });
    const r = await relationshipGet(someContact());
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`The server pointed to ${foreign.host}, which you have not signed in to.`);
    expect(foreign.requests.map((q) => `${q.method} ${q.path}`)).toEqual([]);
    expect(leaks(foreign.requests, [sim.password])).toEqual([]);
  });

  it('sends nothing to a foreign origin a discovery redirect points at', async () => {
    typed.rewrite = (a) =>
      ROOT.test(a.path)
        ? { ...a, status: 307, headers: new Headers({ location: `${foreign.origin}/root` }), body: '' }
        : a;
    const r = await relationshipGet(someContact());
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(foreign.host);
    expect(foreign.requests).toEqual([]);
  });
});
