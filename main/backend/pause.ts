import type { Clock, SettingsPort } from '../ipc/ports.js';
// "Pause notifications" → until when. "Until tomorrow" means tomorrow morning at 08:00 local time: a pause set in
// the evening should not end at midnight, nor swallow the next working day.
export type PauseChoice = '1h' | 'tomorrow' | 'resume';

export const TOMORROW_HOUR = 8;

export function pauseUntil(choice: PauseChoice, now: number): number | null {
  switch (choice) {
    case '1h':
      return now + 60 * 60 * 1000;
    case 'tomorrow': {
      const d = new Date(now);
      d.setDate(d.getDate() + 1);
      d.setHours(TOMORROW_HOUR, 0, 0, 0);
      return d.getTime();
    }
    case 'resume':
      return null;
  }
}

/**
 * The pause as the app lives it: saved in settings (so a pause outlives a restart), and one timer that wakes when it
 * ends so the tray and the window drop their "paused" line (never polling). Past 2^31 ms (24.8 days) a timer
 * overflows: it wakes at that horizon and looks again.
 */
export class PauseService {
  private timer: unknown;
  private disposed = false;

  constructor(
    private readonly deps: {
      clock: Clock;
      settings: SettingsPort;
      /** The pause began or ended: push the state and the settings. */
      changed: () => void;
    },
  ) {
    this.schedule();
  }

  /** Until when notifications are paused, or null (a pause that has run out is none). */
  until(): number | null {
    const until = this.deps.settings.get().pausedUntil;
    return until !== null && until > this.deps.clock.now() ? until : null;
  }

  set(choice: PauseChoice): number | null {
    this.deps.settings.update({ pausedUntil: pauseUntil(choice, this.deps.clock.now()) });
    this.schedule();
    this.deps.changed();
    return this.until();
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer !== undefined) this.deps.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(): void {
    const { clock } = this.deps;
    if (this.timer !== undefined) clock.clearTimeout(this.timer);
    this.timer = undefined;
    const until = this.until();
    if (until === null || this.disposed) return;
    const delay = Math.min(until - clock.now() + 1, 2 ** 31 - 1);
    this.timer = clock.setTimeout(() => {
      this.timer = undefined;
      this.deps.changed();
      this.schedule();
    }, delay);
  }
}
