// A scripted fetch for unit tests: routes by "METHOD url" → handler; records every request.
import type { FetchLike } from '../../../main/ucwa/transport.js';

export interface Recorded {
  method: string;
  url: string;
  headers: Headers;
  body: string | undefined;
}

export type Handler = (req: Recorded, signal: AbortSignal | undefined) => Response | Promise<Response>;

export function fakeFetch(routes: Record<string, Handler>): FetchLike & { calls: Recorded[] } {
  const calls: Recorded[] = [];
  const fn = async (input: string, init: RequestInit): Promise<Response> => {
    const req: Recorded = {
      method: init.method ?? 'GET',
      url: input,
      headers: new Headers(init.headers),
      body: typeof init.body === 'string' ? init.body : undefined,
    };
    calls.push(req);
    const handler = routes[`${req.method} ${input}`] ?? routes[input];
    if (handler === undefined)
      throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
    if (init.signal?.aborted) throw init.signal.reason;
    return handler(req, init.signal ?? undefined);
  };
  return Object.assign(fn, { calls });
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(status === 204 || status === 304 ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

export function xml(status: number, body: string, headers: Record<string, string> = {}): Response {
  return new Response(body, { status, headers: { 'content-type': 'application/xml', ...headers } });
}
