// One signed-in session's lifetime. Every timer a session starts and every late answer it waits for is tied to its
// scope, so that nothing of a session that ended (a sign-out, a newer sign-in, the server ending it) runs afterwards:
// a re-creation queued just before sign-out must not restart snapshots, subscriptions or activity reports.
import type { Clock } from '../ucwa/clock.js';
import { UcwaError } from '../ucwa/errors.js';
import type { ProtocolPort } from './port.js';

export class SessionScope {
  private readonly timers = new Set<unknown>();
  private live = true;
  private protocol: ProtocolPort | undefined;

  constructor(private readonly clock: Clock) {}

  /** False once the session ended: callers drop whatever they were about to do. */
  get active(): boolean {
    return this.live;
  }

  /** The session's protocol port, once signed in. */
  get port(): ProtocolPort {
    if (this.protocol === undefined || !this.live) {
      throw new UcwaError({ status: 0, code: 'Unauthorized', retryable: false });
    }
    return this.protocol;
  }

  get attached(): ProtocolPort | undefined {
    return this.protocol;
  }

  attach(port: ProtocolPort): void {
    this.protocol = port;
  }

  /** A timer that dies with the scope (and whose callback never runs after it ended). */
  setTimeout(run: () => void, ms: number): unknown {
    const timer = this.clock.setTimeout(() => {
      this.timers.delete(timer);
      if (this.live) run();
    }, ms);
    this.timers.add(timer);
    return timer;
  }

  clearTimeout(timer: unknown): void {
    if (!this.timers.delete(timer)) return;
    this.clock.clearTimeout(timer);
  }

  end(): void {
    this.live = false;
    for (const timer of this.timers) this.clock.clearTimeout(timer);
    this.timers.clear();
  }
}
