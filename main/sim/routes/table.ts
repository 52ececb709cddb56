// Every route below an application, in match order, and the lookup the dispatcher uses.
import { APPLICATION_ROUTES } from './application.js';
import { COMMUNICATION_ROUTES } from './communication.js';
import { CONVERSATION_ROUTES } from './conversations.js';
import { EVENT_ROUTES } from './events.js';
import { GROUP_ROUTES } from './groups.js';
import { ME_ROUTES } from './me.js';
import { MEMBERSHIP_ROUTES } from './memberships.js';
import { ONLINE_MEETING_ROUTES } from './onlineMeetings.js';
import { CONTACT_ROUTES, PEOPLE_ROUTES } from './people.js';
import type { Route } from './route.js';
import { SUBSCRIPTION_ROUTES } from './subscriptions.js';

export const ROUTES: Route[] = [
  ...APPLICATION_ROUTES,
  ...EVENT_ROUTES,
  ...ME_ROUTES,
  ...PEOPLE_ROUTES,
  ...GROUP_ROUTES,
  ...MEMBERSHIP_ROUTES,
  ...SUBSCRIPTION_ROUTES,
  ...CONTACT_ROUTES,
  ...COMMUNICATION_ROUTES,
  ...CONVERSATION_ROUTES,
  ...ONLINE_MEETING_ROUTES,
];

/** Finds the route for a path below the application (path starts with '/' or is ''). */
export function matchRoute(rest: string): [Route, RegExpExecArray] | undefined {
  for (const r of ROUTES) {
    const m = r.pattern.exec(rest);
    if (m) return [r, m];
  }
  return undefined;
}
