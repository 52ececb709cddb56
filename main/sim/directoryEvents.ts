// Directory changes fan out here as events to the applications that hear of them (a real server tells only
// subscribed applications, reference §4.4).
import type { SimContext } from './context.js';
import * as R from './resources/index.js';

export function wireEvents(ctx: SimContext): void {
  ctx.dir.onChange((change) => {
    const c = change.contact;
    if (change.kind === 'level') {
      // Raised on every application of the user that has subscribed to that contact (reference §4.4: "only if the
      // app has subscribed to that contact"), also for the application's own PUT (the real server does too). Which
      // subscription counts is not documented: either the contact-list one or a presence one for that contact.
      ctx.apps.broadcast(
        (app) =>
          app.contactsSub || ctx.apps.isSubscribed(app, c.uri)
            ? {
                sender: { rel: 'people', href: `${app.base}/people` },
                link: { rel: 'contactPrivacyRelationship', href: R.relationshipHref(app.base, c.uri) },
                in: { rel: 'contact', href: R.contactHref(app.base, c.uri) },
                type: 'updated',
              }
            : undefined,
        'medium',
      );
    } else {
      const now = ctx.clock.now();
      ctx.lastActive.set(c.uri, now);
      ctx.apps.broadcast(
        (app) =>
          ctx.apps.isSubscribed(app, c.uri)
            ? {
                sender: { rel: 'people', href: `${app.base}/people` },
                link: { rel: 'contactPresence', href: `${R.contactHref(app.base, c.uri)}/presence` },
                in: { rel: 'contact', href: R.contactHref(app.base, c.uri) },
                type: 'updated',
                embedded: { contactPresence: R.presenceRes(app.base, c, now) },
              }
            : undefined,
        'medium',
      );
    }
  });
}
