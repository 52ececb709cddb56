// "Try the demo" and `--demo`: the UCWA simulator, started in this process on a free loopback port with its demo
// scenario (something happens every 20–30 s). Loaded on first use only, so a normal start never pays for it.
import type { DemoServer } from '../ipc/ports.js';

export async function startEmbeddedDemo(): Promise<DemoServer> {
  const { startSimulator } = await import('../sim/index.js');
  const sim = await startSimulator({ demoScenario: true });
  return { discoverUrl: sim.discoverUrl, user: sim.user, password: sim.password, close: () => sim.close() };
}
