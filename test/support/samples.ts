// Where the protocol's payloads live: test/fixtures/ucwa-samples (a copy of ../shared/ucwa-samples) and
// test/fixtures/ucwa-captures (real servers and SDK fixtures).
import { join } from 'node:path';

export const samplesDir = join(import.meta.dirname, '../fixtures/ucwa-samples');

/** Payloads captured from real servers and third-party SDK fixtures (sources in its SOURCES.md). */
export const capturesDir = join(import.meta.dirname, '../fixtures/ucwa-captures');
