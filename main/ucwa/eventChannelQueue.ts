// The event channel's consumer queue: signals handed on strictly in order, each awaited before the next, so a
// resync is never processed beside the batch before it. A consumer that throws is logged, and the queue goes on.
import type { ChannelSignal } from './eventChannelTypes.js';
import type { UcwaLogger } from './log.js';

export class SignalQueue {
  private tail: Promise<void> = Promise.resolve();
  private waiting = 0;

  constructor(
    private readonly consume: (signal: ChannelSignal) => Promise<void>,
    private readonly log: Partial<UcwaLogger> | undefined,
  ) {}

  push(signal: ChannelSignal): void {
    this.waiting++;
    this.tail = this.tail.then(async () => {
      this.waiting--;
      try {
        await this.consume(signal);
      } catch (err) {
        this.log?.warn?.('event channel: consumer failed', { kind: signal.kind, error: String(err) });
      }
    });
  }

  /** Resolves when every signal queued so far has been consumed, including any queued meanwhile. */
  async drained(): Promise<void> {
    let seen: Promise<void> | undefined;
    while (seen !== this.tail) {
      seen = this.tail;
      await seen;
    }
  }

  /** Signals waiting to be consumed. */
  size(): number {
    return this.waiting;
  }
}
