// The communication resource: what this application can do and receive. Before makeMeAvailable it receives nothing
// (`supportedModalities` empty, as a real server shows it); after, the modalities it asked for. It links the start
// operations real servers show and carries the "please pass this in a PUT request" property and an etag.
import { hashEtag } from '../http.js';
import type { Res } from '../render.js';
import type { AppView } from './application.js';
import { PUT_TOKEN_KEY, PUT_TOKEN_VALUE } from './values.js';

export const START_PATHS = {
  startMessaging: 'messagingInvitations',
  startAudioVideo: 'audioVideoInvitations',
  startPhoneAudio: 'phoneAudioInvitations',
} as const;

export function communicationRes(app: AppView): Res {
  const b = app.base;
  const c = `${b}/communication`;
  const supportedModalities = app.madeAvailable ? [...app.modalities] : [];
  const supportedMessageFormats = app.madeAvailable ? [...app.messageFormats] : ['Plain'];
  return {
    rel: 'communication',
    href: c,
    props: {
      [PUT_TOKEN_KEY]: PUT_TOKEN_VALUE,
      audioPreference: 'PhoneAudio',
      conversationHistory: 'Disabled',
      supportedMessageFormats,
      supportedModalities,
      etag: hashEtag(`${supportedModalities.join(',')}|${supportedMessageFormats.join(',')}`),
    },
    links: {
      conversations: { href: `${c}/conversations` },
      missedItems: { href: `${c}/missedItems` },
      startAudioVideo: { href: `${c}/${START_PATHS.startAudioVideo}`, revision: '2' },
      startMessaging: { href: `${c}/${START_PATHS.startMessaging}`, revision: '2' },
      startPhoneAudio: { href: `${c}/${START_PATHS.startPhoneAudio}` },
    },
  };
}
