// The contact list's groups: myGroups, one group, its contacts, and group memberships.
import { HttpError, resourceResponse } from '../http.js';
import * as R from '../resources/index.js';
import type { Route } from './route.js';

export const GROUP_ROUTES: Route[] = [
  {
    name: 'myGroups',
    pattern: /^\/people\/groups$/,
    methods: { GET: (req, ctx, app) => resourceResponse(req, R.myGroupsRes(app.base, ctx.dir)) },
  },
  {
    name: 'group',
    pattern: /^\/people\/groups\/([^/]+)$/,
    methods: {
      GET: (req, ctx, app, m) => {
        const g = ctx.dir.groups.find((x) => x.id === m[1]);
        if (!g) throw new HttpError(404);
        return resourceResponse(req, R.groupRes(app.base, g));
      },
    },
  },
  {
    name: 'groupContacts',
    pattern: /^\/people\/groups\/([^/]+)\/contacts$/,
    methods: {
      GET: (req, ctx, app, m) => {
        const g = ctx.dir.groups.find((x) => x.id === m[1]);
        if (!g) throw new HttpError(404);
        return resourceResponse(req, R.groupContactsRes(app.base, g, ctx.dir));
      },
    },
  },
  {
    name: 'myGroupMemberships',
    pattern: /^\/people\/groupMemberships$/,
    methods: { GET: (req, ctx, app) => resourceResponse(req, R.myGroupMembershipsRes(app.base, ctx.dir)) },
  },
];
