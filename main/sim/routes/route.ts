// What a route is: a path pattern below /ucwa/oauth/v1/applications/{id} and its handlers per method. A known path
// with another method is 405, an unknown one 404. Handlers throw HttpError for protocol errors.
import type { App } from '../applications.js';
import type { SimContext } from '../context.js';
import type { SimRequest, SimResponse } from '../http.js';

export const APPLICATIONS_PATH = '/ucwa/oauth/v1/applications';

export type Handler = (
  req: SimRequest,
  ctx: SimContext,
  app: App,
  m: RegExpExecArray,
) => SimResponse | Promise<SimResponse>;

export interface Route {
  name: string;
  pattern: RegExp;
  methods: Partial<Record<'GET' | 'POST' | 'PUT' | 'DELETE', Handler>>;
}

/** A SIP address as a path segment (the URI without 'sip:'). */
export const SIP = '([^/@]+@[^/]+)';
