// Electron's `net`, as Chromium's network stack behaves, not as Node's fetch does:
// - failures reject with `Error('net::ERR_…')`, a bare message with no `code` and no `cause`
//   (Chromium's names: https://source.chromium.org/chromium/chromium/src/+/main:net/base/net_error_list.h);
// - `redirect: 'manual'` on a ClientRequest emits `redirect`, and the request is cancelled
//   (`Error('Redirect was cancelled')`) unless followRedirect() is called inside the handler
//   (https://www.electronjs.org/docs/latest/api/client-request#event-redirect, electron/electron#43715); net.fetch is built on the same ClientRequest
//   and never listens, so net.fetch with `redirect: 'manual'` always rejects on a 3xx;
// - `redirect: 'follow'` is followed by the stack (method rewrite and Authorization dropped across origins, per
//   https://fetch.spec.whatwg.org/#http-redirect-fetch), at most 20 hops; the Response's `url` stays ''
//   (https://www.electronjs.org/docs/latest/api/net#netfetchinput-init: ".type and .url values of the returned Response object are incorrect");
// - a server's NTLM challenge asks the ClientRequest's `login` listeners for an account (none: refused);
// - TLS trusts the OS store: Node's roots plus FAKE_ELECTRON_TRUSTED_CA (PEM files), as an internal CA the OS trusts;
// - nothing before `ready` (https://www.electronjs.org/docs/latest/api/net: "can only be used after the ready event").
import { EventEmitter } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { delimiter } from 'node:path';
import { Readable } from 'node:stream';
import tls from 'node:tls';
import { fileURLToPath } from 'node:url';
import { readiness, recorded, requireReady, touch } from './state.mjs';
import { handlerFor } from './session.mjs';
import ntlmClient from '@ewsjs/ntlm-client';

const ntlm = ntlmClient;

const trusted = (process.env.FAKE_ELECTRON_TRUSTED_CA ?? '').split(delimiter).filter(Boolean);
const ca = trusted.length
  ? [...tls.rootCertificates, ...trusted.map((f) => readFileSync(f, 'utf8'))]
  : undefined;

const CHROMIUM_ERRORS = {
  ECONNREFUSED: 'ERR_CONNECTION_REFUSED',
  ECONNRESET: 'ERR_CONNECTION_RESET',
  EPIPE: 'ERR_CONNECTION_RESET',
  ENOTFOUND: 'ERR_NAME_NOT_RESOLVED',
  EAI_AGAIN: 'ERR_NAME_NOT_RESOLVED',
  ETIMEDOUT: 'ERR_CONNECTION_TIMED_OUT',
  EHOSTUNREACH: 'ERR_ADDRESS_UNREACHABLE',
  ENETUNREACH: 'ERR_INTERNET_DISCONNECTED',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'ERR_CERT_AUTHORITY_INVALID',
  SELF_SIGNED_CERT_IN_CHAIN: 'ERR_CERT_AUTHORITY_INVALID',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'ERR_CERT_AUTHORITY_INVALID',
  UNABLE_TO_GET_ISSUER_CERT: 'ERR_CERT_AUTHORITY_INVALID',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'ERR_CERT_AUTHORITY_INVALID',
  CERT_HAS_EXPIRED: 'ERR_CERT_DATE_INVALID',
  CERT_NOT_YET_VALID: 'ERR_CERT_DATE_INVALID',
  ERR_TLS_CERT_ALTNAME_INVALID: 'ERR_CERT_COMMON_NAME_INVALID',
  CERT_REVOKED: 'ERR_CERT_REVOKED',
  EPROTO: 'ERR_SSL_PROTOCOL_ERROR',
  ERR_SSL_WRONG_VERSION_NUMBER: 'ERR_SSL_PROTOCOL_ERROR',
};

