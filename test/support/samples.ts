// Where the protocol's sample payloads live: test/fixtures/ucwa-samples (a copy of ../shared/ucwa-samples).
import { join } from 'node:path';

export const samplesDir = join(import.meta.dirname, '../fixtures/ucwa-samples');
