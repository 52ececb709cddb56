// Conversations as a real server runs them, enough for a messaging bot: startMessaging answers 201 and the event
// channel tells of the conversation and the invitation; the simulated contact accepts, receives each message and
// answers (typing first); an accepted incoming invitation carries its first message; calls ring unanswered.
import { afterEach, describe, expect, it } from 'vitest';
import { createManualClock, startSimulator, type Simulator } from '../../../main/sim/index.js';
import { signInLikeABot } from './botSession.js';
import { type Format, decode, link, makeAvailable, send, signIn, type Session, until } from './helpers.js';
import { decodeBatch, json, readUntil } from './raw.js';

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const reader = (s: Session, format: Format) => async (href: string) =>
  decodeBatch(await (await s.get(href, format)).text(), format);
const textOf = (dataUri: string | undefined): string =>
  decodeURIComponent((dataUri ?? '').replace(/^data:[^,]*,/, '').replace(/\+/g, ' '));
const online = (s: Simulator) => s.control.contacts().find((c) => c.availability === 'Online')?.uri ?? '';

describe.each(['json', 'xml'] as const)('startMessaging (%s)', (format) => {
  it('answers 201, starts the conversation, and the contact accepts, receives a message and answers', async () => {
    sim = await startSimulator({ contactResponseMs: 0 });
    const s = await signIn(sim);
    const to = online(sim);
    const started = await send(s, 'POST', link(s, 'communication', 'startMessaging'), format, {
      to,
      subject: 'Lunch',
      operationId: 'op-1',
    });
    expect(started.status).toBe(201);
    const location = started.headers.get('location') ?? '';
    expect(location).toMatch(/\/communication\/messagingInvitations\/\w+$/);
    const invitation = decode(await started.text(), format);
    expect(invitation.properties).toMatchObject({ direction: 'Outgoing', operationId: 'op-1', to });

    const read = reader(s, format);
    const opened = await readUntil(read, s.app._links.events?.href ?? '', (e) => e.type === 'completed');
    const seen = opened.events.map((e) => `${e.sender} ${e.rel} ${e.type}`);
    expect(seen.slice(0, 3)).toEqual([
      'communication conversation added',
      'communication messagingInvitation started',
      'conversation localParticipant added',
    ]);
    expect(seen).toEqual(
      expect.arrayContaining([
        'conversation participant added',
        'conversation participantMessaging added',
        'communication conversation updated',
      ]),
    );
    const done = opened.events.find((e) => e.rel === 'messagingInvitation' && e.type === 'completed');
    expect(done?.status).toBe('Success');
    expect(done?.embedded?.properties).toMatchObject({ state: 'Connected', operationId: 'op-1' });
    const messaging = opened.events.filter((e) => e.rel === 'messaging').at(-1)?.embedded;
    expect(messaging?.properties.state).toBe('Connected');
    const sendHref = messaging?.links.sendMessage?.[0]?.href ?? '';

    const sent = await fetch(s.url(sendHref), {
      method: 'POST',
      headers: { ...s.headers, 'Content-Type': 'text/plain' },
      body: 'Lunch today?',
    });
    expect(sent.status).toBe(201);
    expect(sent.headers.get('location')).toMatch(/\/messaging\/messages\/\d+$/);
    const talk = await readUntil(
      read,
      opened.next,
      (e) => e.rel === 'message' && e.embedded?.properties.direction === 'Incoming',
    );
    expect(talk.events.map((e) => `${e.rel} ${e.type}${e.in ? ` in ${e.in}` : ''}`)).toEqual([
      'message completed',
      'participant added in typingParticipants',
      'participant deleted in typingParticipants',
      'message completed',
    ]);
    const [mine, , , answer] = talk.events;
    expect(mine?.embedded?.properties.direction).toBe('Outgoing');
    expect(mine?.embedded?.links.plainMessage).toBeUndefined();
    expect(answer?.status).toBe('Success');
    expect(textOf(answer?.embedded?.links.plainMessage?.[0]?.href)).not.toBe('');
    const from = await s.model(answer?.embedded?.links.participant?.[0]?.href ?? '', format);
    expect(from.properties.uri).toBe(to);
    const [conversation] = sim.control.conversations();
    expect(conversation?.with).toBe(to);
    expect(conversation?.messages.map((m) => m.direction)).toEqual(['Outgoing', 'Incoming']);
    expect(conversation?.messages[0]?.text).toBe('Lunch today?');

    const stop = messaging?.links.stopMessaging?.[0]?.href ?? '';
    expect((await fetch(s.url(stop), { method: 'POST', headers: s.headers })).status).toBe(204);
    const ended = await readUntil(read, talk.next, (e) => e.rel === 'conversation' && e.type === 'deleted');
    expect(ended.events.find((e) => e.rel === 'messaging')?.embedded?.properties.state).toBe('Disconnected');
    expect((await s.get(messaging?.links.conversation?.[0]?.href ?? '', format)).status).toBe(404);
    expect(sim.control.conversations()).toEqual([]);
  });

  it('fails the invitation when the contact is offline, and refuses an invitation to no one', async () => {
    sim = await startSimulator({ contactResponseMs: 0 });
    const s = await signIn(sim);
    const to = sim.control.contacts()[0]?.uri ?? '';
    sim.control.setPresence(to, 'Offline');
    const start = link(s, 'communication', 'startMessaging');
    expect((await send(s, 'POST', start, format, { to })).status).toBe(201);
    const out = await readUntil(
      reader(s, format),
      s.app._links.events?.href ?? '',
      (e) => e.rel === 'conversation' && e.type === 'deleted',
    );
    const done = out.events.find((e) => e.rel === 'messagingInvitation' && e.type === 'completed');
    expect(done).toMatchObject({
      status: 'Failure',
      reason: { code: 'RemoteFailure', subcode: 'TemporarilyUnavailable' },
    });
    const bad = await send(s, 'POST', start, format, { subject: 'to nobody' });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('ParameterValidationFailure');
  });
});

