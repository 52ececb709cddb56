// The event channel route: GET events?ack=N answered from the application's EventChannel.
import type { App } from '../applications.js';
import type { PGetResult } from '../eventQueue.js';
import { type SimRequest, type SimResponse, baseHeaders, errorResponse } from '../http.js';
import { type EventBatchLinks, contentType, renderEvents } from '../render.js';
import { eventsHref } from '../resources/index.js';
import type { Route } from './route.js';

export function pgetResponse(req: SimRequest, app: App, r: PGetResult): SimResponse {
  if (r.kind === 'error')
    return errorResponse(req, r.status, {
      code: r.status === 404 ? 'NotFound' : 'Conflict',
      subcode: r.subcode,
      message: r.message,
    });
  const links: EventBatchLinks = { self: eventsHref(app.base, r.ack) };
  if (r.kind === 'resync') links.resync = eventsHref(app.base, r.ack);
  else if (r.resume) links.resume = eventsHref(app.base, r.ack + 1);
  else links.next = eventsHref(app.base, r.ack + 1);
  return {
    status: 200,
    headers: { ...baseHeaders(), 'Content-Type': `${contentType(req.format, req.accept)}; charset=utf-8` },
    body: renderEvents(links, r.kind === 'batch' ? r.events : [], req.format),
  };
}

export const EVENT_ROUTES: Route[] = [
  {
    name: 'events',
    pattern: /^\/events$/,
    methods: {
      GET: async (req, _ctx, app) =>
        pgetResponse(req, app, await app.channel.pget(req.query, (cb) => req.onClose(cb))),
    },
  },
];
