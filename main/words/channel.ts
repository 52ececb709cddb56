// Sentences for the event channel's reasons (main/ucwa/eventChannelTypes.ts ChannelReason): why the app is
// reconnecting, or why the session ended, as the tray, the window and `ucwa watch` show it.
import { m } from '../i18n/index.js';
import type { ChannelReason } from '../ucwa/eventChannel.js';

/** Words for a 410's subcode (reference §6.2/§3.6). */
function endedReason(subcode: string | undefined): string {
  switch (subcode) {
    case 'InactiveApplicationExpired':
      return m.channel_ended_expired();
    case 'TooManyApplications':
      return m.channel_ended_too_many();
    case 'UserAgentNotAllowed':
      return m.channel_ended_agent_not_allowed();
    default:
      return m.channel_ended();
  }
}

export function channelReason(reason: ChannelReason): string {
  switch (reason.code) {
    case 'untrustedCertificate':
      return m.channel_untrusted_certificate();
    case 'unusableAnswer':
      return m.channel_unusable_answer();
    case 'timeout':
      return m.channel_timeout();
    case 'network':
      return m.channel_network();
    case 'notUnderstood':
      return m.channel_not_understood();
    case 'signInRefused':
      return m.channel_sign_in_refused();
    case 'serverError':
      return m.channel_server_error({ status: String(reason.status) });
    case 'refused':
      return m.channel_refused({ status: String(reason.status) });
    case 'sessionLost':
      return m.channel_session_lost();
    case 'outageTooLong':
      return m.channel_outage_too_long();
    case 'passwordRefused':
      return m.channel_password_refused();
    case 'ended':
      return endedReason(reason.subcode);
  }
}
