// The production transport: Electron's net, so the system proxy settings and the OS certificate store apply (Node's
// fetch knows neither). The protocol client only ever sees a `fetch`, and asks for `redirect: 'manual'` to read a
// 3xx and its Location itself (discovery hops, never following blindly). net.fetch cannot do that: with 'manual' it
// cancels the request ("Redirect was cancelled") unless followRedirect() is called in the ClientRequest's `redirect`
// event, which net.fetch never does (https://www.electronjs.org/docs/latest/api/client-request#event-redirect,
// electron/electron#43715). So a manual request goes through net.request, and its `redirect` event answers with the
// 3xx itself (no body) and cancels the hop, and its `login` event (NTLM asking for a password) is answered by the
// caller's LoginAnswer; every other request goes through net.fetch as it is.
// Failures keep Chromium's words (`net::ERR_CERT_AUTHORITY_INVALID`…): main/ucwa/errors.ts classifies them.
import { Readable } from 'node:stream';
import type * as Electron from 'electron';

type Net = Pick<Electron.Net, 'fetch' | 'request'>;

/**
 * Answers a ClientRequest's `login` (Chromium asking for a user name and password: NTLM without a Windows account);
 * absent: refused, as Electron does when nobody listens.
 */
export type LoginAnswer = (
  authInfo: Electron.AuthInfo,
  callback: (username?: string, password?: string) => void,
) => void;

export function netFetch(net: Net, options: { login?: LoginAnswer } = {}): typeof fetch {
  return (input, init) => {
    const url = input instanceof URL ? input.href : typeof input === 'string' ? input : input.url;
    if (init?.redirect === 'manual') return manualRedirectRequest(net, url, init, options.login);
    return net.fetch(url, init);
  };
}

const NULL_BODY = new Set([101, 204, 205, 304]);

function responseHeaders(raw: Record<string, string | string[]>): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw))
    headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  return headers;
}

function requestBody(body: RequestInit['body']): string | Buffer | undefined {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string') return body;
  if (body instanceof URLSearchParams) return body.toString();
  if (body instanceof ArrayBuffer) return Buffer.from(body);
  if (ArrayBuffer.isView(body)) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  throw new TypeError('This transport sends string and byte bodies only.');
}

function manualRedirectRequest(
  net: Net,
  url: string,
  init: RequestInit,
  login: LoginAnswer | undefined,
): Promise<Response> {
  return new Promise((resolve, reject) => {
    const signal = init.signal ?? undefined;
    const abortReason = (): unknown =>
      signal?.reason ?? new DOMException('The operation was aborted.', 'AbortError');
    if (signal?.aborted) {
      reject(abortReason());
      return;
    }
    // Cookies and credentials of the default session, as net.fetch sends them.
    const request = net.request({
      method: init.method ?? 'GET',
      url,
      redirect: 'manual',
      credentials: 'include',
    });
    let settled = false;
    const settle = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      fn();
    };
    const onAbort = (): void => {
      settle(() => reject(abortReason()));
      request.abort();
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    for (const [name, value] of new Headers(init.headers)) request.setHeader(name, value);

    // The token request is a manual one: a trusted pool's NTLM may be answered with the account the user typed.
    request.on('login', (authInfo, callback) => (login ? login(authInfo, callback) : callback()));
    request.on('redirect', (status, _method, redirectUrl, headers) => {
      const answer = responseHeaders(headers);
      if (!answer.has('location')) answer.set('location', redirectUrl);
      settle(() => resolve(new Response(null, { status, headers: answer })));
      request.abort(); // inside the handler: the hop is not taken, and the request is not reported as cancelled
    });
    request.on('response', (message) => {
      const body = NULL_BODY.has(message.statusCode) || init.method === 'HEAD' ? null : webStream(message);
      const headers = responseHeaders(message.headers);
      settle(() => resolve(new Response(body, { status: message.statusCode, headers })));
    });
    request.on('error', (error) => settle(() => reject(error)));
    try {
      const body = requestBody(init.body);
      if (body === undefined) request.end();
      else request.end(body);
    } catch (e) {
      settle(() => reject(e));
      request.abort();
    }
  });
}

function webStream(message: Electron.IncomingMessage): ReadableStream<Uint8Array> {
  return Readable.toWeb(message as unknown as Readable) as ReadableStream<Uint8Array>;
}
