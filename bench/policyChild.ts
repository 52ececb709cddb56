// Child-process entry for the policy benchmark: a fresh process, so the first read pays for loading the policy
// code (and on macOS the plist parser) as start-up does. zod is loaded first and not counted: the app loads it for
// the IPC contract whether or not there is a policy. Prints wall and CPU milliseconds (import, then first read) as one JSON line.
// Usage: policyChild.ts <linux|darwin|win32> <dir>
import type { PolicyPlatform } from './policyFixtures.js';

const [platform, dir] = process.argv.slice(2) as [PolicyPlatform, string];
await import('zod');
const { policyOptions } = await import('./policyFixtures.js');
const options = policyOptions(platform, dir);
const cpuMs = (u: NodeJS.CpuUsage): number => (u.user + u.system) / 1000;
const c0 = process.cpuUsage();
const t0 = performance.now();
const { loadPolicy } = await import('../main/policy/index.js');
const t1 = performance.now();
const c1 = process.cpuUsage(c0);
const loaded = await loadPolicy(options);
const t2 = performance.now();
const c2 = process.cpuUsage(c0);
process.stdout.write(
  `${JSON.stringify({
    importMs: t1 - t0,
    firstMs: t2 - t1,
    importCpuMs: cpuMs(c1),
    totalCpuMs: cpuMs(c2),
    keys: Object.keys(loaded.policy).length,
    problems: loaded.problems,
  })}\n`,
);
