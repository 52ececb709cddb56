// The user's applications: creation (201, or 200 for the same endpointId/instanceId again), idle expiry (no parked
// P-GET for applicationIdleMs → deleted), per-application presence and contact-list subscriptions, and event
// fan-out to every application's channel.
import { randomUUID } from 'node:crypto';
import { EventChannel, type Priority } from './eventQueue.js';
import type { SimEvent } from './render.js';
import {
  type AppView,
  contactHref,
  contactsSubscriptionRes,
  presenceSubscriptionRes,
} from './resources/index.js';
import { normaliseUri } from './directory.js';
import type { SimClock } from './types.js';

export interface PresenceSub {
  id: string;
  uris: Set<string>; // normalised
  expiresAt: number;
  warnTimer?: unknown;
  endTimer?: unknown;
}

export interface App extends AppView {
  pool: number;
  channel: EventChannel;
  idleTimer?: unknown;
  presenceSubs: Map<string, PresenceSub>;
  contactsSub?: { expiresAt: number; warnTimer?: unknown; endTimer?: unknown };
}

export interface AppsOptions {
  clock: SimClock;
  aggregation: 'immediate' | 'spec';
  resumeAfterMs: number;
  applicationIdleMs: number;
  timeoutRange: { min: number; max: number };
}

const MINUTE = 60_000;

export class Applications {
  private readonly apps = new Map<string, App>();
  private readonly byEndpoint = new Map<string, string>();
  private readonly dropListeners = new Set<(app: App) => void>();
  private seq = 100;

  constructor(private readonly opts: AppsOptions) {}

  list(): App[] {
    return [...this.apps.values()];
  }

  get(id: string): App | undefined {
    return this.apps.get(id);
  }

  /** Returns the application and whether it was created now (201) or found again (200). */
  create(
    pool: number,
    input: { culture: string; endpointId: string; userAgent: string; instanceId?: string },
  ): [App, boolean] {
    const key = `${pool}|${input.endpointId}|${input.instanceId ?? ''}|${input.userAgent}|${input.culture}`;
    const existingId = this.byEndpoint.get(key);
    const existing = existingId ? this.apps.get(existingId) : undefined;
    if (existing) return [existing, false];
    const id = `${++this.seq}${randomUUID().slice(0, 8)}`;
    const app: App = {
      id,
      base: `/ucwa/oauth/v1/applications/${id}`,
      pool,
      ...input,
      madeAvailable: false,
      modalities: [],
      messageFormats: ['Plain'],
      presenceSubs: new Map(),
      channel: new EventChannel({
        clock: this.opts.clock,
        aggregation: this.opts.aggregation,
        resumeAfterMs: this.opts.resumeAfterMs,
        timeoutRange: this.opts.timeoutRange,
        onParkedChange: (parked) => this.idle(app, !parked),
        onResume: () => this.endTransientState(app),
      }),
    };
    this.apps.set(id, app);
    this.byEndpoint.set(key, id);
    this.idle(app, true);
    return [app, true];
  }

  delete(id: string): boolean {
    const app = this.apps.get(id);
    if (!app) return false;
    this.apps.delete(id);
    for (const [k, v] of this.byEndpoint) if (v === id) this.byEndpoint.delete(k);
    if (app.idleTimer !== undefined) this.opts.clock.clearTimeout(app.idleTimer);
    this.endTransientState(app);
    app.channel.close();
    return true;
  }

  deleteAll(): void {
    for (const id of [...this.apps.keys()]) this.delete(id);
  }

  /** Sends an event to every application (optionally filtered). */
  broadcast(build: (app: App) => SimEvent | undefined, priority: Priority): void {
    for (const app of this.apps.values()) {
      const e = build(app);
      if (e) app.channel.push(e, priority);
    }
  }

  private idle(app: App, idle: boolean): void {
    if (app.idleTimer !== undefined) this.opts.clock.clearTimeout(app.idleTimer);
    app.idleTimer = undefined;
    if (idle && this.apps.has(app.id)) {
      app.idleTimer = this.opts.clock.setTimeout(() => this.delete(app.id), this.opts.applicationIdleMs);
    }
  }

  /** Called when an application's transient state ends (it is deleted, or `resume` follows a long absence). */
  onStateDropped(listener: (app: App) => void): void {
    this.dropListeners.add(listener);
  }

  /** What the server drops after a long absence: subscriptions, and (through the listeners) conversations. */
  private endTransientState(app: App): void {
    for (const l of this.dropListeners) l(app);
    for (const sub of app.presenceSubs.values()) this.clearSubTimers(sub);
    app.presenceSubs.clear();
    if (app.contactsSub) this.clearSubTimers(app.contactsSub);
    app.contactsSub = undefined;
  }

