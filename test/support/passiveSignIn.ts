// A PassiveSignIn for Node tests: the organisation's sign-in page completed the way a user in the sign-in window
// would (load the page, fill in user name, password and the one-time code, submit, follow the page on), with a
// cookie jar standing in for the window's session. Its `fetch` sends the jar's cookies of the origin they came from.
import type { PassiveSignIn } from '../../main/ucwa/auth.js';
import { passiveError } from '../../main/ucwa/auth.js';

export interface Typed {
  username: string;
  password: string;
  /** The one-time code "from the phone": asked when the form is filled in (sim.control.signIn.issueCode). */
  code: () => string;
}

export interface NodePassiveSignIn extends PassiveSignIn {
  /** Every open(): the page and token endpoint it was given. */
  opened: Array<{ signInUri: string; tokenUrl: string }>;
  /** Every URL its fetch was asked for (the cookie requests). */
  fetched: string[];
  /** The user closes the page instead of signing in. */
  cancel: boolean;
  /** The words the page showed after the last submission, if it refused it. */
  lastError: string | undefined;
}

/** origin → cookie name → value */
type Jar = Map<string, Map<string, string>>;

function remember(jar: Jar, url: string, response: Response): void {
  const origin = new URL(url).origin;
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(';');
    const eq = pair?.indexOf('=') ?? -1;
    if (pair === undefined || eq < 1) continue;
    const cookies = jar.get(origin) ?? new Map<string, string>();
    cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    jar.set(origin, cookies);
  }
}

function withCookies(jar: Jar, url: string, init: RequestInit = {}): RequestInit {
  const cookies = jar.get(new URL(url).origin);
  if (cookies === undefined || cookies.size === 0) return init;
  const headers = new Headers(init.headers);
  headers.set('cookie', [...cookies].map(([k, v]) => `${k}=${v}`).join('; '));
  return { ...init, headers };
}

/** GET/POST with the jar, following redirects by hand so each answer's cookies are kept. */
async function browse(jar: Jar, url: string, init: RequestInit = {}): Promise<{ url: string; html: string }> {
  let current = url;
  let request = init;
  for (let hop = 0; hop < 5; hop++) {
    const response = await fetch(current, { ...withCookies(jar, current, request), redirect: 'manual' });
    remember(jar, current, response);
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || location === null)
      return { url: current, html: await response.text() };
    current = new URL(location, current).href;
    request = {}; // 303: GET the next page
  }
  throw new Error('too many redirects');
}

export function nodePassiveSignIn(typed: Typed): NodePassiveSignIn {
  const jar: Jar = new Map();
  const signIn: NodePassiveSignIn = {
    opened: [],
    fetched: [],
    cancel: false,
    lastError: undefined,
    async open(signInUri, tokenUrl) {
      signIn.opened.push({ signInUri, tokenUrl });
      if (signIn.cancel) throw passiveError('PassiveCancelled');
      const form = await browse(jar, signInUri);
      const action = /<form method="post" action="([^"]+)"/.exec(form.html)?.[1] ?? '';
      const fields = { username: typed.username, password: typed.password, code: typed.code() };
      const done = await browse(jar, new URL(action, form.url).href, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(fields).toString(),
      });
      signIn.lastError = /<p id="error" role="alert">([^<]*)<\/p>/.exec(done.html)?.[1];
    },
    fetch: ((input: string | URL | Request, init?: RequestInit) => {
      const url = input instanceof Request ? input.url : String(input);
      signIn.fetched.push(url);
      return fetch(url, withCookies(jar, url, init));
    }) as typeof fetch,
  };
  return signIn;
}
