// `npm run --silent ucwa -- sim [--port N] [--host 127.0.0.1] [--contacts N] [--seed N] [--without-ucs] [--quiet]`
// Starts the simulator with the demo scenario on (--without-ucs: a pool without the unified contact store, whose
// contact list cannot be changed through the API). The first stdout line is exactly
// {"discoverUrl": "...", "user": "...", "password": "..."}; runs until SIGINT/SIGTERM, then closes cleanly.
import { parseArgs } from 'node:util';
import { m } from '../../i18n/index.js';
import { startSimulator } from '../../sim/index.js';

export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string', default: '0' },
      host: { type: 'string', default: '127.0.0.1' },
      contacts: { type: 'string' },
      seed: { type: 'string' },
      quiet: { type: 'boolean', default: false },
      'without-ucs': { type: 'boolean', default: false },
    },
    strict: true,
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(m.cli_port_values({ port: values.port }));
  const host = values.host;
  if (!/^127\.\d+\.\d+\.\d+$/.test(host) && host !== 'localhost' && host !== '::1') {
    throw new Error(m.cli_host_loopback());
  }
  const contacts = values.contacts === undefined ? undefined : Number(values.contacts);
  if (contacts !== undefined && (!Number.isInteger(contacts) || contacts < 0 || contacts > 100_000)) {
    throw new Error(m.cli_contacts_values());
  }
  const seed = values.seed === undefined ? undefined : Number(values.seed);
  const sim = await startSimulator({
    host,
    port,
    demoScenario: true,
    contacts,
    unifiedContactStore: !values['without-ucs'],
    seed: seed !== undefined && Number.isFinite(seed) ? seed : undefined,
  });
  // Spaced exactly as the headless contract shows it.
  const j = JSON.stringify;
  process.stdout.write(
    `{"discoverUrl": ${j(sim.discoverUrl)}, "user": ${j(sim.user)}, "password": ${j(sim.password)}}\n`,
  );
  if (!values.quiet) {
    sim.control.onRequest((r) => process.stderr.write(`${r.status} ${r.method} ${r.path}\n`));
  }
  await new Promise<void>((resolve) => {
    const stop = (): void => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await sim.close();
  return 0;
}
