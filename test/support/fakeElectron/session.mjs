// session.defaultSession, partitions (session.fromPartition: their cookies, permission handlers and fetch) and
// protocol: the security hooks, integrated-auth settings, and custom schemes.
import { readiness, recorded, requireReady, touch } from './state.mjs';
import { netFetch } from './net.mjs';

export function handlerFor(scheme) {
  return recorded.protocolHandlers.get(scheme);
}

const defaultSession = {
  webRequest: {
    onHeadersReceived(fn) {
      recorded.headersHooks.push(fn);
    },
  },
  setPermissionRequestHandler(fn) {
    recorded.permissionRequest = fn;
  },
  setPermissionCheckHandler(fn) {
    recorded.permissionCheck = fn;
  },
  // https://www.electronjs.org/docs/latest/api/session#sesallowntlmcredentialsfordomainsdomains: recorded for the sign-in work (integrated auth).
  allowNTLMCredentialsForDomains(domains) {
    recorded.ntlmDomains.push(domains);
    touch();
  },
  // https://www.electronjs.org/docs/latest/api/session#sesclearauthcache
  async clearAuthCache() {
    recorded.defaultAuthCacheCleared++;
    touch();
  },
  fetch: (input, init) => netFetch(input, init),
};

/** Cookies of one session: `url` says the origin they belong to (enough for the sign-in window's checks). */
function cookieStore() {
  const cookies = [];
  const matches = (c, filter) =>
    (filter.url === undefined || new URL(filter.url).origin === c.origin) &&
    (filter.name === undefined || filter.name === c.name);
  return {
    // https://www.electronjs.org/docs/latest/api/cookies#cookiesgetfilter: a Promise of the matching cookies.
    async get(filter = {}) {
      return cookies.filter((c) => matches(c, filter)).map(({ origin: _o, ...c }) => ({ ...c }));
    },
    // https://www.electronjs.org/docs/latest/api/cookies#cookiessetdetails
    async set(details) {
      const origin = new URL(details.url).origin;
      const i = cookies.findIndex((c) => c.origin === origin && c.name === details.name);
      if (i >= 0) cookies.splice(i, 1);
      cookies.push({
        origin,
        name: details.name,
        value: details.value ?? '',
        domain: new URL(details.url).hostname,
      });
      touch();
    },
    async remove(url, name) {
      const i = cookies.findIndex((c) => c.origin === new URL(url).origin && c.name === name);
      if (i >= 0) cookies.splice(i, 1);
    },
    clear() {
      cookies.length = 0;
    },
  };
}

/**
 * https://www.electronjs.org/docs/latest/api/session#sessionfrompartitionpartition-options: the same Session for the
 * same partition; `persist:` ones would outlive the process (recorded as such); '' is the default session.
 */
function partitionSession(partition) {
  const cookies = cookieStore();
  const ses = {
    partition,
    persistent: partition.startsWith('persist:'),
    cookies,
    permissionRequest: null,
    permissionCheck: null,
    cleared: 0,
    cacheCleared: 0,
    authCacheCleared: 0,
    fetched: [],
    setPermissionRequestHandler(fn) {
      ses.permissionRequest = fn;
    },
    setPermissionCheckHandler(fn) {
      ses.permissionCheck = fn;
    },
    // https://www.electronjs.org/docs/latest/api/session#sesclearstoragedataoptions
    async clearStorageData() {
      ses.cleared++;
      cookies.clear();
    },
    // https://www.electronjs.org/docs/latest/api/session#sesclearcache: the HTTP cache.
    async clearCache() {
      ses.cacheCleared++;
    },
    // https://www.electronjs.org/docs/latest/api/session#sesclearauthcache
    async clearAuthCache() {
      ses.authCacheCleared++;
    },
    // https://www.electronjs.org/docs/latest/api/session#sesfetchinput-init: net.fetch with this session's cookies.
    async fetch(input, init = {}) {
      const url = typeof input === 'string' ? input : input.url;
      const jar = await cookies.get({ url });
      const headers = new Headers(init.headers);
      if (jar.length > 0) headers.set('cookie', jar.map((c) => `${c.name}=${c.value}`).join('; '));
      ses.fetched.push(url);
      return netFetch(url, { ...init, headers });
    },
  };
  return ses;
}

const partitions = new Map();

export const session = {
  // https://www.electronjs.org/docs/latest/api/session#sessiondefaultsession: only once the app is ready.
  get defaultSession() {
    requireReady('Session can only be received when app is ready');
    return defaultSession;
  },
  fromPartition(partition) {
    requireReady('Session can only be received when app is ready');
    if (partition === '') return defaultSession;
    if (!partitions.has(partition)) {
      partitions.set(partition, partitionSession(partition));
      recorded.partitions.push(partition);
      touch();
    }
    return partitions.get(partition);
  },
};

export const protocol = {
  // https://www.electronjs.org/docs/latest/api/protocol#protocolregisterschemesasprivilegedcustomschemes: before `ready`, and only once.
  registerSchemesAsPrivileged(schemes) {
    if (readiness.ready) {
      recorded.notReadyErrors.push('registerSchemesAsPrivileged after ready');
      throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
    }
    if (recorded.privilegedSchemes !== null)
      throw new Error('registerSchemesAsPrivileged can be called only once');
    recorded.privilegedSchemes = schemes;
    touch();
  },
  // https://www.electronjs.org/docs/latest/api/protocol#protocolhandlescheme-handler: after `ready`; one handler per scheme.
  handle(scheme, handler) {
    requireReady("The 'protocol' module can't be used before the app 'ready' event");
    if (recorded.protocolHandlers.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`);
    recorded.protocolHandlers.set(scheme, handler);
    touch();
  },
  unhandle(scheme) {
    recorded.protocolHandlers.delete(scheme);
  },
  isProtocolHandled(scheme) {
    return recorded.protocolHandlers.has(scheme);
  },
};