/** A Node socket/TLS failure as Chromium reports it: the message only. */
export function chromiumError(e) {
  const code = typeof e?.code === 'string' ? e.code : '';
  const name =
    CHROMIUM_ERRORS[code] ?? (code.startsWith('ERR_SSL') ? 'ERR_SSL_PROTOCOL_ERROR' : 'ERR_FAILED');
  return new Error(`net::${name}`);
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 20;

class IncomingMessage extends Readable {
  constructor({ statusCode, statusMessage, headers }, source) {
    super({ read() {} });
    this.statusCode = statusCode;
    this.statusMessage = statusMessage ?? '';
    this.headers = headers;
    if (source) {
      source.on('data', (chunk) => this.push(chunk));
      source.on('end', () => this.push(null));
      source.on('error', () => this.destroy(new Error('net::ERR_CONNECTION_RESET')));
    } else this.push(null);
  }
}

function lowerHeaders(headers) {
  const out = {};
  for (const [k, v] of Object.entries(headers)) out[k.toLowerCase()] = v;
  return out;
}

/** The `redirect` event's headers: every value an array (https://www.electronjs.org/docs/latest/api/client-request#event-redirect). */
function arrayHeaders(headers) {
  const out = {};
  for (const [k, v] of Object.entries(headers)) out[k.toLowerCase()] = Array.isArray(v) ? v : [String(v)];
  return out;
}

/** https://www.electronjs.org/docs/latest/api/client-request */
export class ClientRequest extends EventEmitter {
  #options;
  #headers = {};
  #chunks = [];
  #current = null;
  #followCb = null;
  #done = false;
  aborted = false;

  constructor(options) {
    requireReady('net module can only be used after app is ready');
    super();
    const o = typeof options === 'string' ? { url: options } : options;
    this.#options = {
      method: (o.method ?? 'GET').toUpperCase(),
      url: o.url,
      redirect: o.redirect ?? 'follow',
    };
    for (const [k, v] of Object.entries(o.headers ?? {})) this.setHeader(k, v);
  }
  setHeader(name, value) {
    this.#headers[name.toLowerCase()] = String(value);
  }
  getHeader(name) {
    return this.#headers[name.toLowerCase()];
  }
  removeHeader(name) {
    this.#headers = Object.fromEntries(
      Object.entries(this.#headers).filter(([k]) => k !== name.toLowerCase()),
    );
  }
  write(chunk) {
    this.#chunks.push(Buffer.from(chunk));
    return true;
  }
  end(chunk) {
    if (chunk !== undefined && chunk !== null) this.write(chunk);
    const body = this.#chunks.length ? Buffer.concat(this.#chunks) : undefined;
    queueMicrotask(
      () => void this.#send(new URL(this.#options.url), this.#options.method, this.#headers, body, 0),
    );
    return this;
  }
  abort() {
    if (this.aborted || this.#done) return;
    this.aborted = true;
    this.#current?.destroy();
    this.emit('abort');
    this.emit('close');
  }
  followRedirect() {
    if (!this.#followCb) throw new Error('followRedirect() called, but was not waiting for a redirect');
    this.#followCb();
  }
  #die(error) {
    if (this.#done || this.aborted) return;
    this.#done = true;
    this.#current?.destroy();
    this.emit('error', error);
    this.emit('close');
  }
  async #send(url, method, headers, body, hop) {
    if (this.aborted || this.#done) return;
    recorded.fetched.push({ method, url: url.href });
    touch();
    const scheme = url.protocol.slice(0, -1);
    const handler = handlerFor(scheme);
    if (handler) return this.#answer(await handler(new Request(url.href, { method, headers, body })));
    if (scheme === 'file') return this.#file(url);
    if (scheme !== 'http' && scheme !== 'https') return this.#die(new Error('net::ERR_UNKNOWN_URL_SCHEME'));
    const lib = scheme === 'https' ? https : http;
    const req = lib.request(url, { method, headers, ca, agent: false });
    this.#current = req;
    req.on('error', (e) => this.#die(chromiumError(e)));
    req.on('response', (res) => this.#response(res, url, method, headers, body, hop));
    req.end(body);
  }
  #response(res, url, method, headers, body, hop) {
    const location = res.headers.location;
    if (this.#asksForAccount(res, headers)) return this.#login(res, url, method, headers, body);
    if (!REDIRECTS.has(res.statusCode) || location === undefined) {
      this.#done = true;
      this.emit('response', new IncomingMessage(res, res));
      return;
    }
    res.resume();
    let next;
    try {
      next = new URL(location, url);
    } catch {
      return this.#die(new Error('net::ERR_INVALID_REDIRECT'));
    }
    if (next.protocol !== 'http:' && next.protocol !== 'https:')
      return this.#die(new Error('net::ERR_UNSAFE_REDIRECT'));
    if (hop + 1 > MAX_REDIRECTS) return this.#die(new Error('net::ERR_TOO_MANY_REDIRECTS'));
    const toGet = res.statusCode === 303 ? method !== 'HEAD' : res.statusCode <= 302 && method === 'POST';
    const nextMethod = toGet ? 'GET' : method;
    const nextHeaders = { ...headers };
    if (toGet) delete nextHeaders['content-type'];
    if (next.origin !== url.origin) delete nextHeaders.authorization;
    const follow = () => this.#send(next, nextMethod, nextHeaders, toGet ? undefined : body, hop + 1);
    const policy = this.#options.redirect;
    if (policy === 'error')
      return this.#die(new Error("Attempted to redirect, but redirect policy was 'error'"));
    if (policy === 'follow') return void follow();
    let followed = false;
    this.#followCb = () => (followed = true);
    try {
      this.emit('redirect', res.statusCode, nextMethod, next.href, arrayHeaders(res.headers));
    } finally {
      this.#followCb = null;
    }
    if (followed) void follow();
    else if (!this.aborted) this.#die(new Error('Redirect was cancelled'));
  }
  // https://www.electronjs.org/docs/latest/api/client-request#event-login: a server's NTLM challenge Chromium cannot
  // answer with a Windows account (this fake has none) asks the request's `login` listeners for a user name and
  // password; with none listening, or callback() with nothing, the 401 is the response. With an account, Chromium's
  // two NTLM rounds (NEGOTIATE, then AUTHENTICATE for the server's CHALLENGE) on the caller's behalf.
  #asksForAccount(res, headers) {
    return (
      res.statusCode === 401 &&
      headers.authorization === undefined &&
      /(?:^|,)\s*NTLM\b/i.test([res.headers['www-authenticate'] ?? ''].flat().join(', '))
    );
  }
  #login(res, url, method, headers, body) {
    const authInfo = {
      isProxy: false,
      scheme: 'ntlm',
      host: url.hostname,
      port: Number(url.port) || (url.protocol === 'https:' ? 443 : 80),
      realm: '',
    };
    const unanswered = () => {
      this.#done = true;
      this.emit('response', new IncomingMessage(res, res));
    };
    let called = false;
    const callback = (username, password) => {
      if (called) return;
      called = true;
      const answered = typeof username === 'string' && typeof password === 'string';
      recorded.logins.push({ via: 'request', ...authInfo, answered });
      touch();
      if (!answered) return unanswered();
      res.resume();
      void this.#ntlm(url, method, headers, body, { username, password });
    };
    if (this.listenerCount('login') === 0) return callback();
    this.emit('login', authInfo, callback);
  }
  async #ntlm(url, method, headers, body, account) {
    const slash = account.username.indexOf('\\');
    const domain = slash < 0 ? '' : account.username.slice(0, slash);
    const user = slash < 0 ? account.username : account.username.slice(slash + 1);
    const round = (authorization) =>
      new Promise((resolve, reject) => {
        const lib = url.protocol === 'https:' ? https : http;
        const req = lib.request(url, { method, headers: { ...headers, authorization }, ca, agent: false });
        this.#current = req;
        req.on('error', reject);
        req.on('response', resolve);
        req.end(body);
      });
    try {
      const challenged = await round(ntlm.createType1Message('', ''));
      challenged.resume();
      const offer = [challenged.headers['www-authenticate'] ?? ''].flat().join(', ');
      const type2 = /(?:^|,)\s*NTLM\s+([A-Za-z0-9+/]+=*)/i.exec(offer)?.[1];
      if (challenged.statusCode !== 401 || type2 === undefined) {
        this.#done = true;
        this.emit('response', new IncomingMessage(challenged, challenged));
        return;
      }
      const type3 = ntlm.createType3Message(
        ntlm.decodeType2Message(type2),
        user,
        account.password,
        '',
        domain,
      );
      const done = await round(type3);
      if (this.aborted) return;
      this.#done = true;
      this.emit('response', new IncomingMessage(done, done));
    } catch (e) {
      this.#die(chromiumError(e));
    }
  }
  async #answer(response) {
    const bytes = Buffer.from(await response.arrayBuffer());
    this.#done = true;
    const head = {
      statusCode: response.status,
      statusMessage: response.statusText,
      headers: lowerHeaders(Object.fromEntries(response.headers)),
    };
    this.emit('response', new IncomingMessage(head, Readable.from(bytes.length ? [bytes] : [])));
  }
  #file(url) {
    const path = fileURLToPath(url);
    if (!existsSync(path)) return this.#die(new Error('net::ERR_FILE_NOT_FOUND'));
    this.#done = true;
    this.emit(
      'response',
      new IncomingMessage({ statusCode: 200, headers: {} }, Readable.from([readFileSync(path)])),
    );
  }
}