  private clearSubTimers(s: { warnTimer?: unknown; endTimer?: unknown }): void {
    if (s.warnTimer !== undefined) this.opts.clock.clearTimeout(s.warnTimer);
    if (s.endTimer !== undefined) this.opts.clock.clearTimeout(s.endTimer);
  }

  isSubscribed(app: App, uri: string): boolean {
    for (const s of app.presenceSubs.values()) if (s.uris.has(uri)) return true;
    return false;
  }

  subscribedUris(app: App): string[] {
    const all = new Set<string>();
    for (const s of app.presenceSubs.values()) for (const u of s.uris) all.add(u);
    return [...all];
  }

  // ----- presence subscriptions (duration in minutes, 10–30) -----

  addPresenceSub(app: App, uris: string[], minutes: number): PresenceSub {
    const sub: PresenceSub = {
      id: randomUUID().slice(0, 8),
      uris: new Set(uris.map(normaliseUri)),
      expiresAt: 0,
    };
    app.presenceSubs.set(sub.id, sub);
    this.schedulePresenceSub(app, sub, Math.min(30, Math.max(10, minutes)) * MINUTE);
    return sub;
  }

  refreshPresenceSub(app: App, sub: PresenceSub, minutes: number): void {
    const now = this.opts.clock.now();
    const remaining = Math.max(0, sub.expiresAt - now);
    this.schedulePresenceSub(
      app,
      sub,
      Math.min(30 * MINUTE, remaining + Math.max(10, Math.min(30, minutes)) * MINUTE),
    );
  }

  removePresenceSub(app: App, sub: PresenceSub): void {
    this.clearSubTimers(sub);
    app.presenceSubs.delete(sub.id);
  }

  private schedulePresenceSub(app: App, sub: PresenceSub, ms: number): void {
    this.clearSubTimers(sub);
    sub.expiresAt = this.opts.clock.now() + ms;
    const res = (): SimEvent => ({
      sender: { rel: 'people', href: `${app.base}/people` },
      link: { rel: 'presenceSubscription', href: `${app.base}/people/presenceSubscriptions/${sub.id}` },
      type: 'updated',
      embedded: { presenceSubscription: presenceSubscriptionRes(app.base, sub.id) },
    });
    // "About to expire": one minute before the end (or halfway for very short ones).
    sub.warnTimer = this.opts.clock.setTimeout(
      () => app.channel.push(res(), 'medium'),
      Math.max(ms / 2, ms - MINUTE),
    );
    sub.endTimer = this.opts.clock.setTimeout(() => {
      if (app.presenceSubs.get(sub.id) !== sub) return;
      app.presenceSubs.delete(sub.id);
      app.channel.push({ ...res(), type: 'deleted', embedded: undefined }, 'medium');
      for (const u of sub.uris) {
        if (this.isSubscribed(app, u)) continue;
        app.channel.push(
          {
            sender: { rel: 'people', href: `${app.base}/people` },
            link: { rel: 'contact', href: contactHref(app.base, u) },
            in: { rel: 'subscribedContacts', href: `${app.base}/people/subscribedContacts` },
            type: 'deleted',
          },
          'medium',
        );
      }
    }, ms);
  }

  // ----- contact-list subscription (startOrRefreshSubscriptionToContactsAndGroups; 10–60 min, capped at 30) -----

  startContactsSub(app: App, minutes: number): void {
    const now = this.opts.clock.now();
    const remaining = app.contactsSub ? Math.max(0, app.contactsSub.expiresAt - now) : 0;
    const ms = Math.min(30 * MINUTE, remaining + Math.max(10, Math.min(60, minutes)) * MINUTE);
    if (app.contactsSub) this.clearSubTimers(app.contactsSub);
    const sub: NonNullable<App['contactsSub']> = { expiresAt: now + ms };
    app.contactsSub = sub;
    const event = (active: boolean): SimEvent => ({
      sender: { rel: 'people', href: `${app.base}/people` },
      link: {
        rel: 'myContactsAndGroupsSubscription',
        href: `${app.base}/people/contactsAndGroupsSubscription`,
      },
      type: 'updated',
      embedded: { myContactsAndGroupsSubscription: contactsSubscriptionRes(app.base, active) },
    });
    sub.warnTimer = this.opts.clock.setTimeout(
      () => app.channel.push(event(true), 'medium'),
      Math.max(ms / 2, ms - MINUTE),
    );
    sub.endTimer = this.opts.clock.setTimeout(() => {
      if (app.contactsSub !== sub) return;
      app.contactsSub = undefined;
      app.channel.push(event(false), 'medium');
    }, ms);
  }

  stopContactsSub(app: App): void {
    if (app.contactsSub) this.clearSubTimers(app.contactsSub);
    app.contactsSub = undefined;
  }
}
