// Every transition of the event-channel state machine, on fake timers with a fake GET.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UcwaError } from '../../../main/ucwa/errors.js';
import { DEFAULT_BACKOFF, EventChannel, withQueryParams } from '../../../main/ucwa/eventChannel.js';
import type { ChannelSignal, ChannelState, EventChannelDeps } from '../../../main/ucwa/eventChannel.js';
import type { EventBatch, UcwaEvent } from '../../../main/ucwa/eventChannelBatch.js';

interface Call {
  url: string;
  signal: AbortSignal;
  resolve(b: EventBatch): void;
  reject(e: unknown): void;
}

const APP1 = '/ucwa/oauth/v1/applications/1/events?ack=1';
const APP2 = '/ucwa/oauth/v1/applications/2/events?ack=1';

function ev(n: number): UcwaEvent {
  return {
    type: 'updated',
    sender: { rel: 'people' },
    link: { rel: 'contactPrivacyRelationship', href: `/p/${n}/privacyRelationship` },
  };
}

function harness(overrides: Partial<EventChannelDeps> = {}) {
  const calls: Call[] = [];
  const consumed: ChannelSignal[] = [];
  const states: ChannelState[] = [];
  const deps: EventChannelDeps = {
    getEvents: (url, signal) =>
      new Promise<EventBatch>((resolve, reject) => {
        calls.push({ url, signal, resolve, reject });
        signal.addEventListener('abort', () => reject(new UcwaError({ status: 0, code: 'Aborted' })));
      }),
    renewToken: vi.fn(async () => {}),
    recreateApplication: vi.fn(async () => APP2),
    consume: async (s) => {
      consumed.push(s);
    },
    onState: (s) => states.push(s),
    random: () => 1,
    ...overrides,
  };
  const channel = new EventChannel(deps);
  const last = (): Call => {
    const c = calls.at(-1);
    if (c === undefined) throw new Error('no P-GET was sent');
    return c;
  };
  const query = (c: Call) => new URL(c.url, 'http://x').searchParams;
  return { channel, calls, consumed, states, deps, last, query };
}

const flush = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('withQueryParams', () => {
  it('adds params to a relative href, keeps it relative and never changes ack', () => {
    expect(withQueryParams('/a/events?ack=5&instanceId=x', { timeout: 900, ack: 99 })).toBe(
      '/a/events?ack=5&instanceId=x&timeout=900',
    );
    expect(withQueryParams('https://h/a/events?ack=5', { low: 5 })).toBe('https://h/a/events?ack=5&low=5');
  });
});

