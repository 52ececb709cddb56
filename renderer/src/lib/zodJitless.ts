// Imported first by main.ts. The contract module builds zod schemas when it loads (the renderer only uses its
// types and constants); zod then probes `new Function` to decide whether to compile fast parsers, and under our
// CSP (no 'unsafe-eval') that probe is reported as a violation. jitless: no probe, no violation.
import { config } from 'zod';

config({ jitless: true });
