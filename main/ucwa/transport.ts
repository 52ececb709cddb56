// The HTTP layer: every request of the protocol client goes through Transport.request (or .send for the few
// non-UCWA calls: discovery hops, the token endpoint). It resolves hrefs against their origin, enforces TLS
// (http only to loopback), sets Accept (JSON by default, XML selectable), keeps an ETag cache (If-None-Match → 304
// answers from cache), sends If-Match on PUT, applies a timeout and the caller's cancellation, counts requests,
// logs method/path/status and X-Ms-diagnostics (logged, never parsed), and turns every failure into a UcwaError.
// A 401 asks the injected Authorizer for a token and the request is retried once.
// With a TrustPolicy (UcwaClient always gives one), a request to an origin it does not trust is never made: an
// anonymous discovery hop must be one discovery may make (mayDiscover), anything else must go to a trusted origin
// (mayRequest), and the Authorization header is attached only where maySend allows a bearer token.
import { UcwaError, malformed } from './errors.js';
import { errorFromFailure, errorFromResponse } from './failures.js';
import { decode, encodeBody, formatNamed, formatOf } from './representation/index.js';
import type { BodySpec, UcwaResource, WireFormat } from './representation/index.js';
import { silentLogger } from './log.js';
import type { UcwaLogger } from './log.js';
import { refusalError } from './trust.js';
import type { TrustPolicy } from './trust.js';
import { assertSafeUrl, loggable, resolveHref } from './urls.js';

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/**
 * The longest answer body read, counted while it streams in; the request is abandoned past it. The largest real
 * answer is the contact list: ~1–2 KB per contact in JSON (XML is about half as long again), and a user has at most
 * 250 contacts by default and 1,000 where the administrator allows more (MaxContacts of Skype for Business Server's
 * user services; 1,000 in Skype for Business Online). 8 MiB holds 4,000 contacts of 2 KB: four times the largest
 * real list, while the worst a hostile server can make the app hold is a few dozen MB, not gigabytes.
 */
export const MAX_BODY_BYTES = 8 * 1024 * 1024;

/** Supplies Authorization headers per origin (auth.ts). */
export interface Authorizer {
  /** The header for this origin, refreshed first when it is about to expire; undefined when none yet. */
  authorization(origin: string): Promise<string | undefined>;
  /** A request with `sentWith` got 401 with these challenges: get a (new) token for the origin, or throw. */
  unauthorized(origin: string, challenge: string, sentWith: string | undefined): Promise<void>;
}

export interface TransportOptions {
  fetch: FetchLike;
  format?: WireFormat;
  /** Per-request timeout; default 30 s. */
  timeoutMs?: number;
  log?: UcwaLogger;
  userAgent?: string;
  /** Max ETag-cache entries (oldest dropped first); default 5,000. */
  cacheSize?: number;
  /**
   * Answers with a longer body are not kept in the ETag cache (default 64 KiB). The one such answer is the whole
   * contact list: kept decoded, it was a megabyte and a half of heap at 1,000 contacts that every garbage collection
   * walked for the life of the session (a third of the app's idle CPU in its first minute), to save a re-download
   * that a changed list never gets (it answers 200, not 304) and a new application never asks for.
   */
  maxCachedBodyBytes?: number;
  /** Longest body read (see MAX_BODY_BYTES); tests make it small. */
  maxBodyBytes?: number;
}

export type RequestBody = BodySpec | { contentType: string; text: string };

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  href: string;
  /** The URL the href was found at (relative hrefs resolve against it). */
  base?: string;
  body?: RequestBody;
  /** ETag for If-Match (required by UCWA on PUT). */
  ifMatch?: string;
  /** GET only: skip the ETag cache (always a full answer). */
  fresh?: boolean;
  /** Override the Accept header (e.g. `image/*` for photos). */
  accept?: string;
  /** Send without Authorization and do not react to 401 (discovery). */
  anonymous?: boolean;
  signal?: AbortSignal;
  timeoutMs?: number;
}

export interface UcwaResponse {
  status: number;
  /** Absolute URL that answered: the base for hrefs inside `resource`. */
  url: string;
  headers: Headers;
  etag?: string;
  /** Decoded body when it was JSON or XML. */
  resource?: UcwaResource;
  /** Raw body for anything else (photos). */
  bytes?: Uint8Array;
  contentType?: string;
  /** True when a 304 was answered from the ETag cache. */
  fromCache: boolean;
}

interface CacheEntry {
  etag: string;
  response: UcwaResponse;
}

const ACCEPT: Record<WireFormat, string> = { json: 'application/json', xml: 'application/xml' };

export class Transport {
  readonly format: WireFormat;
  private readonly fetchImpl: FetchLike;
  private readonly timeoutMs: number;
  private readonly log: UcwaLogger;
  private readonly userAgent: string | undefined;
  private readonly cacheSize: number;
  private readonly maxCachedBodyBytes: number;
  private readonly maxBodyBytes: number;
  private readonly cache = new Map<string, CacheEntry>();
  private authorizer: Authorizer | undefined;
  private trust: TrustPolicy | undefined;
  private count = 0;