describe('event channel: following links', () => {
  it('sends sticky params on the first P-GET only, then follows next exactly as given', async () => {
    const h = harness({ params: { timeout: 900, medium: 5, low: 15 } });
    h.channel.start(APP1);
    const q = h.query(h.last());
    expect([q.get('ack'), q.get('timeout'), q.get('medium'), q.get('low')]).toEqual(['1', '900', '5', '15']);
    h.last().resolve({ next: '/ucwa/oauth/v1/applications/1/events?ack=2', events: [ev(1)] });
    await flush();
    expect(h.last().url).toBe('/ucwa/oauth/v1/applications/1/events?ack=2');
    expect(h.consumed).toEqual([{ kind: 'events', events: [ev(1)] }]);
    expect(h.channel.getState()).toEqual({
      name: 'polling',
      url: '/ucwa/oauth/v1/applications/1/events?ack=2',
      retrying: false,
    });
  });

  it('follows next links exactly as a real pool sent them (key= after ack, percent-encoded padding)', async () => {
    // The event URLs an SfB Online pool gave one client (kdembeck/WebChat ChatEngineTest-2017-09-07.log, SOURCES.md).
    const pool = 'https://webpooldm12a16.infra.lync.com/ucwa/oauth/v1/applications/103377965311/events';
    const key =
      'key=c2lwOndlYmNoYXRzZXJ2aWNlQHdlYmNoYXQ0Lm9ubWljcm9zb2Z0LmNvbQ%3D%3D-103377965311-ZGVmYXVsdA%3D%3D';
    const captured = [2, 3, 4, 5].map((ack) => `${pool}?ack=${ack}&${key}`);
    const h = harness();
    h.channel.start(`${pool}?ack=1&${key}`);
    expect(h.last().url.startsWith(`${pool}?ack=1&${key}&timeout=`)).toBe(true);
    for (const next of captured) {
      h.last().resolve({ next, events: [ev(1)] });
      await flush();
      expect(h.last().url).toBe(next);
    }
  });

  it('clamps sticky params to the server ranges', () => {
    const h = harness({ params: { timeout: 10, medium: 1, low: 99999 } });
    h.channel.start(APP1);
    const q = h.query(h.last());
    expect([q.get('timeout'), q.get('medium'), q.get('low')]).toEqual(['180', '5', '1800']);
  });

  it('sends the next P-GET before the batch is processed, and processes batches strictly in order', async () => {
    const order: string[] = [];
    let releaseFirst: () => void = () => {};
    const h = harness({
      consume: async (s) => {
        if (s.kind !== 'events') return;
        const n = s.events[0]?.link.href ?? '';
        order.push(`start ${n}`);
        if (n === '/p/1/privacyRelationship') await new Promise<void>((r) => (releaseFirst = r));
        order.push(`end ${n}`);
      },
    });
    h.channel.start(APP1);
    h.last().resolve({ next: '/e?ack=2', events: [ev(1)] });
    await flush();
    expect(h.calls).toHaveLength(2); // already parked while batch 1 is still being processed
    h.last().resolve({ next: '/e?ack=3', events: [ev(2)] });
    await flush();
    expect(h.calls).toHaveLength(3);
    expect(order).toEqual(['start /p/1/privacyRelationship']);
    releaseFirst();
    await h.channel.drained();
    expect(order).toEqual([
      'start /p/1/privacyRelationship',
      'end /p/1/privacyRelationship',
      'start /p/2/privacyRelationship',
      'end /p/2/privacyRelationship',
    ]);
  });

  it('an empty (timeout) answer just continues with next', async () => {
    const h = harness();
    h.channel.start(APP1);
    h.last().resolve({ next: '/e?ack=1', events: [] });
    await flush();
    expect(h.last().url).toBe('/e?ack=1');
    expect(h.consumed).toEqual([]);
  });

  it('resync: follows the resync link and asks for a rebuild before any later events', async () => {
    const h = harness();
    h.channel.start(APP1);
    h.last().resolve({ resync: '/e?ack=7', events: [] });
    await flush();
    expect(h.last().url).toBe('/e?ack=7');
    h.last().resolve({ next: '/e?ack=8', events: [ev(3)] });
    await flush();
    await h.channel.drained();
    expect(h.consumed.map((s) => s.kind)).toEqual(['resync', 'events']);
  });

  it('resume: follows resume, re-sends the sticky params, and asks for subscriptions again first', async () => {
    const h = harness();
    h.channel.start(APP1);
    h.last().resolve({ next: '/e?ack=2', events: [] });
    await flush();
    expect(h.query(h.last()).get('timeout')).toBeNull();
    h.last().resolve({ resume: '/e?ack=3', events: [ev(4)] });
    await flush();
    expect(h.query(h.last()).get('ack')).toBe('3');
    expect(h.query(h.last()).get('timeout')).toBe('180');
    await h.channel.drained();
    expect(h.consumed.map((s) => s.kind)).toEqual(['resume', 'events']);
  });
});

