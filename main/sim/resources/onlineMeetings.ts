// Online meetings: the hub embedded in the application, the user's scheduled meetings (myOnlineMeetings, which can
// be created, read and deleted), and the dial-in information. Joining a meeting is not simulated (no conferences).
import type { Res } from '../render.js';
import { UcwaDate } from '../render.js';
import { PUT_TOKEN_KEY, PUT_TOKEN_VALUE, compact } from './values.js';

export interface OnlineMeeting {
  id: string;
  subject: string;
  description: string;
  attendees: string[];
  leaders: string[];
  accessLevel: string;
  expirationTime: number;
  organizerUri: string;
  etag: string;
}

export const meetingsHref = (b: string): string => `${b}/onlineMeetings/myOnlineMeetings`;

export function onlineMeetingsRes(b: string): Res {
  return {
    rel: 'onlineMeetings',
    href: `${b}/onlineMeetings`,
    links: {
      myOnlineMeetings: { href: meetingsHref(b) },
      phoneDialInInformation: { href: `${b}/onlineMeetings/phoneDialInInformation` },
    },
  };
}

export function myOnlineMeetingRes(b: string, m: OnlineMeeting): Res {
  const uri = `${m.organizerUri};gruu;opaque=app:conf:focus:id:${m.id}`;
  return {
    rel: 'myOnlineMeeting',
    href: `${meetingsHref(b)}/${m.id}`,
    props: compact({
      [PUT_TOKEN_KEY]: PUT_TOKEN_VALUE,
      accessLevel: m.accessLevel,
      attendees: m.attendees,
      automaticLeaderAssignment: 'Disabled',
      description: m.description,
      entryExitAnnouncement: 'Disabled',
      expirationTime: new UcwaDate(m.expirationTime),
      joinUrl: `https://meet.contoso.com/${m.organizerUri.slice(4).split('@')[0] ?? ''}/${m.id}`,
      leaders: m.leaders,
      lobbyBypassForPhoneUsers: 'Disabled',
      onlineMeetingId: m.id,
      onlineMeetingRel: 'myOnlineMeetings',
      onlineMeetingUri: uri,
      organizerUri: m.organizerUri,
      phoneUserAdmission: 'Disabled',
      subject: m.subject,
      etag: m.etag,
    }),
  };
}

export function myOnlineMeetingsRes(b: string, meetings: OnlineMeeting[]): Res {
  return {
    rel: 'myOnlineMeetings',
    href: meetingsHref(b),
    embedded: { myOnlineMeeting: meetings.map((m) => myOnlineMeetingRes(b, m)) },
  };
}

/** One dial-in region with a number, as an on-premises pool with a conferencing number shows it. */
export function phoneDialInInformationRes(b: string): Res {
  const h = `${b}/onlineMeetings/phoneDialInInformation`;
  return {
    rel: 'phoneDialInInformation',
    href: h,
    props: {
      defaultRegion: 'Redmond',
      externalDirectoryUri: 'https://dialin.contoso.com',
      internalDirectoryUri: 'https://dialin.contoso.com',
    },
    embedded: {
      dialInRegion: [
        {
          rel: 'dialInRegion',
          href: `${h}/dialInRegion/redmond`,
          props: { languages: ['en-US'], name: 'Redmond', number: '+14255550199' },
        },
      ],
    },
  };
}