  constructor(options: TransportOptions) {
    this.fetchImpl = options.fetch;
    this.format = options.format ?? 'json';
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.log = options.log ?? silentLogger;
    this.userAgent = options.userAgent;
    this.cacheSize = options.cacheSize ?? 5_000;
    this.maxCachedBodyBytes = options.maxCachedBodyBytes ?? 64 * 1024;
    this.maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;
  }

  setAuthorizer(authorizer: Authorizer): void {
    this.authorizer = authorizer;
  }

  /** From now on every request is checked against this policy before it is sent. */
  setTrust(trust: TrustPolicy): void {
    this.trust = trust;
  }

  /** Throws the refusal (nothing sent) unless the policy lets this request go out. */
  private checkTrust(url: URL, discovery: boolean): void {
    if (this.trust === undefined) return;
    const decision = discovery ? this.trust.mayDiscover(url) : this.trust.mayRequest(url);
    if (!decision.ok) {
      this.log.warn(`refused a request to an untrusted server: ${decision.code}`, { host: decision.host });
      throw refusalError(decision, url);
    }
  }

  /** How many HTTP requests went out (every attempt, including retries, discovery and token requests). */
  get requestCount(): number {
    return this.count;
  }

  /**
   * One raw HTTP exchange with timeout, cancellation, URL check, counting and logging; no status handling.
   * Returns the response with its body already read (so the timeout covers the body too).
   */
  async send(
    url: URL,
    init: RequestInit,
    options: { signal?: AbortSignal; timeoutMs?: number; plainHttpProbe?: boolean; discovery?: boolean } = {},
  ): Promise<{ response: Response; body: Uint8Array }> {
    // plainHttpProbe: discovery's http first hop, sent without credentials only to read its redirect Location.
    // discovery: an anonymous discovery request (the probe is one), checked as such by the trust policy.
    if (!(options.plainHttpProbe && url.protocol === 'http:')) assertSafeUrl(url);
    const discovery = options.discovery === true || options.plainHttpProbe === true;
    this.checkTrust(url, discovery);
    if (discovery && new Headers(init.headers).has('authorization')) {
      throw new UcwaError({ status: 0, code: 'InsecureUrl', retryable: false });
    }
    const timeout = AbortSignal.timeout(options.timeoutMs ?? this.timeoutMs);
    // Ours: abandons a body that grows past the bound (the connection goes with it, so the server stops too).
    const tooLarge = new AbortController();
    const signals = [timeout, tooLarge.signal, ...(options.signal === undefined ? [] : [options.signal])];
    const signal = AbortSignal.any(signals);
    const method = init.method ?? 'GET';
    this.count++;
    const started = Date.now();
    try {
      const headers = new Headers(init.headers);
      if (this.userAgent !== undefined && !headers.has('user-agent'))
        headers.set('user-agent', this.userAgent);
      const response = await this.fetchImpl(url.href, { ...init, headers, signal });
      const body = await readBounded(response, this.maxBodyBytes, () => tooLarge.abort());
      const diagnostics = response.headers.get('x-ms-diagnostics');
      this.log.debug(`${method} ${loggable(url)} → ${response.status}`, {
        ms: Date.now() - started,
        ...(diagnostics === null ? {} : { diagnostics }),
      });
      return { response, body };
    } catch (e) {
      const error = errorFromFailure(e, timeout.aborted && options.signal?.aborted !== true);
      this.log.info(`${method} ${loggable(url)} failed: ${error.code}`, { ms: Date.now() - started });
      throw error;
    }
  }

