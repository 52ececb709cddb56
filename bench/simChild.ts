// Child-process entry: a quiet simulator (no demo scenario) for the benchmarks that must not count its CPU or heap
// (idle cost, memory). Prints one JSON line {discoverUrl, user, password, origin}; ends on SIGTERM/SIGINT or when
// the parent closes stdin (so it never outlives the bench). `ucwa sim` is not used: it always runs the demo.
import { parseArgs } from 'node:util';
import { startSimulator } from '../main/sim/index.js';

const { values } = parseArgs({ options: { contacts: { type: 'string', default: '1000' } } });
const sim = await startSimulator({ contacts: Number(values.contacts), demoScenario: false });
const { discoverUrl, user, password, origin } = sim;
process.stdout.write(`${JSON.stringify({ discoverUrl, user, password, origin })}\n`);
const stop = (): void => {
  void sim.close().then(() => process.exit(0));
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
process.stdin.on('end', stop);
process.stdin.resume();
