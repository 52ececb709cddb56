// The embedded demo server's lifetime: started on the first "Try the demo", closed once no session uses it.
import type { DemoServer, Logger } from '../ipc/ports.js';

export class DemoServerHolder {
  private server: DemoServer | null = null;

  constructor(
    private readonly start: () => Promise<DemoServer>,
    private readonly log: Logger,
  ) {}

  async get(): Promise<DemoServer> {
    this.server ??= await this.start();
    return this.server;
  }

  /** Close it unless the demo is what the user is signed in to (`inUse`). */
  async closeUnless(inUse: boolean, reason: string): Promise<void> {
    if (inUse || this.server === null) return;
    const server = this.server;
    this.server = null;
    this.log.info('closing the demo server', { reason });
    await server.close().catch(() => undefined);
  }
}
