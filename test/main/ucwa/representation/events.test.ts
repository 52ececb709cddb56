// Event batches decode to the same normalised form from JSON and XML (events.ts), with order kept.
import { describe, expect, it } from 'vitest';
import { decodeJson, decodeXml } from '../../../../main/ucwa/representation/index.js';

const XML = `<events href="/ucwa/oauth/v1/applications/102/events?ack=1" xmlns="http://schemas.microsoft.com/rtc/2012/03/ucwa">
  <link rel="next" href="/ucwa/oauth/v1/applications/102/events?ack=2" />
  <sender rel="me" href="/ucwa/oauth/v1/applications/102/me">
    <updated rel="me" href="/ucwa/oauth/v1/applications/102/me" />
    <added rel="presence" href="/ucwa/oauth/v1/applications/102/me/presence" />
  </sender>
  <sender rel="communication" href="/ucwa/oauth/v1/applications/102/communication">
    <updated rel="communication" href="/ucwa/oauth/v1/applications/102/communication">
      <resource rel="communication" href="/ucwa/oauth/v1/applications/102/communication">
        <property name="audioPreference">PhoneAudio</property>
      </resource>
    </updated>
  </sender>
</events>`;

const JSON_BATCH = {
  _links: {
    self: { href: '/ucwa/oauth/v1/applications/102/events?ack=1' },
    next: { href: '/ucwa/oauth/v1/applications/102/events?ack=2' },
  },
  sender: [
    {
      rel: 'me',
      href: '/ucwa/oauth/v1/applications/102/me',
      events: [
        { link: { rel: 'me', href: '/ucwa/oauth/v1/applications/102/me' }, type: 'updated' },
        { link: { rel: 'presence', href: '/ucwa/oauth/v1/applications/102/me/presence' }, type: 'added' },
      ],
    },
    {
      rel: 'communication',
      href: '/ucwa/oauth/v1/applications/102/communication',
      events: [
        {
          link: { rel: 'communication', href: '/ucwa/oauth/v1/applications/102/communication' },
          _embedded: {
            communication: {
              rel: 'communication',
              audioPreference: 'PhoneAudio',
              _links: { self: { href: '/ucwa/oauth/v1/applications/102/communication' } },
            },
          },
          type: 'updated',
        },
      ],
    },
  ],
};

describe('event batches', () => {
  it('decode the same from XML and JSON', () => {
    const fromXml = decodeXml(XML);
    const fromJson = decodeJson(JSON.stringify(JSON_BATCH));
    expect(fromXml).toEqual(fromJson);
    expect(fromXml.rel).toBe('events');
    expect(fromXml.links.next).toEqual({ href: '/ucwa/oauth/v1/applications/102/events?ack=2' });
    const senders = fromXml.properties.sender as Array<{ rel: string; events: Array<{ type: string }> }>;
    expect(senders.map((s) => s.rel)).toEqual(['me', 'communication']);
    expect(senders[0]?.events.map((e) => e.type)).toEqual(['updated', 'added']);
  });

  it('decode resync-only and timeout answers, with or without a sender array', () => {
    const resync = decodeJson('{"_links":{"resync":{"href":"/events?ack=1"}}}');
    expect(resync).toMatchObject({
      rel: 'events',
      links: { resync: { href: '/events?ack=1' } },
      properties: { sender: [] },
    });
    const timeout = decodeJson(
      '{"_links":{"self":{"href":"/e?ack=3"},"next":{"href":"/e?ack=4"}},"sender":[]}',
    );
    expect(timeout).toMatchObject({ rel: 'events', href: '/e?ack=3', properties: { sender: [] } });
  });
});
