// Windows: the registry reader for main/policy. Runs reg.exe (System32's, by its full path, never one found on
// PATH) and hands back what it prints; main/policy/registry.ts parses it (why reg.exe and not a package: see there).
// reg.exe prints in the console's code page: the policy values are host names, method names and flags (ASCII).
import { execFile } from 'node:child_process';
import { win32 } from 'node:path';
import type { RegistryQuery } from '../policy/index.js';

/** Long enough for a cold reg.exe on a busy machine; short enough that a hung one cannot hold up start-up. */
const TIMEOUT_MS = 5_000;

export function systemRegExe(systemRoot = process.env.SystemRoot ?? 'C:\\Windows'): string {
  return win32.join(systemRoot, 'System32', 'reg.exe');
}

export function registryQuery(regExe = systemRegExe()): RegistryQuery {
  return (key) =>
    new Promise((resolve, reject) => {
      execFile(
        regExe,
        ['query', key, '/s'],
        { windowsHide: true, timeout: TIMEOUT_MS, maxBuffer: 1024 * 1024, encoding: 'utf8' },
        (error, stdout) => {
          // Exit code 1 with nothing on stdout: the key does not exist (the message on stderr is localised).
          if (error && error.code === 1 && stdout.trim() === '') resolve(null);
          else if (error) reject(new Error(error.killed ? 'reg.exe did not answer in time' : error.message));
          else resolve(stdout);
        },
      );
    });
}