describe('a messaging bot against the simulator', () => {
  it('accepts an incoming message over "//" paths, reads the first message, and its answer reaches the contact', async () => {
    sim = await startSimulator({ contactResponseMs: 0 });
    const bot = await signInLikeABot(sim);
    expect(
      (
        await bot.post(bot.app._embedded.me?._links.makeMeAvailable?.href ?? '', {
          SupportedModalities: ['Messaging'],
        })
      ).status,
    ).toBe(204);
    const read = async (href: string) => decodeBatch((await bot.get(href)).text, 'json');
    const first = await read(bot.app._links.events?.href ?? '');
    const caller = online(sim);
    sim.control.sendInvitation({
      kind: 'messaging',
      from: caller,
      subject: 'Ping',
      message: 'Are you there?',
    });
    const invited = await readUntil(read, first.links.next ?? '', (e) => e.rel === 'messagingInvitation');
    const invitation = invited.events.find((e) => e.rel === 'messagingInvitation')?.embedded;
    expect(invitation?.properties.direction).toBe('Incoming');
    expect(textOf(invitation?.links.message?.[0]?.href)).toBe('Are you there?');
    expect((await bot.post(invitation?.links.accept?.[0]?.href ?? '')).status).toBe(204);

    const incoming = await readUntil(read, invited.next, (e) => e.rel === 'message');
    expect(incoming.events.find((e) => e.rel === 'messagingInvitation')?.status).toBe('Success');
    const message = incoming.events.find((e) => e.rel === 'message')?.embedded;
    expect(textOf(message?.links.plainMessage?.[0]?.href)).toBe('Are you there?');
    const participant = json<{ uri: string }>(await bot.get(message?.links.participant?.[0]?.href ?? ''));
    expect(participant.uri).toBe(caller);
    // python-ucwa-bot replies by POSTing text to the message's own href.
    const reply = await bot.post(message?.href ?? '', 'Yes, here.', { 'Content-Type': 'text/plain' });
    expect(reply.status).toBe(201);
    const answered = await readUntil(
      read,
      incoming.next,
      (e) => e.rel === 'message' && e.embedded?.properties.direction === 'Incoming',
    );
    expect(
      answered.events.filter((e) => e.rel === 'message').map((e) => e.embedded?.properties.direction),
    ).toEqual(['Outgoing', 'Incoming']);
    const messages = sim.control.conversations()[0]?.messages.map((m) => `${m.direction}: ${m.text}`);
    expect(messages?.slice(0, 2)).toEqual(['Incoming: Are you there?', 'Outgoing: Yes, here.']);
    await until(() => sim?.control.conversations()[0]?.messages.length === 3);
  });
});

describe('calls and the end of conversations', () => {
  it('rings a phone call unanswered for 30 s, and cancels a video call', async () => {
    const clock = createManualClock();
    sim = await startSimulator({ clock, contactResponseMs: 0, applicationIdleMs: 60 * 60_000 });
    const s = await signIn(sim);
    const to = online(sim);
    const phone = await send(s, 'POST', link(s, 'communication', 'startPhoneAudio'), 'json', { to });
    expect(phone.status).toBe(201);
    const read = reader(s, 'json');
    const ringing = await read(s.app._links.events?.href ?? '');
    expect(ringing.events.map((e) => `${e.rel} ${e.type}`)).toEqual([
      'conversation added',
      'phoneAudioInvitation started',
      'localParticipant added',
    ]);
    clock.advance(30_000);
    const unanswered = await read(ringing.links.next ?? '');
    expect(unanswered.events.map((e) => `${e.rel} ${e.type}`)).toEqual([
      'phoneAudioInvitation completed',
      'conversation deleted',
    ]);
    expect(unanswered.events[0]).toMatchObject({
      status: 'Failure',
      reason: { code: 'RemoteFailure', subcode: 'Timeout' },
    });

    const video = await send(s, 'POST', link(s, 'communication', 'startAudioVideo'), 'json', { to });
    const inv = decode(await video.text(), 'json');
    expect(
      (await fetch(s.url(inv.links.cancel?.[0]?.href ?? ''), { method: 'POST', headers: s.headers })).status,
    ).toBe(204);
    const cancelled = await read(unanswered.links.next ?? '');
    const completed = cancelled.events.find((e) => e.type === 'completed');
    expect(completed).toMatchObject({
      rel: 'audioVideoInvitation',
      reason: { code: 'LocalFailure', subcode: 'Canceled' },
    });
    expect((await s.get(video.headers.get('location') ?? '')).status).toBe(404);
  });

  it('drops the conversations of an application the server resumes', async () => {
    sim = await startSimulator({ contactResponseMs: 0 });
    const s = await signIn(sim);
    await makeAvailable(s);
    await send(s, 'POST', link(s, 'communication', 'startMessaging'), 'json', { to: online(sim) });
    await until(() => sim?.control.conversations()[0]?.state === 'Connected');
    sim.control.faults.forceResume();
    expect(sim.control.conversations()).toEqual([]);
    const list = await s.model(link(s, 'communication', 'conversations'));
    expect(list.links.conversation ?? []).toEqual([]);
  });
});
