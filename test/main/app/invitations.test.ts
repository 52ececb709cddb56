// Invitations from the event channel: only the three invitation rels make one, whatever else a server names its
// links (a rel such as `constructor` must not find Object.prototype's members and pass for an invitation kind).
// Dismissed ones leave the list main keeps, and a repeated event does not bring them back.
import { describe, expect, it } from 'vitest';
import { Invitations, invitationKind } from '../../../main/app/invitations.js';
import type { ProtocolPort } from '../../../main/app/index.js';
import type { InvitationView } from '../../../main/ipc/contract.js';
import type { UcwaEvent } from '../../../main/ucwa/eventChannelBatch.js';
import { emptyResource } from '../../../main/ucwa/representation/model.js';

function setup() {
  const emitted: InvitationView[] = [];
  const fetched: string[] = [];
  const port = {
    get: async (href: string) => {
      fetched.push(href);
      const r = emptyResource('invitation', href);
      r.properties.subject = 'Hello';
      return r;
    },
    invitationParties: async () => ({
      from: { uri: 'sip:ann@contoso.com', name: 'Ann' },
      onBehalfOf: null,
      delegator: null,
    }),
  } as unknown as ProtocolPort;
  const invitations = new Invitations(
    () => port,
    () => 1_000,
    (view) => {
      emitted.push(view);
    },
  );
  return { invitations, emitted, fetched };
}

const started = (rel: string, id: string = rel): UcwaEvent => ({
  type: 'started',
  sender: { rel: 'communication', href: '/communication' },
  link: { rel, href: `/communication/invitations/${id}` },
});

const completed = (id: string): UcwaEvent => ({
  type: 'completed',
  sender: { rel: 'communication', href: '/communication' },
  link: { rel: 'messagingInvitation', href: `/communication/invitations/${id}` },
  status: 'Failure',
  reason: { code: 'Gone', subcode: 'Missed' },
});

describe('invitations', () => {
  it('names the three invitation kinds and nothing else', () => {
    expect(invitationKind('messagingInvitation')).toBe('messaging');
    expect(invitationKind('audioVideoInvitation')).toBe('audioVideo');
    expect(invitationKind('phoneAudioInvitation')).toBe('phoneAudio');
    for (const rel of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'contact']) {
      expect({ rel, kind: invitationKind(rel) }).toEqual({ rel, kind: undefined });
    }
  });

  it('ignores a server event whose rel is an Object.prototype member, and still reads a real invitation', async () => {
    const { invitations, emitted, fetched } = setup();
    for (const rel of ['constructor', 'toString', '__proto__']) await invitations.onEvent(started(rel));
    expect(fetched).toEqual([]);
    expect(emitted).toEqual([]);
    await invitations.onEvent(started('messagingInvitation'));
    expect(emitted).toMatchObject([
      {
        kind: 'messaging',
        from: { uri: 'sip:ann@contoso.com', name: 'Ann' },
        subject: 'Hello',
        state: 'ringing',
      },
    ]);
    expect(JSON.parse(JSON.stringify(invitations.list()))).toEqual(invitations.list());
  });

  it('drops dismissed invitations from its list, for good: a repeated event or its ending does not bring one back', async () => {
    const { invitations, emitted } = setup();
    for (const id of ['a', 'b', 'c']) await invitations.onEvent(started('messagingInvitation', id));
    const [a, b, c] = invitations.list();
    expect(a && b && c).toBeTruthy();
    const left = invitations.dismiss([a?.id ?? '', 'inv-unknown']);
    expect(left.map((i) => i.id)).toEqual([b?.id, c?.id]);
    expect(invitations.list()).toEqual(left);
    const before = emitted.length;
    await invitations.onEvent(started('messagingInvitation', 'a'));
    await invitations.onEvent(completed('a'));
    expect(emitted).toHaveLength(before);
    expect(invitations.list().map((i) => i.id)).toEqual([b?.id, c?.id]);
    // "Clear ended": the one that ended goes, the one still ringing stays.
    await invitations.onEvent(completed('b'));
    const ended = invitations.list().filter((i) => i.state !== 'ringing');
    expect(ended.map((i) => i.id)).toEqual([b?.id]);
    expect(invitations.dismiss(ended.map((i) => i.id))).toMatchObject([{ id: c?.id, state: 'ringing' }]);
  });
});
