// session.defaultSession and protocol: the security hooks, integrated-auth settings, and custom schemes.
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
  fetch: (input, init) => netFetch(input, init),
};

export const session = {
  // https://www.electronjs.org/docs/latest/api/session#sessiondefaultsession: only once the app is ready.
  get defaultSession() {
    requireReady('Session can only be received when app is ready');
    return defaultSession;
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
