// Every payload captured from a real server or a third-party SDK (test/fixtures/ucwa-captures, sources in its
// SOURCES.md) decodes, and decodes to what it says: each `_links` entry in `links` with its href, each property in
// `properties` with its value, each `_embedded` resource under its key, recursively. Then one test per quirk those
// captures show, on the capture that shows it.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toEventBatch } from '../../../../main/ucwa/eventChannelBatch.js';
import { errorFromResponse } from '../../../../main/ucwa/failures.js';
import {
  decode,
  decodeDataUri,
  embedded,
  link,
  links,
  toDate,
} from '../../../../main/ucwa/representation/index.js';
import type { UcwaResource } from '../../../../main/ucwa/representation/index.js';
import { parseErrorBody } from '../../../../main/ucwa/representation/reason.js';
import { capturesDir } from '../../../support/samples.js';

const files = readdirSync(capturesDir).filter((f) => f.endsWith('.json') || f.endsWith('.xml'));
const raw = (file: string): string => readFileSync(join(capturesDir, file), 'utf8');
const load = (file: string): UcwaResource =>
  decode(raw(file), file.endsWith('.json') ? 'application/json' : 'application/xml');

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const asList = <T>(v: T | T[]): T[] => (Array.isArray(v) ? v : [v]);

/** Every difference between a JSON capture and its decoded model (an empty list: nothing was lost). */
function lost(json: Json, res: UcwaResource, path = ''): string[] {
  const out: string[] = [];
  for (const [rel, value] of Object.entries(isObject(json._links) ? json._links : {})) {
    const hrefs = asList(value as Json | Json[]).map((l) => l.href);
    const got = rel === 'self' ? [res.href] : links(res, rel).map((l) => l.href);
    if (JSON.stringify(got) !== JSON.stringify(hrefs)) out.push(`${path}_links.${rel}`);
  }
  for (const [key, value] of Object.entries(json)) {
    if (key === '_links' || key === '_embedded' || key === 'rel' || key === 'sender') continue;
    const got = res.properties[key];
    // Dates are normalised (to ISO in UTC), everything else is kept as it came, numeric strings included.
    const same =
      typeof value === 'string' && toDate(value) !== undefined
        ? toDate(got)?.getTime() === toDate(value)?.getTime()
        : JSON.stringify(got) === JSON.stringify(value);
    if (!same) out.push(`${path}${key}`);
  }
  for (const [key, value] of Object.entries(isObject(json._embedded) ? json._embedded : {})) {
    const inner = asList(value as Json | Json[]).filter(isObject);
    const got = embedded(res, key);
    if (got.length !== inner.length || Array.isArray(value) !== Array.isArray(res.embedded[key])) {
      out.push(`${path}_embedded.${key}`);
      continue;
    }
    inner.forEach((o, i) => out.push(...lost(o, got[i] as UcwaResource, `${path}_embedded.${key}[${i}].`)));
  }
  return out;
}

/** How many events a raw JSON event batch holds (each sender's `events`). */
function rawEventCount(json: Json): number {
  const senders = Array.isArray(json.sender) ? json.sender.filter(isObject) : [];
  return senders.reduce((n, s) => n + (Array.isArray(s.events) ? s.events.length : 0), 0);
}

describe('real captures', () => {
  it('has the capture set, with a source for every file', () => {
    expect(files.length).toBeGreaterThanOrEqual(77);
    const sources = raw('SOURCES.md');
    for (const f of files) expect(sources, f).toContain(`\`${f}\``);
  });

  it.each(files.filter((f) => f.endsWith('.json')))('%s decodes with nothing lost', (file) => {
    const json = JSON.parse(raw(file).replace(/^\uFEFF/, '')) as Json;
    const res = load(file);
    expect(lost(json, res)).toEqual([]);
    if (Array.isArray(json.sender)) {
      expect(res.rel).toBe('events');
      expect(toEventBatch(res).events).toHaveLength(rawEventCount(json));
    } else {
      expect(res.rel).toBe(typeof json.rel === 'string' ? json.rel : '');
    }
  });

  it('events.1.xml decodes to what its JSON twin on the same page says', () => {
    const fromXml = toEventBatch(load('events.1.xml'));
    const fromJson = toEventBatch(load('events.1.json'));
    expect(fromXml.next).toBe(fromJson.next);
    expect(fromXml.events.map((e) => [e.type, e.sender.rel, e.link.rel, e.link.href])).toEqual(
      fromJson.events.map((e) => [e.type, e.sender.rel, e.link.rel, e.link.href]),
    );
    const [xmlCommunication, jsonCommunication] = [fromXml, fromJson].map((b) => b.events[0]?.resource);
    expect(xmlCommunication?.properties).toEqual(jsonCommunication?.properties);
  });
});

