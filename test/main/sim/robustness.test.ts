import { afterEach, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../../main/sim/index.js';
import { signIn } from './helpers.js';

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

describe.each(['json', 'xml'] as const)('bad requests get protocol error shapes (%s)', (format) => {
  const accept = `application/${format}`;
  const codeOf = async (r: Response): Promise<string> => {
    const t = await r.text();
    return format === 'json'
      ? (JSON.parse(t) as { code: string }).code
      : (/<code>(\w+)<\/code>/.exec(t)?.[1] ?? t);
  };

  it('unknown path 404, wrong method 405, bad body 400, missing token 401 — and the server keeps serving', async () => {
    sim = await startSimulator();
    const s = await signIn(sim);
    const unknown = await s.get(`${s.app._links.self?.href}/nope/nothing`, format);
    expect(unknown.status).toBe(404);
    expect(await codeOf(unknown)).toBe('NotFound');
    const wrong = await fetch(s.url(`${s.app._embedded.people?._links.self?.href}/contacts`), {
      method: 'DELETE',
      headers: { ...s.headers, Accept: accept },
    });
    expect(wrong.status).toBe(405);
    expect(await codeOf(wrong)).toBe('MethodNotAllowed');
    const badBody = await fetch(`${sim.origin}/ucwa/oauth/v1/applications`, {
      method: 'POST',
      headers: { ...s.headers, Accept: accept, 'Content-Type': accept },
      body: format === 'json' ? '{"culture":' : '<input><property name="culture">',
    });
    expect(badBody.status).toBe(400);
    expect(await codeOf(badBody)).toBe('BadRequest');
    const noToken = await fetch(s.appHref, { headers: { Accept: accept } });
    expect(noToken.status).toBe(401);
    expect(noToken.headers.get('www-authenticate')).toContain('MsRtcOAuth');
    const weird = await fetch(`${sim.origin}/%E0%A4%A/..%2f..%2f`, { headers: { Accept: accept } });
    expect(weird.status).toBe(404);
    // A `%` that survives the path's one decoding is part of the name, not an escape: no such contact, not a crash.
    const people = s.app._embedded.people?._links.self?.href ?? '';
    for (const path of [
      `${people}/%25ZZ@contoso.com/presence`,
      `${s.app._links.self?.href}/photos/%25ZZ@x`,
    ]) {
      const r = await s.get(path, format);
      expect(r.status, path).toBe(404);
      expect(await codeOf(r)).toBe('NotFound');
    }
    const ok = await s.get(s.appHref, format);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('x-ms-ucwaversion')).toMatch(/^\d+(\.\d+)+$/); // on every UCWA answer (Versioning.md)
  });

  it('injects faults: fail with status, malformed body, drop, delay, then normal service', async () => {
    sim = await startSimulator();
    const s = await signIn(sim);
    sim.control.faults.failNext(1, 503, { match: /\/people$/ });
    const people = s.app._embedded.people?._links.self?.href ?? '';
    const failed = await s.get(people, format);
    expect(failed.status).toBe(503);
    expect(await codeOf(failed)).toBe('ServiceUnavailable');
    sim.control.faults.malformedNext(1);
    const broken = await s.get(people, format);
    expect(broken.status).toBe(200);
    const text = await broken.text();
    expect(() =>
      format === 'json'
        ? JSON.parse(text)
        : (() => {
            if (!text.includes('</resource>')) throw new Error('broken');
          })(),
    ).toThrow();
    sim.control.faults.dropNext(1);
    await expect(s.get(people, format)).rejects.toThrow();
    sim.control.faults.delayNext(1, 5);
    expect((await s.get(people, format)).status).toBe(200);
    sim.control.faults.failNext(1, 500, { code: 'ServiceFailure', subcode: 'CallbackChannelError' });
    const sub = await s.get(people, format);
    expect(await sub.text()).toContain('CallbackChannelError');
    expect((await s.get(people, format)).status).toBe(200);
  });
});

describe('HTTP control', () => {
  it('changes a level, sends an invitation and injects a fault under /_sim/', async () => {
    sim = await startSimulator();
    const c = sim.control.contacts()[0]?.uri ?? '';
    const post = (path: string, body: unknown): Promise<Response> =>
      fetch(`${sim?.origin}/_sim/${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect((await post('level', { uri: c, level: 'Workgroup' })).status).toBe(204);
    expect(sim.control.getLevel(c)).toBe('Workgroup');
    const level = (await (await fetch(`${sim.origin}/_sim/level?uri=${encodeURIComponent(c)}`)).json()) as {
      level: string;
    };
    expect(level.level).toBe('Workgroup');
    expect((await post('level', { uri: c, level: 'Nope' })).status).toBe(400);
    const inv = (await (
      await post('invitations', { kind: 'messaging', from: c, onBehalfOf: 'sip:boss@contoso.com' })
    ).json()) as { id: string };
    expect(inv.id).toMatch(/[0-9a-f-]{36}/);
    expect((await post('faults/failNext', { n: 1, status: 99999 })).status).toBe(400);
    expect((await post('faults/failNext', { n: 1, status: 500 })).status).toBe(204);
    expect((await fetch(sim.discoverUrl)).status).toBe(500);
    expect((await fetch(sim.discoverUrl)).status).toBe(200);
    expect((await post('contacts', { uri: 'sip:new.person@contoso.com', name: 'New Person' })).status).toBe(
      204,
    );
    expect(sim.control.contacts().some((x) => x.uri === 'sip:new.person@contoso.com')).toBe(true);
  });
});
