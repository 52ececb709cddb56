// The signed-in user's own presence, note and location, changed through me/presence, me/note, me/location (or the
// control API, "from another device"). A change reads back at once and reaches, as events, every application of the
// user that is available (sender me, `presence`/`note`/`location` updated) and every application subscribed to the
// user's own presence (sender people, `contactPresence`/`contactNote`/`contactLocation` updated, in the contact).
import type { SimContext } from './context.js';
import { HttpError } from './http.js';
import * as R from './resources/index.js';

/** PreferredAvailability (presence_ref.md): what a user may set. */
const PREFERRED = ['Online', 'Busy', 'DoNotDisturb', 'BeRightBack', 'Away', 'Offwork'] as const;
const MAX_LOCATION = 60;
const MAX_NOTE = 500;

const CONTACT_REL: Record<R.OwnResource, string> = {
  presence: 'contactPresence',
  note: 'contactNote',
  location: 'contactLocation',
};

function announce(ctx: SimContext, name: R.OwnResource): void {
  const now = ctx.clock.now();
  const u = ctx.user;
  if (name === 'presence') ctx.lastActive.set(u.uri, now);
  for (const app of ctx.apps.list()) {
    if (app.madeAvailable) {
      const me = { rel: 'me', href: `${app.base}/me` };
      app.channel.push(
        {
          sender: me,
          link: { rel: name, href: `${app.base}/me/${name}` },
          type: 'updated',
          embedded: { [name]: R.ownRes(app.base, u, name) },
        },
        'medium',
      );
    }
    if (!ctx.apps.isSubscribed(app, u.uri)) continue;
    const contact = R.contactHref(app.base, u.uri);
    const res =
      name === 'presence'
        ? R.presenceRes(app.base, u, now)
        : name === 'note'
          ? R.noteRes(app.base, u)
          : R.locationRes(app.base, u);
    app.channel.push(
      {
        sender: { rel: 'people', href: `${app.base}/people` },
        link: { rel: CONTACT_REL[name], href: res.href },
        in: { rel: 'contact', href: contact },
        type: 'updated',
        embedded: { [CONTACT_REL[name]]: res },
      },
      'medium',
    );
  }
}

/** Sets (or, with no availability, resets to Online) the user's presence. Offwork shows as Away, off work. */
export function setOwnPresence(ctx: SimContext, availability: unknown): void {
  let chosen: (typeof PREFERRED)[number] = 'Online';
  if (availability !== undefined && availability !== null && availability !== '') {
    const found = PREFERRED.find(
      (p) => typeof availability === 'string' && p.toLowerCase() === availability.toLowerCase(),
    );
    if (!found)
      throw new HttpError(
        400,
        'ParameterValidationFailure',
        `availability must be one of ${PREFERRED.join(', ')}.`,
      );
    chosen = found;
  }
  ctx.user.availability = chosen === 'Offwork' ? 'Away' : chosen;
  if (chosen === 'Offwork') ctx.user.activity = 'off-work';
  else delete ctx.user.activity;
  announce(ctx, 'presence');
}

/** Sets the user's personal note; a blank message clears it. */
export function setOwnNote(ctx: SimContext, message: unknown): void {
  if (message !== undefined && message !== null && typeof message !== 'string')
    throw new HttpError(400, 'ParameterValidationFailure', 'message must be text.');
  const text = typeof message === 'string' ? message.trim() : '';
  if (text.length > MAX_NOTE)
    throw new HttpError(400, 'ParameterValidationFailure', `message must be at most ${MAX_NOTE} characters.`);
  if (text === '') {
    delete ctx.user.note;
    delete ctx.user.noteType;
  } else {
    ctx.user.note = text;
    ctx.user.noteType = 'Personal';
  }
  announce(ctx, 'note');
}

/** Sets the user's location; a blank one clears it. */
export function setOwnLocation(ctx: SimContext, location: unknown): void {
  if (location !== undefined && location !== null && typeof location !== 'string')
    throw new HttpError(400, 'ParameterValidationFailure', 'location must be text.');
  const text = typeof location === 'string' ? location.trim() : '';
  if (text.length > MAX_LOCATION)
    throw new HttpError(
      400,
      'ParameterValidationFailure',
      `location must be at most ${MAX_LOCATION} characters.`,
    );
  if (text === '') delete ctx.user.location;
  else ctx.user.location = text;
  announce(ctx, 'location');
}