describe('event channel: error answers', () => {
  it('404 ApplicationNotFound: creates a new application and polls its events href with params', async () => {
    const h = harness();
    h.channel.start(APP1);
    h.last().reject(new UcwaError({ status: 404, code: 'NotFound', subcode: 'ApplicationNotFound' }));
    await flush();
    expect(h.deps.recreateApplication).toHaveBeenCalledTimes(1);
    expect(h.last().url).toBe(`${APP2}&timeout=180&medium=5&low=5`);
    expect(h.states.map((s) => s.name)).toContain('recovering');
    await h.channel.drained();
    expect(h.consumed).toEqual([{ kind: 'applicationRecreated' }]);
  });

  it('409 PGetReplaced: stops and reports that another instance took over', async () => {
    const h = harness();
    h.channel.start(APP1);
    h.last().reject(new UcwaError({ status: 409, code: 'Conflict', subcode: 'PGetReplaced' }));
    await vi.advanceTimersByTimeAsync(120_000);
    expect(h.channel.getState()).toEqual({ name: 'replaced' });
    expect(h.calls).toHaveLength(1);
  });

  it('409 caused by our own retry of the same URL is ignored once; a second one means replaced', async () => {
    const h = harness();
    h.channel.start(APP1);
    h.last().resolve({ next: '/e?ack=2', events: [] });
    await flush();
    h.channel.wake(); // e.g. OS resume: the parked request is abandoned and re-sent
    expect(h.calls).toHaveLength(3);
    expect(h.calls[1]?.signal.aborted).toBe(true);
    h.last().reject(new UcwaError({ status: 409, code: 'Conflict', subcode: 'PGetReplaced' }));
    await flush();
    expect(h.calls).toHaveLength(4);
    expect(h.last().url).toBe('/e?ack=2');
    h.last().reject(new UcwaError({ status: 409, code: 'Conflict', subcode: 'PGetReplaced' }));
    await flush();
    expect(h.channel.getState()).toEqual({ name: 'replaced' });
  });

  it('410: signed out with the server’s reason', async () => {
    const h = harness();
    h.channel.start(APP1);
    h.last().reject(new UcwaError({ status: 410, code: 'Gone', subcode: 'InactiveApplicationExpired' }));
    await flush();
    expect(h.channel.getState()).toMatchObject({ name: 'gone', subcode: 'InactiveApplicationExpired' });
    const state = h.channel.getState();
    expect(state.name === 'gone' && state.reason).toEqual({
      code: 'ended',
      subcode: 'InactiveApplicationExpired',
    });
    expect(h.calls).toHaveLength(1);
  });

  it('401: gets a new token and retries the same URL at once', async () => {
    const h = harness();
    h.channel.start(APP1);
    h.last().resolve({ next: '/e?ack=2', events: [] });
    await flush();
    h.last().reject(new UcwaError({ status: 401, code: 'Unauthorized' }));
    await flush();
    expect(h.deps.renewToken).toHaveBeenCalledTimes(1);
    expect(h.calls.map((c) => c.url).slice(1)).toEqual(['/e?ack=2', '/e?ack=2']);
    expect(h.channel.getState().name).toBe('polling');
  });

  it('401 with a password the server no longer accepts: signed out', async () => {
    const h = harness({
      renewToken: async () => {
        throw new UcwaError({ status: 400, code: 'InvalidGrant' });
      },
    });
    h.channel.start(APP1);
    h.last().reject(new UcwaError({ status: 401, code: 'Unauthorized' }));
    await flush();
    expect(h.channel.getState()).toEqual({ name: 'gone', reason: { code: 'passwordRefused' } });
  });

  it.each(['InvalidGrant', 'AccountLocked'] as const)(
    'a new application refused for the password (%s): signed out for the password, nothing more sent',
    async (code) => {
      const h = harness({
        recreateApplication: vi.fn(async () => {
          throw new UcwaError({ status: 400, code });
        }),
      });
      h.channel.start(APP1);
      h.last().reject(new UcwaError({ status: 404, code: 'NotFound', subcode: 'ApplicationNotFound' }));
      await vi.advanceTimersByTimeAsync(60 * 60_000);
      expect(h.channel.getState()).toEqual({ name: 'gone', reason: { code: 'passwordRefused' } });
      expect(h.deps.recreateApplication).toHaveBeenCalledTimes(1);
      expect(h.calls).toHaveLength(1);
    },
  );

  it('401 again and again after fresh tokens: backs off instead of hammering', async () => {
    const h = harness();
    h.channel.start(APP1);
    for (let i = 0; i < 3; i++) {
      h.last().reject(new UcwaError({ status: 401, code: 'Unauthorized' }));
      await flush();
    }
    expect(h.deps.renewToken).toHaveBeenCalledTimes(2);
    expect(h.channel.getState().name).toBe('backoff');
  });
});

