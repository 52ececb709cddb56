// How the simulator reads what clients of other authors send: request targets beginning with "//" (RFC 9112
// §3.2.1: a path, not a host) and absolute-form targets, no Accept header, PascalCase bodies, gzip.
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../../main/sim/index.js';
import { signInLikeABot } from './botSession.js';
import { decode } from './helpers.js';
import { decodeBatch, json, raw } from './raw.js';

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

describe('request targets', () => {
  it('reads a target beginning with "//" as a path and answers it, as IIS does', async () => {
    sim = await startSimulator();
    const bot = await signInLikeABot(sim);
    const self = bot.app._links.self?.href ?? '';
    expect(bot.target(self)).toMatch(/^\/\/ucwa\/oauth\/v1\/applications\//);
    const app = await bot.get(self);
    expect(app.status).toBe(200);
    expect(json(app).rel).toBe('application');
    // More slashes, slashes inside the path, and the discovery root too.
    const tripled = await raw(sim.origin, 'GET', `//${self.replace('/applications/', '//applications///')}`, {
      headers: bot.auth,
    });
    expect(tripled.status).toBe(200);
    const root = await raw(sim.origin, 'GET', '//autodiscover/autodiscoverservice.svc/root');
    expect(json(root).rel).toBe('root');
  });

  it('reads an absolute-form target (a client talking to a proxy) as the path it names', async () => {
    sim = await startSimulator();
    const bot = await signInLikeABot(sim);
    const r = await raw(sim.origin, 'GET', `${sim.origin}${bot.app._links.self?.href ?? ''}`, {
      headers: bot.auth,
    });
    expect(r.status).toBe(200);
    expect(json(r).rel).toBe('application');
  });

  it('runs batch parts whose targets begin with "//"', async () => {
    sim = await startSimulator();
    const bot = await signInLikeABot(sim);
    const people = bot.app._embedded.people?._links.self?.href ?? '';
    const body = `--b1\r\nContent-Type: application/http; msgtype=request\r\n\r\nGET /${people} HTTP/1.1\r\nAccept: application/json\r\n\r\n--b1--\r\n`;
    const r = await bot.post(bot.app._links.batch?.href ?? '', body, {
      'Content-Type': 'multipart/batching;boundary=b1',
    });
    expect(r.status).toBe(200);
    expect(r.text).toContain('HTTP/1.1 200 OK');
    expect(r.text).toContain('"rel":"people"');
  });
});

describe('what other clients send', () => {
  it('answers JSON when no Accept header is sent, and takes PascalCase property names', async () => {
    sim = await startSimulator();
    const bot = await signInLikeABot(sim);
    const me = bot.app._embedded.me?._links;
    const available = await bot.post(me?.makeMeAvailable?.href ?? '', { SupportedModalities: ['Messaging'] });
    expect(available.status).toBe(204);
    const contact = sim.control.contacts()[0]?.uri ?? '';
    const sub = await bot.post(bot.app._embedded.people?._links.presenceSubscriptions?.href ?? '', {
      Duration: 11,
      Uris: [contact],
    });
    expect(sub.status).toBe(201);
    expect(sub.headers['content-type']).toMatch(/^application\/json/);
    const presence = await bot.post(`${me?.self?.href ?? ''}/presence`, { Availability: 'Busy' });
    expect(presence.status).toBe(204);
    expect(sim.control.self().availability).toBe('Busy');
    const batch = decodeBatch((await bot.get(bot.app._links.events?.href ?? '')).text, 'json');
    expect(batch.events.map((e) => `${e.rel} ${e.type}`)).toContain('contactPresence updated');
  });
});

describe.each(['json', 'xml'] as const)('gzip (%s)', (format) => {
  const accept = `application/${format}`;

  it('compresses answers for a client that accepts gzip, with the headers IIS sends', async () => {
    sim = await startSimulator();
    const bot = await signInLikeABot(sim);
    const href = bot.app._embedded.people?._links.myContacts?.href ?? '';
    const plain = await bot.get(href, { Accept: accept });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toBe('Accept-Encoding');
    const zipped = await bot.get(href, { Accept: accept, 'Accept-Encoding': 'gzip, deflate' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toBe('Accept-Encoding');
    expect(Number(zipped.headers['content-length'])).toBe(zipped.bytes.length);
    expect(zipped.bytes.length).toBeLessThan(plain.bytes.length);
    expect(gunzipSync(zipped.bytes).toString('utf8')).toBe(plain.text);
    expect(decode(zipped.text, format).embedded.contact).toHaveLength(40);
    // The event channel too (makeMeAvailable queues events for it).
    await bot.post(bot.app._embedded.me?._links.makeMeAvailable?.href ?? '', {});
    const events = await bot.get(bot.app._links.events?.href ?? '', {
      Accept: accept,
      'Accept-Encoding': 'gzip',
    });
    expect(events.headers['content-encoding']).toBe('gzip');
    expect(decodeBatch(events.text, format).links.next).toMatch(/ack=2$/);
  });

  it('sends plain bodies to a client that refuses gzip (q=0), and never compresses images or empty answers', async () => {
    sim = await startSimulator();
    const bot = await signInLikeABot(sim);
    const people = bot.app._embedded.people?._links.self?.href ?? '';
    const refused = await bot.get(people, { Accept: accept, 'Accept-Encoding': 'gzip;q=0, identity' });
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(decode(refused.text, format).rel).toBe('people');
    const any = await bot.get(people, { Accept: accept, 'Accept-Encoding': '*' });
    expect(any.headers['content-encoding']).toBe('gzip');
    const photo = await bot.get(bot.app._embedded.me?._links.photo?.href ?? '', {
      'Accept-Encoding': 'gzip',
    });
    expect(photo.headers['content-type']).toBe('image/png');
    expect(photo.headers['content-encoding']).toBeUndefined();
    const me = bot.app._embedded.me?._links;
    const empty = await bot.post(me?.makeMeAvailable?.href ?? '', {}, { 'Accept-Encoding': 'gzip' });
    expect(empty.status).toBe(204);
    expect(empty.headers['content-encoding']).toBeUndefined();
  });
});

describe('gzip off', () => {
  it('answers plain bodies when the simulator is started without gzip', async () => {
    sim = await startSimulator({ gzip: false });
    const bot = await signInLikeABot(sim);
    const r = await bot.get(bot.app._embedded.people?._links.self?.href ?? '', { 'Accept-Encoding': 'gzip' });
    expect(r.headers['content-encoding']).toBeUndefined();
    expect(json(r).rel).toBe('people');
  });
});
