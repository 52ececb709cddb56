// Keeping the user's presence true while signed in: after makeMeAvailable (sent with the subscriptions, after
// sign-in and every rebuild), reportMyActivity every three minutes (the server wants one at least every four) —
// but only while the user is really at the computer, so that an app in the tray never keeps an absent user
// "Available". The client makes the application available again when the server has forgotten. One timer.
import type { Clock } from '../ucwa/clock.js';
import type { ProtocolPort } from './port.js';

export const ACTIVITY_EVERY_MS = 3 * 60_000;

export class Availability {
  private timer: unknown;
  private stopped = true;
  /** The server does not link reportMyActivity: stop asking (logged once). */
  private unsupported = false;

  constructor(
    private readonly port: () => ProtocolPort,
    private readonly clock: Clock,
    /** Is the user at the computer (the OS idle time is short)? Default: yes. */
    private readonly isUserActive: () => boolean,
    private readonly warn: (msg: string, data?: Record<string, unknown>) => void,
  ) {}

  /** (Re)start the activity timer; makeMeAvailable itself goes out with the subscriptions (subscriptions.ts). */
  start(): void {
    this.stopped = false;
    this.unsupported = false;
    this.schedule();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(): void {
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
    if (this.stopped || this.unsupported) return;
    this.timer = this.clock.setTimeout(() => {
      this.timer = undefined;
      void this.tick();
    }, ACTIVITY_EVERY_MS);
  }

  private async tick(): Promise<void> {
    if (this.stopped) return;
    if (this.isUserActive()) {
      try {
        await this.port().reportActivity();
      } catch (error) {
        if ((error as { code?: unknown } | null)?.code === 'NotAvailable') {
          this.unsupported = true;
          this.warn('the server does not offer reportMyActivity', {});
        } else {
          this.warn('reportMyActivity failed', { error: String(error) });
        }
      }
    }
    this.schedule();
  }
}