  /** A UCWA request: see the file header. Throws UcwaError for any status >= 400 and for unreadable bodies. */
  async request(options: RequestOptions): Promise<UcwaResponse> {
    const url = resolveHref(options.href, options.base);
    const method = options.method ?? 'GET';
    // Before the authorizer is asked: a stored token is not even looked up for an origin we will not talk to.
    this.checkTrust(url, options.anonymous === true);
    let retried = false;
    for (;;) {
      const headers = new Headers({ accept: options.accept ?? ACCEPT[this.format] });
      let sentWith: string | undefined;
      if (!options.anonymous && this.authorizer && this.trust?.maySend(url, 'bearer').ok !== false) {
        sentWith = await this.authorizer.authorization(url.origin);
        if (sentWith !== undefined) headers.set('authorization', sentWith);
      }
      const cacheKey = `${headers.get('accept') ?? ''} ${url.href}`;
      const cached = method === 'GET' && !options.fresh ? this.cache.get(cacheKey) : undefined;
      if (cached) headers.set('if-none-match', cached.etag);
      if (options.ifMatch !== undefined) headers.set('if-match', options.ifMatch);
      let body: string | undefined;
      if (options.body !== undefined) {
        const encoded = 'kind' in options.body ? encodeBody(this.format, options.body) : options.body;
        headers.set('content-type', encoded.contentType);
        body = 'kind' in options.body ? (encoded as { body: string }).body : options.body.text;
      }
      const sendOptions = {
        signal: options.signal,
        timeoutMs: options.timeoutMs,
        discovery: options.anonymous === true,
      };
      const { response, body: bytes } = await this.send(
        url,
        { method, headers, body, redirect: 'manual' },
        sendOptions,
      );

      if (response.status === 401 && !options.anonymous && this.authorizer && !retried) {
        retried = true;
        await this.authorizer.unauthorized(
          url.origin,
          response.headers.get('www-authenticate') ?? '',
          sentWith,
        );
        continue;
      }
      if (response.status === 304 && cached) return { ...cached.response, fromCache: true };
      const contentType = response.headers.get('content-type') ?? '';
      const text = (): string => new TextDecoder().decode(bytes);
      if (response.status === 401) {
        throw new UcwaError({ status: 401, code: 'Unauthorized', retryable: false });
      }
      if (response.status >= 400) throw errorFromResponse(response.status, contentType, text());
      if (response.status >= 300 && response.status !== 304) {
        // UCWA never redirects with HTTP statuses (it uses `redirect` resources); do not follow blindly.
        throw new UcwaError({ status: response.status, code: 'HttpError', retryable: false });
      }

      if (method !== 'GET') this.forget(url.href);
      const result: UcwaResponse = {
        status: response.status,
        url: url.href,
        headers: response.headers,
        fromCache: false,
      };
      const etag = response.headers.get('etag');
      if (etag !== null) result.etag = etag;
      if (contentType !== '') result.contentType = contentType;
      if (bytes.length > 0) {
        const decoded = text();
        const format = isMarkup(contentType) ? formatOf(contentType, decoded) : undefined;
        if (format !== undefined) {
          try {
            result.resource = decode(decoded, contentType);
          } catch (e) {
            if (!(e instanceof UcwaError)) throw e;
            // The decoder's own reason and what the server said it sent: the user's words stay short, the log says why.
            this.log.info(`${method} ${loggable(url)} unreadable: ${e.message}`, {
              contentType,
              bytes: bytes.length,
            });
            throw malformed(format.toUpperCase(), response.status);
          }
        } else {
          result.bytes = bytes;
        }
      }
      if (
        method === 'GET' &&
        result.etag !== undefined &&
        result.resource !== undefined &&
        bytes.length <= this.maxCachedBodyBytes
      )
        this.remember(cacheKey, result);
      return result;
    }
  }

  /** Drop cached answers for a URL (after a change, or when a change event says it is stale). */
  forget(href: string): void {
    for (const key of this.cache.keys()) if (hrefOfKey(key) === href) this.cache.delete(key);
  }

  /**
   * Drop every cached answer under a URL (an application that is gone: its resources will never be asked for again).
   * The cache is bounded by entries, not bytes, and one answer can be the whole contact list: a tray app that gets a
   * new application after each sleep would otherwise keep one dead copy of it per wake.
   */
  forgetUnder(prefix: string): void {
    const root = prefix.replace(/\/+$/, '');
    for (const key of this.cache.keys()) {
      const href = hrefOfKey(key);
      if (href === root || href.startsWith(`${root}/`)) this.cache.delete(key);
    }
  }

  /** URLs with an answer in the ETag cache (diagnostics and tests). */
  get cachedHrefs(): string[] {
    return [...this.cache.keys()].map(hrefOfKey);
  }

  private remember(key: string, response: UcwaResponse): void {
    if (response.etag === undefined) return;
    this.cache.delete(key);
    this.cache.set(key, { etag: response.etag, response });
    if (this.cache.size > this.cacheSize) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
  }
}

/**
 * A response body, counted while it streams in: past `limit` bytes (or a Content-Length that says so) the reading
 * stops, the request is abandoned and ResponseTooLarge thrown, so no string or buffer ever grows past the bound.
 */
async function readBounded(response: Response, limit: number, abandon: () => void): Promise<Uint8Array> {
  const tooLarge = (): UcwaError => {
    abandon();
    return new UcwaError({ status: response.status, code: 'ResponseTooLarge', retryable: false });
  };
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > limit) throw tooLarge();
  if (response.body === null) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.byteLength;
    if (length > limit) {
      void reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  const body = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  return body;
}

/** Cache keys are `${accept} ${url}` (one entry per format); a URL holds no space, so it follows the last one. */
function hrefOfKey(key: string): string {
  return key.slice(key.lastIndexOf(' ') + 1);
}

function isMarkup(contentType: string): boolean {
  return formatNamed(contentType) !== undefined;
}