describe('event channel: a certificate this computer does not trust', () => {
  const untrusted = () =>
    new UcwaError({ status: 0, code: 'Tls', subcode: 'CertificateAuthorityInvalid', retryable: false });

  it('stops at once with the certificate in words, and sends nothing more however long it waits', async () => {
    const h = harness();
    h.channel.start(APP1);
    h.last().reject(untrusted());
    await flush();
    const state = h.channel.getState();
    expect(state).toMatchObject({ name: 'failed', code: 'Tls', subcode: 'CertificateAuthorityInvalid' });
    expect(state.name === 'failed' && state.reason).toEqual({ code: 'untrustedCertificate' });
    h.channel.wake(); // the OS waking up does not make the certificate trusted
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(h.calls).toHaveLength(1);
    expect(h.deps.recreateApplication).not.toHaveBeenCalled();
  });

  it('stops when the new application cannot be created for the certificate either', async () => {
    const h = harness({
      recreateApplication: vi.fn(async () => {
        throw untrusted();
      }),
    });
    h.channel.start(APP1);
    h.last().reject(new UcwaError({ status: 404, code: 'NotFound', subcode: 'ApplicationNotFound' }));
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(h.channel.getState().name).toBe('failed');
    expect(h.deps.recreateApplication).toHaveBeenCalledTimes(1);
  });
});

