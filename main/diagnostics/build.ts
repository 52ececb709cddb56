// The diagnostics text (see index.ts). Pure: every fact is passed in; runtimeFacts() reads the ones Node knows.
import { arch, release } from 'node:os';
import { redact } from '../log/redact.js';

/** Enough to see what led up to a problem; short enough to paste. */
export const DIAGNOSTIC_LOG_LINES = 50;

export interface RuntimeFacts {
  electron: string | null;
  chromium: string | null;
  node: string;
  platform: string;
  osRelease: string;
  arch: string;
  locale: string;
}

export interface SessionFacts {
  /** The server's host (never the full URL: a query may carry session context). */
  serverHost: string | null;
  signInMethod: 'password' | 'windows' | 'passive' | null;
  /** The connection state as the app names it (connected, reconnecting, signedOut, …). */
  connection: string;
  /** Why, when the state has a reason ("The network is unavailable."). */
  reason?: string;
  demo?: boolean;
}

export interface PolicyFacts {
  found: readonly string[];
  locked: readonly string[];
  problems: readonly string[];
}

export interface DiagnosticsInput {
  app: { name: string; version: string };
  runtime: RuntimeFacts;
  session: SessionFacts;
  policy?: PolicyFacts;
  logLines: readonly string[];
  now?: Date;
}

export function runtimeFacts(): RuntimeFacts {
  return {
    electron: process.versions.electron ?? null,
    chromium: process.versions.chrome ?? null,
    node: process.versions.node,
    platform: process.platform,
    osRelease: release(),
    arch: arch(),
    locale: Intl.DateTimeFormat().resolvedOptions().locale,
  };
}

/** What the loaded policy and its application say, for the diagnostics. */
export function policyFacts(
  loaded: { found: readonly string[]; problems: readonly string[] },
  locked: Iterable<string>,
): PolicyFacts {
  return { found: loaded.found, locked: [...locked].sort(), problems: loaded.problems };
}

/** A host from whatever the session knows of the server (a URL, host:port or a host). */
function hostOf(server: string | null): string {
  if (server === null || server.trim() === '') return 'none';
  try {
    return new URL(server.includes('://') ? server : `https://${server}`).host;
  } catch {
    return 'not a valid address';
  }
}

export function buildDiagnostics(input: DiagnosticsInput): string {
  const { app, runtime, session, policy } = input;
  const versions = [
    runtime.electron === null ? 'Electron: not running in Electron' : `Electron ${runtime.electron}`,
    runtime.chromium === null ? null : `Chromium ${runtime.chromium}`,
    `Node ${runtime.node}`,
  ].filter((v) => v !== null);
  const lines = [
    `${app.name} diagnostics, ${(input.now ?? new Date()).toISOString()}`,
    '',
    `Version: ${app.version}`,
    `Runtime: ${versions.join(', ')}`,
    `OS: ${runtime.platform} ${runtime.osRelease} (${runtime.arch}), locale ${runtime.locale}`,
    `Server: ${session.demo ? 'the built-in demo' : hostOf(session.serverHost)}`,
    `Sign-in method: ${session.signInMethod ?? 'not signed in'}`,
    `Connection: ${session.connection}${session.reason ? ` (${session.reason})` : ''}`,
  ];
  if (policy !== undefined) {
    lines.push(
      `Managed configuration: ${policy.found.length > 0 ? policy.found.join('; ') : 'none'}`,
      `Set by the organisation: ${policy.locked.length > 0 ? policy.locked.join(', ') : 'nothing'}`,
    );
    for (const problem of policy.problems) lines.push(`Policy problem: ${problem}`);
  }
  lines.push('', `Last ${input.logLines.length} log lines:`, ...input.logLines);
  // The log lines are redacted already; the rest may hold anything a server or a caller said.
  return `${lines.map((l) => redact(l)).join('\n')}\n`;
}
