// Versions of this process for About and diagnostics when the shell gives none (the CLI, tests, the e2e harness).
import { readFileSync } from 'node:fs';
import { release } from 'node:os';
import type { AppInfo } from '../ipc/ports.js';

export function processInfo(): AppInfo {
  return {
    version: packageVersion(),
    node: process.versions.node,
    os: `${process.platform} ${release()}`,
  };
}

function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version?: unknown;
    };
    return typeof pkg.version === 'string' ? pkg.version : 'unknown';
  } catch {
    return 'unknown';
  }
}
