// Group memberships (revision 2): list them (optionally of one group), add a contact to a group (POST
// {contactUri, groupId}: 201 with the membership), take one away (DELETE the membership), or take a contact out of
// every group (removeContactFromAllGroups), which takes them out of the contact list.
import type { Group } from '../contactList.js';
import type { SimContext } from '../context.js';
import { HttpError, type SimRequest, noContent, parseBody, prop, resourceResponse } from '../http.js';
import * as R from '../resources/index.js';
import { requireUcs } from './groups.js';
import { type Route, SIP } from './route.js';

/** A parameter from the query or the body, as the reference allows both. */
function param(req: SimRequest, body: Record<string, unknown>, name: string): unknown {
  return req.query.get(name) ?? prop(body, name);
}

export const MEMBERSHIP_ROUTES: Route[] = [
  {
    name: 'myGroupMemberships',
    pattern: /^\/people\/groupMemberships$/,
    methods: {
      GET: (req, ctx, app) => {
        const id = req.query.get('groupId') ?? undefined;
        const listed = R.listedMembershipGroups(ctx.contactList);
        if (id !== undefined) {
          const g = ctx.contactList.get(id);
          if (!g) throw new HttpError(404, undefined, 'The group does not exist.');
          if (!listed.includes(g))
            throw new HttpError(
              403,
              'OperationNotSupported',
              `The memberships of ${g.name} cannot be retrieved.`,
            );
        }
        const groups = id === undefined ? listed : listed.filter((g) => g.id === id);
        return resourceResponse(req, R.myGroupMembershipsRes(app.base, groups, ctx.ucs, id));
      },
      POST: (req, ctx, app) => {
        requireUcs(ctx);
        const body = parseBody(req);
        const uri = param(req, body, 'contactUri');
        const groupId = param(req, body, 'groupId');
        const g = ctx.contactList.add(uri, typeof groupId === 'string' ? groupId : undefined);
        const added = ctx.dir.get(String(uri));
        const res = R.membershipRes(app.base, g, added?.uri ?? String(uri));
        const resp = resourceResponse(req, res, { status: 201 });
        resp.headers = { ...resp.headers, Location: res.href };
        return resp;
      },
    },
  },
  {
    name: 'removeContactFromAllGroups',
    pattern: /^\/people\/groupMemberships\/removeContactFromAllGroups$/,
    methods: {
      POST: (req, ctx) => {
        requireUcs(ctx);
        ctx.contactList.removeFromAll(param(req, parseBody(req), 'contactUri'));
        return noContent();
      },
    },
  },
  {
    name: 'myGroupMembership',
    pattern: new RegExp(`^/people/groupMemberships/([^/]+)/${SIP}$`),
    methods: {
      GET: (req, ctx, app, m) => {
        const g = membershipGroup(ctx, m[1], m[2]);
        return resourceResponse(req, R.membershipRes(app.base, g, ctx.dir.get(m[2] ?? '')?.uri ?? ''));
      },
      DELETE: (_req, ctx, _app, m) => {
        requireUcs(ctx);
        ctx.contactList.removeMember(m[2] ?? '', m[1] ?? '');
        return noContent();
      },
    },
  },
];

function membershipGroup(ctx: SimContext, groupId: string | undefined, sip: string | undefined): Group {
  const g = ctx.contactList.get(groupId);
  const c = sip ? ctx.dir.get(sip) : undefined;
  if (!g || !c || !g.members.has(c.uri)) throw new HttpError(404, undefined, 'No such group membership.');
  return g;
}