/** net.fetch as Electron builds it on ClientRequest (lib/browser/api/net-fetch.ts): same rules, same errors. */
export function netFetch(input, init) {
  return new Promise((resolve, reject) => {
    let req;
    try {
      req = new Request(input, init);
    } catch (e) {
      return reject(e);
    }
    const abortError = () =>
      req.signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
    if (req.signal.aborted) return reject(abortError());
    let r;
    try {
      r = new ClientRequest({ method: req.method, url: req.url, redirect: req.redirect });
    } catch (e) {
      return reject(e);
    }
    req.signal.addEventListener(
      'abort',
      () => {
        reject(abortError());
        r.abort();
      },
      { once: true },
    );
    for (const [k, v] of req.headers) r.setHeader(k, v);
    r.on('response', (resp) => {
      const headers = new Headers();
      for (const [k, v] of Object.entries(resp.headers)) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
      const nullBody = [101, 204, 205, 304].includes(resp.statusCode) || req.method === 'HEAD';
      resolve(
        new Response(nullBody ? null : Readable.toWeb(resp), {
          headers,
          status: resp.statusCode,
          statusText: resp.statusMessage,
        }),
      );
    });
    r.on('error', reject);
    req.arrayBuffer().then((buf) => r.end(buf.byteLength ? Buffer.from(buf) : undefined), reject);
  });
}

export const net = {
  fetch(input, init) {
    requireReady('Session can only be received when app is ready');
    return netFetch(input, init);
  },
  request: (options) => new ClientRequest(options),
  isOnline: () => readiness.ready && process.env.FAKE_ELECTRON_OFFLINE !== '1',
  get online() {
    return net.isOnline();
  },
};