describe('event channel: retries and backoff', () => {
  it('network errors and 5xx retry the same URL with capped, growing, jittered delays', async () => {
    const h = harness({ backoff: { baseMs: 1000, capMs: 8000, budgetMs: 10 * 60_000 } });
    h.channel.start(APP1);
    const delays: number[] = [];
    const failures = [
      new UcwaError({ status: 0, code: 'Network' }),
      new UcwaError({ status: 500, code: 'ServiceFailure' }),
      new UcwaError({ status: 503, code: 'ServiceUnavailable' }),
      new UcwaError({ status: 0, code: 'Network' }),
      new UcwaError({ status: 0, code: 'Network' }),
    ];
    for (const failure of failures) {
      const before = Date.now();
      h.last().reject(failure);
      await flush();
      const s = h.channel.getState();
      expect(s.name).toBe('backoff');
      if (s.name === 'backoff') {
        delays.push(s.retryAt - before);
        expect(s.reason.code).toMatch(/^(network|timeout|serverError|notUnderstood|unusableAnswer)$/);
      }
      const n = h.calls.length;
      await vi.advanceTimersByTimeAsync(delays.at(-1) ?? 0);
      expect(h.calls).toHaveLength(n + 1);
      expect(h.last().url).toBe(h.calls[0]?.url);
    }
    expect(delays).toEqual([1000, 2000, 4000, 8000, 8000]);
  });

  it('full jitter: the delay is random below the ceiling', async () => {
    const h = harness({ random: () => 0.25 });
    h.channel.start(APP1);
    h.last().reject(new UcwaError({ status: 0, code: 'Network' }));
    h.last().reject(new UcwaError({ status: 0, code: 'Network' }));
    await flush();
    const s = h.channel.getState();
    expect(s.name === 'backoff' && s.retryAt - Date.now()).toBe(250);
  });

  it('a success ends the outage: the next failure starts again from the smallest delay', async () => {
    const h = harness();
    h.channel.start(APP1);
    for (let i = 0; i < 3; i++) {
      h.last().reject(new UcwaError({ status: 0, code: 'Network' }));
      await flush();
      await vi.advanceTimersByTimeAsync(60_000);
    }
    expect(h.channel.getState()).toMatchObject({ name: 'polling', retrying: true }); // not "connected" yet
    h.last().resolve({ next: '/e?ack=2', events: [] });
    await flush();
    expect(h.channel.getState()).toMatchObject({ name: 'polling', retrying: false });
    await flush();
    h.last().reject(new UcwaError({ status: 0, code: 'Network' }));
    await flush();
    const s = h.channel.getState();
    expect(s.name === 'backoff' && s.retryAt - Date.now()).toBe(1000);
  });

  it('stays inside the server window: an outage past the budget recreates the application', async () => {
    const budgetMs = 5 * 60_000;
    const h = harness({ backoff: { baseMs: 1000, capMs: 60_000, budgetMs } });
    h.channel.start(APP1);
    const start = Date.now();
    for (let i = 0; i < 30 && vi.mocked(h.deps.recreateApplication).mock.calls.length === 0; i++) {
      h.last().reject(new UcwaError({ status: 0, code: 'Network' }));
      await flush();
      const s = h.channel.getState();
      if (s.name === 'backoff') {
        expect(s.retryAt - start).toBeLessThanOrEqual(budgetMs);
        await vi.advanceTimersByTimeAsync(s.retryAt - Date.now());
      }
    }
    expect(h.deps.recreateApplication).toHaveBeenCalledTimes(1);
    expect(Date.now() - start).toBeLessThanOrEqual(budgetMs);
    expect(h.last().url).toContain('/applications/2/');
  });

  it('a P-GET with no answer past timeout + 30 s is abandoned and retried', async () => {
    const h = harness({ params: { timeout: 180 } });
    h.channel.start(APP1);
    await vi.advanceTimersByTimeAsync(209_999);
    expect(h.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(h.calls[0]?.signal.aborted).toBe(true);
    expect(h.channel.getState()).toMatchObject({
      name: 'backoff',
      reason: { code: 'timeout' },
    });
    await vi.advanceTimersByTimeAsync(1000);
    expect(h.calls).toHaveLength(2);
    expect(h.calls[1]?.url).toBe(h.calls[0]?.url);
  });

  it('a 200 without next/resume/resync is retried like a failure', async () => {
    const h = harness();
    h.channel.start(APP1);
    h.last().resolve({ events: [ev(1)] });
    await flush();
    expect(h.channel.getState().name).toBe('backoff');
    expect(h.consumed).toEqual([]);
  });

  it('wake() during backoff retries at once', async () => {
    const h = harness();
    h.channel.start(APP1);
    h.last().reject(new UcwaError({ status: 0, code: 'Network' }));
    await flush();
    expect(h.channel.getState().name).toBe('backoff');
    h.channel.wake();
    expect(h.calls).toHaveLength(2);
    expect(h.channel.getState().name).toBe('polling');
    await vi.advanceTimersByTimeAsync(60_000); // the old backoff timer must not fire a second request
    expect(h.calls).toHaveLength(2);
  });

  it('application re-creation that fails on the network is retried with backoff; a 410 there signs out', async () => {
    let attempts = 0;
    const h = harness({
      recreateApplication: async () => {
        attempts++;
        if (attempts === 1) throw new UcwaError({ status: 0, code: 'Network' });
        throw new UcwaError({ status: 410, code: 'Gone', subcode: 'TooManyApplications' });
      },
    });
    h.channel.start(APP1);
    h.last().reject(new UcwaError({ status: 404, code: 'NotFound', subcode: 'ApplicationNotFound' }));
    await flush();
    expect(h.channel.getState()).toMatchObject({ name: 'recovering', retryAt: expect.any(Number) });
    h.channel.wake();
    await flush();
    expect(attempts).toBe(2);
    expect(h.channel.getState()).toMatchObject({ name: 'gone', subcode: 'TooManyApplications' });
    const s = h.channel.getState();
    expect(s.name === 'gone' && s.reason).toEqual({ code: 'ended', subcode: 'TooManyApplications' });
  });

  it('moveTo(): an application re-created elsewhere is followed at once, with params, and rebuilt', async () => {
    const h = harness();
    h.channel.start(APP1);
    h.last().reject(new UcwaError({ status: 0, code: 'Network' }));
    await flush();
    expect(h.channel.getState().name).toBe('backoff');
    h.channel.moveTo(APP2);
    expect(h.last().url).toBe(`${APP2}&timeout=180&medium=5&low=5`);
    expect(h.channel.getState().name).toBe('polling');
    await vi.advanceTimersByTimeAsync(60_000); // the old backoff timer is gone
    expect(h.calls).toHaveLength(2);
    await h.channel.drained();
    expect(h.consumed).toEqual([{ kind: 'applicationRecreated' }]);
  });

  it('stop() aborts the parked P-GET and sends nothing more', async () => {
    const h = harness();
    h.channel.start(APP1);
    h.channel.stop();
    expect(h.calls[0]?.signal.aborted).toBe(true);
    await vi.advanceTimersByTimeAsync(600_000);
    expect(h.calls).toHaveLength(1);
    expect(h.channel.getState()).toEqual({ name: 'stopped' });
  });

  it('a consumer that throws does not stop the channel or later batches', async () => {
    const seen: number[] = [];
    const h = harness({
      consume: async (s) => {
        if (s.kind !== 'events') return;
        seen.push(seen.length);
        if (seen.length === 1) throw new Error('boom');
      },
    });
    h.channel.start(APP1);
    h.last().resolve({ next: '/e?ack=2', events: [ev(1)] });
    await flush();
    h.last().resolve({ next: '/e?ack=3', events: [ev(2)] });
    await flush();
    await h.channel.drained();
    expect(seen).toEqual([0, 1]);
    expect(h.channel.getState().name).toBe('polling');
  });
});

describe('event channel: confirming a retry while its P-GET is parked', () => {
  /** A probe the test answers by hand; records the signal it was sent with. */
  function probed(overrides: Partial<EventChannelDeps> = {}) {
    const probes: Array<{ signal: AbortSignal; resolve(): void; reject(e: unknown): void }> = [];
    const h = harness({
      probe: (signal) =>
        new Promise<void>((resolve, reject) => {
          probes.push({ signal, resolve, reject });
        }),
      ...overrides,
    });
    const lastProbe = () => {
      const p = probes.at(-1);
      if (p === undefined) throw new Error('no probe was sent');
      return p;
    };
    /** The last probe answers, and its P-GET stays out past the grace: the server holds it. */
    const probeAnswers = async () => {
      lastProbe().resolve();
      await vi.advanceTimersByTimeAsync(DEFAULT_BACKOFF.confirmAfterMs);
    };
    return { ...h, probes, lastProbe, probeAnswers };
  }

  it('no probe while all is well: not on the first P-GET, not after an answer', async () => {
    const h = probed();
    h.channel.start(APP1);
    h.last().resolve({ next: '/e?ack=2', events: [] });
    await flush();
    h.channel.wake(); // a parked P-GET replaced while connected is not a retry after a failure
    await flush();
    expect(h.calls).toHaveLength(3);
    expect(h.probes).toHaveLength(0);
  });

  it('wake() after a failure: the probe answers, so the channel is live while the same P-GET stays parked', async () => {
    const h = probed();
    h.channel.start(APP1);
    h.last().resolve({ next: '/e?ack=2', events: [] });
    await flush();
    h.last().reject(new UcwaError({ status: 0, code: 'Network' }));
    await flush();
    expect(h.channel.getState().name).toBe('backoff');
    h.channel.wake();
    expect(h.channel.getState()).toEqual({ name: 'polling', url: '/e?ack=2', retrying: true });
    expect(h.probes).toHaveLength(1);
    h.lastProbe().resolve();
    await flush();
    expect(h.channel.getState()).toMatchObject({ retrying: true }); // not before the P-GET has stayed out a moment
    await vi.advanceTimersByTimeAsync(DEFAULT_BACKOFF.confirmAfterMs);
    expect(h.channel.getState()).toEqual({ name: 'polling', url: '/e?ack=2', retrying: false });
    // The parked P-GET is neither aborted nor repeated; its ack is untouched, and it carries on as usual.
    expect(h.calls).toHaveLength(3);
    expect(h.last().signal.aborted).toBe(false);
    expect(h.last().url).toBe('/e?ack=2');
    h.last().resolve({ next: '/e?ack=3', events: [ev(1)] });
    await flush();
    await h.channel.drained();
    expect(h.consumed).toEqual([{ kind: 'events', events: [ev(1)] }]);
    expect(h.last().url).toBe('/e?ack=3');
    expect(h.probes).toHaveLength(1);
  });

  it('the backoff timer retry is confirmed the same way', async () => {
    const h = probed();
    h.channel.start(APP1);
    h.last().reject(new UcwaError({ status: 503, code: 'ServiceUnavailable' }));
    await flush();
    await vi.advanceTimersByTimeAsync(1000);
    expect(h.calls).toHaveLength(2);
    await h.probeAnswers();
    expect(h.channel.getState()).toMatchObject({ name: 'polling', retrying: false });
  });

  it('a P-GET that fails after the probe answered backs off where the outage left off', async () => {
    const h = probed();
    h.channel.start(APP1);
    h.last().reject(new UcwaError({ status: 0, code: 'Network' }));
    await flush();
    h.channel.wake();
    await h.probeAnswers();
    expect(h.channel.getState()).toMatchObject({ name: 'polling', retrying: false });
    h.last().reject(new UcwaError({ status: 0, code: 'Network' }));
    await flush();
    const s = h.channel.getState();
    // Second attempt of the same outage (random = 1: the full ceiling), not the first of a new one.
    expect(s).toMatchObject({ name: 'backoff', attempt: 2 });
    expect(s.name === 'backoff' && s.retryAt - Date.now()).toBe(2000);
    expect(s.name === 'backoff' && s.attempt).toBe(2);
    await vi.advanceTimersByTimeAsync(2000);
    expect(h.channel.getState()).toMatchObject({ name: 'polling', retrying: true });
    expect(h.probes).toHaveLength(2);
  });

  it('a failed probe changes nothing: the P-GET answer ends the outage', async () => {
    const h = probed();
    h.channel.start(APP1);
    h.last().reject(new UcwaError({ status: 0, code: 'Network' }));
    await flush();
    h.channel.wake();
    h.lastProbe().reject(new UcwaError({ status: 0, code: 'Network' }));
    await flush();
    expect(h.channel.getState()).toMatchObject({ name: 'polling', retrying: true });
    h.last().resolve({ next: '/e?ack=2', events: [] });
    await flush();
    expect(h.channel.getState()).toMatchObject({ name: 'polling', retrying: false });
  });

  it('a probe for a P-GET that was since abandoned does not vouch for its replacement', async () => {
    const h = probed();
    h.channel.start(APP1);
    h.last().reject(new UcwaError({ status: 0, code: 'Network' }));
    await flush();
    h.channel.wake();
    const first = h.lastProbe();
    h.channel.wake(); // e.g. the network changed again: the retry is re-sent with its own probe
    expect(first.signal.aborted).toBe(true);
    expect(h.probes).toHaveLength(2);
    first.resolve(); // late answer of the abandoned probe
    await vi.advanceTimersByTimeAsync(DEFAULT_BACKOFF.confirmAfterMs);
    expect(h.channel.getState()).toMatchObject({ name: 'polling', retrying: true });
    await h.probeAnswers();
    expect(h.channel.getState()).toMatchObject({ name: 'polling', retrying: false });
  });

  it('the first P-GET of a re-created application is confirmed too', async () => {
    const h = probed();
    h.channel.start(APP1);
    h.last().reject(new UcwaError({ status: 404, code: 'NotFound', subcode: 'ApplicationNotFound' }));
    await flush();
    expect(h.last().url).toBe(`${APP2}&timeout=180&medium=5&low=5`);
    expect(h.channel.getState()).toMatchObject({ name: 'polling', retrying: true });
    await h.probeAnswers();
    expect(h.channel.getState()).toMatchObject({ name: 'polling', retrying: false });
  });

  it('a P-GET that the network kills at once never shows connected, though the probe answered', async () => {
    const h = probed();
    h.channel.start(APP1);
    h.last().reject(new UcwaError({ status: 0, code: 'Network' }));
    await flush();
    const since = h.states.length;
    h.channel.wake();
    h.lastProbe().resolve();
    await flush();
    h.last().reject(new UcwaError({ status: 0, code: 'Network' })); // e.g. a proxy that drops long polls
    await vi.advanceTimersByTimeAsync(DEFAULT_BACKOFF.confirmAfterMs);
    expect(
      h.states.slice(since).map((st) => (st.name === 'polling' ? `polling ${st.retrying}` : st.name)),
    ).toEqual(['polling true', 'backoff']);
  });

  it('a probe that answers after the P-GET was out long enough confirms at once', async () => {
    const h = probed();
    h.channel.start(APP1);
    h.last().reject(new UcwaError({ status: 0, code: 'Network' }));
    await flush();
    h.channel.wake();
    await vi.advanceTimersByTimeAsync(DEFAULT_BACKOFF.confirmAfterMs * 2);
    expect(h.channel.getState()).toMatchObject({ retrying: true });
    h.lastProbe().resolve();
    await flush();
    expect(h.channel.getState()).toMatchObject({ name: 'polling', retrying: false });
  });

  it('stop() abandons the probe with its P-GET', async () => {
    const h = probed();
    h.channel.start(APP1);
    h.last().reject(new UcwaError({ status: 0, code: 'Network' }));
    await flush();
    h.channel.wake();
    h.channel.stop();
    expect(h.lastProbe().signal.aborted).toBe(true);
    await h.probeAnswers();
    expect(h.channel.getState()).toEqual({ name: 'stopped' });
  });
});

describe('event channel: a server that misbehaves stays a quiet one', () => {
  const gone = () => new UcwaError({ status: 404, code: 'NotFound', subcode: 'ApplicationNotFound' });

  it('answers that come back at once without events: the next P-GET waits 1 s, 2 s, 4 s, ...', async () => {
    const h = harness();
    h.channel.start(APP1);
    const waits: number[] = [];
    for (let ack = 2; ack < 8; ack++) {
      const n = h.calls.length;
      h.last().resolve({ next: `/e?ack=${ack}`, events: [] });
      const sent = Date.now();
      await flush();
      while (h.calls.length === n) await vi.advanceTimersByTimeAsync(100);
      waits.push(Date.now() - sent);
    }
    // The first early empty answer is a resume or resync answer as real servers send them: followed at once.
    expect(waits).toEqual([0, 1000, 2000, 4000, 8000, 16000]);
    // An answer with events, or one the server held, brings the pace back.
    h.last().resolve({ next: '/e?ack=9', events: [ev(1)] });
    await flush();
    expect(h.last().url).toBe('/e?ack=9');
  });

  it('a new application whose P-GET 404s again: the next one only after 10 s, then 20 s, 40 s, 60 s', async () => {
    const h = harness();
    h.channel.start(APP1);
    const created: number[] = [];
    const start = Date.now();
    vi.mocked(h.deps.recreateApplication).mockImplementation(async () => {
      created.push(Date.now() - start);
      return APP2;
    });
    for (let i = 0; i < 5; i++) {
      const n = h.calls.length;
      h.last().reject(gone());
      await flush();
      while (h.calls.length === n) await vi.advanceTimersByTimeAsync(500);
    }
    expect(created).toEqual([0, 10_000, 30_000, 70_000, 130_000]);
    expect(h.channel.getState().name).toBe('polling');
    // Once the new application answers, a later 404 is a new story: re-created at once.
    h.last().resolve({ next: '/app2/e?ack=2', events: [ev(1)] });
    await flush();
    h.last().reject(gone());
    await flush();
    expect(created.at(-1)).toBe(Date.now() - start);
  });

  it('answers it cannot use for two minutes, with none usable between: stops with the words for it', async () => {
    const h = harness();
    h.channel.start(APP1);
    const malformed = () => new UcwaError({ status: 200, code: 'MalformedResponse' });
    // A glitch, then a usable answer: nothing is held against the server.
    h.last().reject(malformed());
    await vi.advanceTimersByTimeAsync(1_000);
    h.last().resolve({ next: '/e?ack=2', events: [ev(1)] });
    await flush();
    for (let i = 0; i < 30 && h.channel.getState().name !== 'failed'; i++) {
      const s = h.channel.getState();
      expect(s.name === 'backoff' || s.name === 'polling').toBe(true);
      h.last().reject(malformed());
      await vi.advanceTimersByTimeAsync(60_000);
    }
    const s = h.channel.getState();
    expect(s).toMatchObject({ name: 'failed', code: 'MalformedResponse' });
    expect(s.name === 'failed' && s.reason).toEqual({ code: 'unusableAnswer' });
    // 1 s, 2 s, 4 s ... 60 s apart: the third minute is not reached.
    expect(h.calls.length).toBeLessThanOrEqual(12);
  });

  it('a next link it must not follow: stops at once, and says the server sent something unusable', async () => {
    const h = harness();
    h.channel.start(APP1);
    h.last().reject(new UcwaError({ status: 0, code: 'InsecureUrl', retryable: false }));
    await vi.advanceTimersByTimeAsync(15 * 60_000);
    expect(h.channel.getState()).toMatchObject({
      name: 'failed',
      code: 'InsecureUrl',
      reason: { code: 'unusableAnswer' },
    });
    expect(h.calls).toHaveLength(1);
  });
});
