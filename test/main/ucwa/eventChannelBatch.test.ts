// Event batches from the real sample payloads (and the XML form) flatten to the same events, in order.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decode } from '../../../main/ucwa/representation/index.js';
import { toEventBatch } from '../../../main/ucwa/eventChannelBatch.js';
import { samplesDir } from '../../support/samples.js';

const samples = samplesDir;
const read = (name: string) => readFileSync(`${samples}/${name}`, 'utf8');

describe('toEventBatch', () => {
  it('reads a contactPrivacyRelationship updated event with its contact', () => {
    const batch = toEventBatch(decode(read('contactPrivacyRelationship2.event.1.json'), 'application/json'));
    expect(batch.next).toMatch(/ack=2$/);
    expect(batch.events).toEqual([
      {
        type: 'updated',
        sender: { rel: 'people', href: 'https://fe1.contoso.com:443/ucwa/v1/applications/192/people' },
        link: {
          rel: 'contactPrivacyRelationship',
          href: 'https://fe1.contoso.com:443/ucwa/v1/applications/192/people/282/contactPrivacyRelationship',
        },
        in: { rel: 'contact', href: 'https://fe1.contoso.com:443/ucwa/v1/applications/192/people/282' },
      },
    ]);
  });

  it('keeps an embedded resource and operation status', () => {
    const json = JSON.stringify({
      _links: { self: { href: '/e?ack=1' }, resume: { href: '/e?ack=2' } },
      sender: [
        {
          rel: 'communication',
          href: '/c',
          events: [
            {
              link: { rel: 'messagingInvitation', href: '/c/inv/1' },
              _embedded: { messagingInvitation: { rel: 'messagingInvitation', subject: 'Hi', _links: {} } },
              type: 'started',
            },
            {
              link: { rel: 'messagingInvitation', href: '/c/inv/1' },
              type: 'completed',
              status: 'Failure',
              reason: { code: 'RemoteFailure', subcode: 'Canceled' },
            },
          ],
        },
      ],
    });
    const batch = toEventBatch(decode(json, 'application/json'));
    expect(batch.resume).toBe('/e?ack=2');
    expect(batch.next).toBeUndefined();
    expect(batch.events[0]?.resource?.properties.subject).toBe('Hi');
    expect(batch.events[1]).toMatchObject({
      type: 'completed',
      status: 'Failure',
      reason: { subcode: 'Canceled' },
    });
  });

  it('reads the XML form the same way', () => {
    const xml = `<?xml version="1.0" encoding="utf-8"?>
<events href="/a/events?ack=1" xmlns="http://schemas.microsoft.com/rtc/2012/03/ucwa">
  <link rel="next" href="/a/events?ack=2" />
  <sender rel="people" href="/a/people">
    <updated rel="contactPrivacyRelationship" href="/a/people/x@y.com/privacyRelationship">
      <in rel="contact" href="/a/people/x@y.com" />
    </updated>
  </sender>
</events>`;
    const batch = toEventBatch(decode(xml, 'application/vnd.microsoft.com.ucwa+xml'));
    expect(batch.next).toBe('/a/events?ack=2');
    expect(batch.events).toHaveLength(1);
    expect(batch.events[0]).toMatchObject({
      type: 'updated',
      sender: { rel: 'people' },
      link: { rel: 'contactPrivacyRelationship', href: '/a/people/x@y.com/privacyRelationship' },
    });
  });

  it('a resync-only answer and garbage senders give no events', () => {
    const json = JSON.stringify({
      _links: { resync: { href: '/e?ack=1' } },
      sender: [{ nope: 1 }, { rel: 'people', events: [{ type: 'weird' }] }],
    });
    expect(toEventBatch(decode(json, 'application/json'))).toEqual({ resync: '/e?ack=1', events: [] });
  });
});
