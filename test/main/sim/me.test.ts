// The signed-in user as a real server shows it: makeMeAvailable changes `me` and `communication` and says so on the
// event channel; the user's own presence, note and location really change, read back, and reach the user's other
// applications and anyone subscribed to the user; phones, call forwarding and online meetings answer.
import { afterEach, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../../main/sim/index.js';
import { decode, link, makeAvailable, send, signIn, type Session } from './helpers.js';
import { type Ev, decodeBatch } from './raw.js';

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const pget = async (s: Session, href: string, format: 'json' | 'xml') =>
  decodeBatch(await (await s.get(href, format)).text(), format);
const names = (events: Ev[]): string[] => events.map((e) => `${e.sender} ${e.rel} ${e.type}`);

describe.each(['json', 'xml'] as const)('makeMeAvailable (%s)', (format) => {
  it('replaces me.makeMeAvailable by presence, note, location, reportMyActivity, and fills supportedModalities', async () => {
    sim = await startSimulator();
    const s = await signIn(sim);
    const communication = link(s, 'communication', 'self');
    const before = await s.model(communication, format);
    expect(before.properties.supportedModalities ?? []).toEqual([]);
    expect(Object.keys(before.links)).toEqual(
      expect.arrayContaining(['startMessaging', 'startAudioVideo', 'startPhoneAudio', 'conversations']),
    );
    expect(before.properties['4d221db7-4af0-476b-9443-8bc874283085']).toBe(
      'please pass this in a PUT request',
    );
    const r = await send(s, 'POST', link(s, 'me', 'makeMeAvailable'), format, {
      supportedModalities: ['Messaging', 'PhoneAudio'],
    });
    expect(r.status).toBe(204);
    const batch = await pget(s, s.app._links.events?.href ?? '', format);
    expect(names(batch.events)).toEqual([
      'me me updated',
      'me presence added',
      'me note added',
      'me location added',
      'communication communication updated',
    ]);
    const [meEvent] = batch.events;
    expect(meEvent?.embedded?.links.makeMeAvailable).toBeUndefined();
    expect(meEvent?.embedded?.links.presence).toBeDefined();
    expect(batch.events[4]?.embedded?.properties.supportedModalities).toEqual(['Messaging', 'PhoneAudio']);
    const me = await s.model(link(s, 'me', 'self'), format);
    expect(Object.keys(me.links).sort()).toEqual(
      [
        'callForwardingSettings',
        'location',
        'note',
        'phones',
        'photo',
        'presence',
        'reportMyActivity',
      ].sort(),
    );
    expect((await s.model(communication, format)).properties.supportedModalities).toEqual([
      'Messaging',
      'PhoneAudio',
    ]);
  });
});

describe.each(['json', 'xml'] as const)('own presence, note and location (%s)', (format) => {
  it('change, read back, and reach the other applications and the user’s presence subscribers', async () => {
    sim = await startSimulator();
    const writer = await signIn(sim, 'ep-writer');
    const other = await signIn(sim, 'ep-other');
    const watcher = await signIn(sim, 'ep-watcher');
    await makeAvailable(writer);
    const otherNext = await makeAvailable(other);
    const sub = await send(watcher, 'POST', link(watcher, 'people', 'presenceSubscriptions'), format, {
      duration: 15,
      uris: [sim.user],
    });
    expect(sub.status).toBe(201);
    const watcherFirst = await pget(watcher, watcher.app._links.events?.href ?? '', format);
    const me = link(writer, 'me', 'self');
    for (const [name, props] of [
      ['presence', { availability: 'DoNotDisturb' }],
      ['note', { message: 'Out for lunch' }],
      ['location', { location: 'Building 4' }],
    ] as const) {
      expect((await send(writer, 'POST', `${me}/${name}`, format, props)).status).toBe(204);
    }
    const read = async (name: string) => (await writer.model(`${me}/${name}`, format)).properties;
    expect(await read('presence')).toMatchObject({ availability: 'DoNotDisturb' });
    expect(await read('note')).toMatchObject({ message: 'Out for lunch', type: 'Personal' });
    expect(await read('location')).toMatchObject({ location: 'Building 4' });
    expect(sim.control.self()).toMatchObject({
      availability: 'DoNotDisturb',
      note: 'Out for lunch',
      location: 'Building 4',
    });

    const heard = await pget(other, otherNext, format);
    expect(names(heard.events)).toEqual(['me presence updated', 'me note updated', 'me location updated']);
    expect(heard.events[0]?.embedded?.properties.availability).toBe('DoNotDisturb');
    expect(heard.events[1]?.embedded?.properties.message).toBe('Out for lunch');
    const watched = await pget(watcher, watcherFirst.links.next ?? '', format);
    expect(watched.events.map((e) => `${e.rel} in ${e.in}`)).toEqual([
      'contactPresence in contact',
      'contactNote in contact',
      'contactLocation in contact',
    ]);
    expect(watched.events[0]?.embedded?.properties.availability).toBe('DoNotDisturb');
    const asContact = await watcher.model(
      `${link(watcher, 'people', 'self')}/${sim.user.slice(4)}/presence`,
      format,
    );
    expect(asContact.properties.availability).toBe('DoNotDisturb');

    // Off work shows as away with the off-work activity; an empty body resets to Online; a blank note clears it.
    await send(writer, 'POST', `${me}/presence`, format, { availability: 'Offwork' });
    expect(await read('presence')).toMatchObject({ availability: 'Away', activity: 'off-work' });
    await send(writer, 'POST', `${me}/presence`, format, {});
    expect((await read('presence')).availability).toBe('Online');
    await send(writer, 'POST', `${me}/note`, format, { message: '' });
    expect((await read('note')).message ?? '').toBe('');
  });

  it('refuses an availability that cannot be set, and a location too long, changing nothing', async () => {
    sim = await startSimulator();
    const s = await signIn(sim);
    await makeAvailable(s);
    const me = link(s, 'me', 'self');
    const bad = await send(s, 'POST', `${me}/presence`, format, { availability: 'IdleOnline' });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('ParameterValidationFailure');
    expect((await send(s, 'POST', `${me}/location`, format, { location: 'x'.repeat(61) })).status).toBe(400);
    expect(sim.control.self()).toMatchObject({ availability: 'Online', location: undefined });
  });
});

describe.each(['json', 'xml'] as const)('phones, call forwarding, online meetings (%s)', (format) => {
  it('serves the user’s phones and call forwarding settings, each part at its own href', async () => {
    sim = await startSimulator();
    const s = await signIn(sim);
    const phones = await s.model(link(s, 'me', 'phones'), format);
    expect(phones.rel).toBe('phones');
    expect(phones.embedded.phone?.map((p) => [p.properties.type, p.properties.number])).toEqual([
      ['Work', 'tel:+14255550100'],
      ['Mobile', 'tel:+14255550101'],
    ]);
    const forwarding = await s.model(link(s, 'me', 'callForwardingSettings'), format);
    expect(forwarding.properties.activeSetting).toBe('None');
    for (const part of ['immediateForwardSettings', 'simultaneousRingSettings', 'unansweredCallSettings']) {
      const embedded = forwarding.embedded[part]?.[0];
      expect(embedded?.rel).toBe(part);
      expect((await s.model(embedded?.href ?? '', format)).rel).toBe(part);
    }
  });

  it('schedules, lists and deletes an online meeting', async () => {
    sim = await startSimulator();
    const s = await signIn(sim);
    const hub = await s.model(link(s, 'onlineMeetings', 'self'), format);
    const mine = hub.links.myOnlineMeetings?.[0]?.href ?? '';
    const created = await send(s, 'POST', mine, format, {
      subject: 'Design review',
      attendees: ['sip:alex.doe@contoso.com'],
    });
    expect(created.status).toBe(201);
    const location = created.headers.get('location') ?? '';
    const meeting = decode(await created.text(), format);
    expect(meeting.href).toBe(location);
    expect(meeting.properties).toMatchObject({ subject: 'Design review', organizerUri: sim.user });
    expect((await s.model(mine, format)).embedded.myOnlineMeeting?.map((m) => m.href)).toEqual([location]);
    expect((await send(s, 'DELETE', location, format)).status).toBe(204);
    expect((await s.get(location, format)).status).toBe(404);
    const dialIn = await s.model(hub.links.phoneDialInInformation?.[0]?.href ?? '', format);
    expect(dialIn.embedded.dialInRegion?.[0]?.properties.number).toMatch(/^\+\d+$/);
  });
});
