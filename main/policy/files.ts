// Policy files: Linux's policy.json and macOS's managed preferences (a plist, XML or binary, as the profile
// installer writes it). A missing file is the normal case (no policy); anything else that stops a file from being
// read is reported (a PolicyProblem), never thrown. The reads are synchronous on purpose: a few hundred bytes of a local
// file, once, before the first window (as electron-store reads the settings), without waiting on the I/O threads.
import { readFileSync, statSync } from 'node:fs';
import type { PolicyProblem } from './problems.js';

/** A policy file is a few hundred bytes; anything near this is not one, and is not read into memory whole. */
export const MAX_POLICY_BYTES = 256 * 1024;

export type FileRead =
  { found: false } | { found: true; raw: unknown } | { found: true; problem: PolicyProblem };

function readBounded(path: string): Buffer | { found: false } | { problem: PolicyProblem } {
  try {
    const info = statSync(path);
    if (!info.isFile()) return { problem: { kind: 'fileNotFile', source: path } };
    if (info.size > MAX_POLICY_BYTES) {
      return { problem: { kind: 'fileTooLarge', source: path, kilobytes: MAX_POLICY_BYTES / 1024 } };
    }
    return readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { found: false };
    if (code === 'EACCES' || code === 'EPERM') return { problem: { kind: 'fileNotPermitted', source: path } };
    return { problem: { kind: 'fileReadError', source: path, code: String(code) } };
  }
}

export async function readJsonPolicy(path: string): Promise<FileRead> {
  const bytes = readBounded(path);
  if (!Buffer.isBuffer(bytes)) return 'problem' in bytes ? { found: true, problem: bytes.problem } : bytes;
  try {
    // A byte-order mark is what Windows editors put first; JSON.parse would refuse it.
    return { found: true, raw: JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, '')) as unknown };
  } catch (e) {
    const detail = e instanceof SyntaxError ? e.message : '';
    return { found: true, problem: { kind: 'fileNotJson', source: path, detail } };
  }
}

export async function readPlistPolicy(path: string): Promise<FileRead> {
  const bytes = readBounded(path);
  if (!Buffer.isBuffer(bytes)) return 'problem' in bytes ? { found: true, problem: bytes.problem } : bytes;
  try {
    // Loaded here, not at the top: only macOS reads plists.
    const { parsePlist } = await import('./plist.js');
    return { found: true, raw: parsePlist(bytes) };
  } catch {
    return { found: true, problem: { kind: 'fileNotPlist', source: path } };
  }
}
