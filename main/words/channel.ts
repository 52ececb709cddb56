// Sentences for the event channel's reasons (main/ucwa/eventChannelTypes.ts ChannelReason): why the app is
// reconnecting, or why the session ended, as the tray, the window and `ucwa watch` show it.
import type { ChannelReason } from '../ucwa/eventChannel.js';

/** Words for a 410's subcode (reference §6.2/§3.6). */
function endedReason(subcode: string | undefined): string {
  switch (subcode) {
    case 'InactiveApplicationExpired':
      return 'The session expired after a long time without contact with the server.';
    case 'TooManyApplications':
      return 'You are signed in on too many devices. Sign out somewhere else and try again.';
    case 'UserAgentNotAllowed':
      return 'The server does not allow this app to connect.';
    default:
      return 'The server ended the session.';
  }
}

export function channelReason(reason: ChannelReason): string {
  switch (reason.code) {
    case 'untrustedCertificate':
      return "The server's security certificate could not be verified, so the connection was not made.";
    case 'unusableAnswer':
      return 'The server sent something we cannot use.';
    case 'timeout':
      return 'The server did not answer in time.';
    case 'network':
      return 'The network is unavailable.';
    case 'notUnderstood':
      return 'The server sent an answer that could not be understood.';
    case 'signInRefused':
      return 'The server keeps refusing our sign-in.';
    case 'serverError':
      return `The server had a problem (HTTP ${String(reason.status)}).`;
    case 'refused':
      return `The server refused the connection (HTTP ${String(reason.status)}).`;
    case 'sessionLost':
      return 'The server no longer knows this session.';
    case 'outageTooLong':
      return 'The connection was lost for too long.';
    case 'passwordRefused':
      return 'The server no longer accepts your password. Sign in again.';
    case 'ended':
      return endedReason(reason.subcode);
  }
}
