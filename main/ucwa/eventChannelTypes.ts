// The event channel's public shapes: its states, the signals it hands on, the sticky parameters and the backoff
// policy with their defaults, what it is given to work with (eventChannel.ts), and how the sticky parameters go
// into a server's href.
import type { Clock } from './clock.js';
import type { EventBatch, UcwaEvent } from './eventChannelBatch.js';
import type { UcwaLogger } from './log.js';

/**
 * Why the channel retries or stopped, as a code (main/ucwa speaks codes; main/words/channel.ts says them in words).
 * `status`: the HTTP status of a server error or refusal; `subcode`: the server's reason for ending the session.
 */
export interface ChannelReason {
  code:
    | 'untrustedCertificate'
    | 'unusableAnswer'
    | 'timeout'
    | 'network'
    | 'notUnderstood'
    | 'signInRefused'
    | 'serverError'
    | 'refused'
    | 'sessionLost'
    | 'outageTooLong'
    | 'passwordRefused'
    | 'ended';
  status?: number;
  subcode?: string;
}

export type ChannelState =
  | { name: 'idle' }
  /** `retrying`: still inside an outage (the last request failed); false once the server answered (P-GET or probe). */
  | { name: 'polling'; url: string; retrying: boolean }
  | { name: 'backoff'; url: string; reason: ChannelReason; attempt: number; retryAt: number }
  | { name: 'recovering'; reason: ChannelReason; attempt: number; retryAt?: number }
  | { name: 'replaced' }
  | { name: 'gone'; reason: ChannelReason; subcode?: string }
  /** Stopped for good because of something retrying cannot fix (an untrusted certificate). */
  | { name: 'failed'; reason: ChannelReason; code: string; subcode?: string }
  | { name: 'stopped' };

export type ChannelSignal =
  | { kind: 'events'; events: UcwaEvent[] }
  | { kind: 'resync' }
  | { kind: 'resume' }
  | { kind: 'applicationRecreated' };

/** The sticky query parameters (reference §3.2), in seconds; clamped to the server's ranges. */
export interface StickyParams {
  timeout: number;
  medium: number;
  low: number;
}

export interface BackoffPolicy {
  /** First retry ceiling (full jitter: the delay is random in [0, ceiling]). */
  baseMs: number;
  capMs: number;
  /** An outage longer than this means the server has dropped the application (it does after 15 min). */
  budgetMs: number;
  /**
   * A retried P-GET still out this long after it was sent, with a probe answered, ends the outage for the user
   * (see EventChannelDeps.probe).
   */
  confirmAfterMs: number;
  /**
   * The least wait before the next P-GET after the second empty answer in a row that came back early (a real server
   * holds a P-GET until an event or its timeout); doubles with each one, up to capMs.
   */
  quietMs: number;
  /** The least wait before re-creating an application whose predecessor's P-GET never answered; doubles, up to capMs. */
  recreateMs: number;
  /**
   * Answers the channel cannot use (nonsense, nothing to follow, a body past the bound), with no usable one in between,
   * for this long: the server is not having a glitch, it is broken. The channel stops and says so.
   */
  unusableMs: number;
}

export const DEFAULT_PARAMS: StickyParams = { timeout: 180, medium: 5, low: 5 };
export const DEFAULT_BACKOFF: BackoffPolicy = {
  baseMs: 1_000,
  capMs: 60_000,
  budgetMs: 14 * 60_000,
  confirmAfterMs: 1_500,
  quietMs: 1_000,
  recreateMs: 10_000,
  unusableMs: 2 * 60_000,
};
/** The HTTP timeout of a P-GET is the server's hold time plus this margin. */
export const PGET_MARGIN_MS = 30_000;
export interface EventChannelDeps {
  /** GET the events URL (href as the server sent it, plus our params) and decode it. Must honour `signal`. */
  getEvents(url: string, signal: AbortSignal): Promise<EventBatch>;
  /** Drop the token and acquire a new one (the password grant again). */
  renewToken(): Promise<void>;
  /** POST applications again; resolves to the new application's events href. */
  recreateApplication(): Promise<string>;
  /**
   * A cheap request to a resource other than the event channel (the application resource, normal timeout) that
   * resolves when the server answers. Sent with every P-GET that retries after a failure; optional.
   */
  probe?(signal: AbortSignal): Promise<void>;
  /** Receives signals strictly in order; the next one waits for this promise. Errors are logged, not fatal. */
  consume(signal: ChannelSignal): Promise<void>;
  onState?(state: ChannelState): void;
  clock?: Clock;
  random?: () => number;
  log?: Partial<UcwaLogger>;
  params?: Partial<StickyParams>;
  backoff?: Partial<BackoffPolicy>;
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Math.round(value)));
}

/** The sticky params to send: the defaults, overridden by those given, clamped to the server's ranges. */
export function stickyParams(given: Partial<StickyParams> | undefined): StickyParams {
  const p = { ...DEFAULT_PARAMS, ...given };
  return {
    timeout: clamp(p.timeout, 180, 1800),
    medium: clamp(p.medium, 5, 1800),
    low: clamp(p.low, 5, 1800),
  };
}

/**
 * Add query parameters to a server href with the URL API, keeping it relative when it was relative and never
 * touching what the server put there (`ack`, `instanceId`).
 */
export function withQueryParams(href: string, params: Record<string, string | number>): string {
  const isAbsolute = /^[a-z][a-z0-9+.-]*:/i.test(href);
  const url = new URL(href, 'http://relative.invalid');
  for (const [key, value] of Object.entries(params)) {
    if (key.toLowerCase() === 'ack') continue;
    url.searchParams.set(key, String(value));
  }
  return isAbsolute ? url.href : `${url.pathname}${url.search}${url.hash}`;
}
