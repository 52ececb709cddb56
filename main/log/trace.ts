// A wire trace: wraps the fetch the protocol client is given and logs every request and answer at debug level —
// method, URL, headers, and the start of each body. It is the most a log can hold (the password grant's body, the
// token answer, Authorization headers), which is why it only ever writes through the redacting logger. Used by the
// CLI's --verbose and by the redaction tests; the app turns it on only when asked to (debug logging).
import type { AppLogger } from './logger.js';

type Fetch = (input: string, init: RequestInit) => Promise<Response>;

export interface TraceOptions {
  /** How much of each body to log; 0 logs none. Default 1 KB. */
  bodyBytes?: number;
}

function headersOf(headers: RequestInit['headers'] | Headers | undefined): Record<string, string> {
  return Object.fromEntries(new Headers(headers ?? {}).entries());
}

function requestBody(body: RequestInit['body'], limit: number): string | undefined {
  if (limit === 0 || body === undefined || body === null) return undefined;
  if (typeof body === 'string') return body.slice(0, limit);
  if (body instanceof URLSearchParams) return body.toString().slice(0, limit);
  return `[${body.constructor.name}]`;
}

/** The first `limit` bytes of a response body, read from a copy (the caller's body is left whole). */
async function responseBody(response: Response, limit: number): Promise<string | undefined> {
  if (limit === 0 || response.body === null) return undefined;
  const reader = response.clone().body?.getReader();
  if (reader === undefined) return undefined;
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < limit) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.length;
    }
  } finally {
    void reader.cancel().catch(() => {});
  }
  const text = new TextDecoder().decode(Buffer.concat(chunks).subarray(0, limit));
  return size > limit ? `${text}…` : text;
}

export interface TracedFetch extends Fetch {
  /** Resolves when every answer so far has been logged (bodies are logged as they arrive). */
  flush(): Promise<void>;
}

export function protocolTrace(
  fetch: Fetch,
  log: Pick<AppLogger, 'debug'>,
  options: TraceOptions = {},
): TracedFetch {
  const limit = options.bodyBytes ?? 1024;
  const pending = new Set<Promise<void>>();
  const traced = async (input: string, init: RequestInit): Promise<Response> => {
    const method = init.method ?? 'GET';
    log.debug(`→ ${method} ${input}`, {
      headers: headersOf(init.headers),
      body: requestBody(init.body, limit),
    });
    let response: Response;
    try {
      response = await fetch(input, init);
    } catch (e) {
      log.debug(`✗ ${method} ${input}`, {
        error: e instanceof Error ? `${e.name}: ${e.message}` : String(e),
      });
      throw e;
    }
    // The body is logged when it has arrived; the caller is not kept waiting for the log.
    const logged = responseBody(response, limit).then(
      (body) =>
        log.debug(`← ${response.status} ${method} ${input}`, { headers: headersOf(response.headers), body }),
      () => log.debug(`← ${response.status} ${method} ${input}`, { headers: headersOf(response.headers) }),
    );
    pending.add(logged);
    void logged.finally(() => pending.delete(logged));
    return response;
  };
  return Object.assign(traced, { flush: async () => void (await Promise.all([...pending])) });
}