describe('what real servers send', () => {
  it('a body that starts with a byte-order mark (the first part of a captured batch answer)', () => {
    expect(raw('myContacts.3.json').charCodeAt(0)).toBe(0xfeff);
    const res = load('myContacts.3.json');
    expect(embedded(res, 'contact').length).toBeGreaterThan(0);
  });

  it('a nested property bag in an XML error body, keyed by name, in the decoder and in the error answer', () => {
    expect(load('reason.1.xml').properties.debugInfo).toEqual({
      errorReportId: '14cb93491da94ab8a638e148462fcc21',
    });
    expect(parseErrorBody('application/xml', raw('reason.1.xml'))).toEqual({
      code: 'ServiceFailure',
      subcode: 'None',
      message: "Your request couldn't be completed.",
    });
    expect(errorFromResponse(500, 'application/xml', raw('reason.2.xml'))).toMatchObject({
      status: 500,
      code: 'Conflict',
      subcode: 'AlreadyExists',
    });
  });

  it('refuses a DTD in an error body as the decoder does (the status decides, no entity is expanded)', () => {
    const withDtd = raw('reason.2.xml').replace(
      '<reason ',
      '<!DOCTYPE reason [<!ENTITY c "ServiceFailure">]><reason ',
    );
    const expanded = withDtd.replace('<code>Conflict</code>', '<code>&c;</code>');
    expect(parseErrorBody('application/xml', expanded)).toBeUndefined();
    expect(errorFromResponse(409, 'application/xml', expanded).code).toBe('Conflict');
    expect(errorFromResponse(400, 'application/xml', expanded).code).toBe('BadRequest');
  });

  it('\\u0026 in an href, and a key= parameter the client must keep', () => {
    const events = link(load('application.1.json'), 'events')?.href;
    expect(events).toBe(
      '/ucwa/oauth/v1/applications/102150809602/events?ack=1&key=c2lwOnNtb25jYWRhQG1kbGl2ZS5jb20%3D-102150809602-',
    );
    expect(link(load('search.1.json'), 'self')?.href).toContain('sarad@contoso.com&limit=3');
    expect(embedded(load('search.1.json'), 'contact')[0]?.properties.department).toBe('Sales & Marketing');
  });

  it('/Date(ms)/ and ISO dates side by side read as instants; the property keeps its name', () => {
    const withMs = toEventBatch(load('events.8.json')).events.find((e) => e.link.rel === 'message');
    const iso = load('message.1.json').properties.timeStamp;
    const ms = withMs?.resource?.properties.timeStamp;
    expect(iso).toBe('2017-09-10T20:30:01.906Z');
    expect(ms).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(toDate(ms)?.getTime()).toBe(1364327898968);
  });

  it('ids, etags, conference ids and revisions that are numbers in a string stay strings', () => {
    const meeting = load('myOnlineMeeting.1.json');
    expect(meeting.properties.conferenceId).toBe('257150');
    expect(meeting.properties.etag).toBe('3055269905');
    expect(link(load('user.1.json'), 'applications')?.revision).toBe('2');
    expect(link(load('communication.2.json'), 'startMessaging')?.revision).toBe('2');
    expect(load('presenceSubscription.4.json').properties.id).toBe('1850d8fe1b6b49fba247519621125c7f');
  });

  it("an embedding key that differs from the embedded resource's own rel", () => {
    // participant.1.json was logged from `_embedded.localParticipant`: its own rel is participant.
    expect(load('participant.1.json').rel).toBe('participant');
    expect(load('participant.3.json').rel).toBe('participant');
    const from = embedded(load('messagingInvitation.2.json'), 'acceptedByParticipant')[0];
    expect(from?.rel).toBe('participant');
  });

  it('embedded arrays of one stay lists; a single embedded resource stays single', () => {
    const search = load('search.1.json');
    expect(Array.isArray(search.embedded.contact)).toBe(true);
    expect(embedded(search, 'contact')).toHaveLength(1);
    expect(Array.isArray(load('messagingInvitation.2.json').embedded.acceptedByParticipant)).toBe(true);
    expect(load('conversation.2.json').properties.activeModalities).toEqual(['Messaging']);
  });

  it('title and revision on links', () => {
    expect(link(load('conversation.2.json'), 'localParticipant')?.title).toBe('webchat service');
    expect(link(load('participantInvitation.2.json'), 'from')).toEqual({
      href: '/ucwa/oauth/v1/applications/10903776635/communication/conversations/8507d03c-3e26-4eb8-b991-0fb436b3d2d0/participants/d2viy2hhdhnlcnzpy2vad2viy2hhdduub25tawnyb3nvznquy29t0',
      title: 'webchat service',
    });
  });

  it('data: hrefs are links like any other, and read as text', () => {
    const message = load('message.1.json');
    const plain = Object.values(message.links)
      .flat()
      .find((l) => l.href.startsWith('data:'));
    expect(plain).toBeDefined();
    expect(decodeDataUri(plain?.href ?? '')?.text).toBeTypeOf('string');
  });

  it('a discovery root with only redirect (no user), in another letter case than its self link', () => {
    const root = load('root.1.json');
    expect(link(root, 'user')).toBeUndefined();
    expect(link(root, 'redirect')?.href).toContain('webdir1A');
    expect(root.href).toContain('webdir0b');
  });

  it('documents with no rel or no self', () => {
    const app = load('application.2.json');
    expect([app.rel, app.href]).toEqual(['', undefined]);
    expect(link(embedded(app, 'onlineMeetings')[0] ?? app, 'myOnlineMeetings')?.href).toBe(
      '/ucwa/oauth/v1/applications/123/onlineMeetings/myOnlineMeetings',
    );
    expect(link(load('root.5.json'), 'user')?.href).toContain('/root/oauth/user');
    expect(load('myOnlineMeeting.2.json').rel).toBe('');
  });
});
