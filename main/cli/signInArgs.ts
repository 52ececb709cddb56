// What the commands that sign in (`relationship`, `watch`) share: their options, the checks on them in one order,
// the password (from stdin with --password-stdin or from UCWA_PASSWORD, never from an argument), --verbose (the
// protocol log, redacted, on stderr), --trust-host (a host outside the sign-in domain the user trusts: without it,
// a server pointing there is refused with the host named), --passive (refused: the sign-in page needs a window) and
// the error line.
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { m } from '../i18n/index.js';
import { createLogger } from '../log/index.js';
import type { AppLogger } from '../log/index.js';
import { passiveNeedsWindow } from './passive.js';
import { stdio } from './output.js';
import { PasswordCancelled, readPassword } from './stdin.js';

/**
 * Writes `ucwa <command>: <message>` to stderr (made terminal-safe: messages carry server text) and gives back the
 * exit code (1, or 2 for usage errors).
 */
export function failer(command: string): (message: string, code?: number) => number {
  return (message, code = 1) => {
    for (const line of `ucwa ${command}: ${message}`.split('\n')) stdio().stderr.line(line);
    return code;
  };
}

/** The protocol log for --verbose: every line redacted, then made terminal-safe, on stderr; silent without it. */
export function cliLogger(verbose: boolean): AppLogger {
  return createLogger({
    sinks: verbose ? [{ write: (_level, line) => stdio().stderr.line(line) }] : [],
    level: 'debug',
    keep: verbose ? 200 : 0,
  });
}

export interface SignInArgs<P> {
  /** Spread into a sign-in: the SIP address, the discover URL when one was given, the --trust-host hosts. */
  account: { sipAddress: string; discoverUrl?: string; approvedHosts: string[]; username?: string };
  /** Empty with --windows. */
  password: string;
  /**
   * --windows: the Windows grant with the user's Kerberos ticket (no password); with a password too (and
   * --account DOMAIN\user), NTLM where Kerberos is not to be had.
   */
  windows: boolean;
  format: 'json' | 'xml';
  /** Redacted protocol log on stderr with --verbose; the password is already among its known secrets. */
  log: AppLogger;
  verbose: boolean;
  /** --endpoint-id, else a fresh one: a one-shot command is its own endpoint (the app keeps one in its settings). */
  endpointId: string;
  positionals: P;
}

export interface SignInArgsSpec<P> {
  command: string;
  usage: string;
  /** Checks the positional arguments (none are allowed without it): their parsed form, or a usage error to print. */
  positionals?: (positionals: string[]) => P | { error: string };
}

/** The parsed arguments, or the exit code after a usage error was printed. */
export async function parseSignInArgs<P = undefined>(
  argv: string[],
  spec: SignInArgsSpec<P>,
): Promise<SignInArgs<P> | number> {
  const fail = failer(spec.command);
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: spec.positionals !== undefined,
      options: {
        discover: { type: 'string' },
        user: { type: 'string' },
        'password-stdin': { type: 'boolean' },
        format: { type: 'string' },
        'endpoint-id': { type: 'string' },
        verbose: { type: 'boolean', short: 'v' },
        'trust-host': { type: 'string', multiple: true },
        windows: { type: 'boolean' },
        account: { type: 'string' },
        passive: { type: 'boolean' },
      },
    });
  } catch (e) {
    return fail(`${e instanceof Error ? e.message : String(e)}\n${spec.usage}`, 2);
  }
  const { discover, user, format } = parsed.values;
  if (user === undefined) return fail(spec.usage, 2);
  const positionals = spec.positionals?.(parsed.positionals) as P | { error: string } | undefined;
  if (typeof positionals === 'object' && positionals !== null && 'error' in positionals) {
    return fail(positionals.error, 2);
  }
  if (format !== undefined && format !== 'json' && format !== 'xml') return fail(m.cli_format_values(), 2);
  // The organisation's sign-in page needs the app's window.
  if (parsed.values.passive === true) return fail(passiveNeedsWindow(), 2);
  const windows = parsed.values.windows === true;
  let password: string | undefined;
  try {
    password = parsed.values['password-stdin'] ? await readPassword() : process.env.UCWA_PASSWORD;
  } catch (e) {
    if (e instanceof PasswordCancelled) return fail(m.cli_password_cancelled(), 130);
    return fail(m.cli_password_unreadable({ reason: e instanceof Error ? e.message : String(e) }), 2);
  }
  if (!windows && (password === undefined || password === '')) {
    return fail(m.cli_no_password(), 2);
  }
  const verbose = parsed.values.verbose === true;
  const log = cliLogger(verbose);
  if (password) log.rememberSecret(password);
  return {
    account: {
      sipAddress: user,
      discoverUrl: discover,
      approvedHosts: parsed.values['trust-host'] ?? [],
      username: parsed.values.account,
    },
    password: password ?? '',
    windows,
    format: format === 'xml' ? 'xml' : 'json',
    log,
    verbose,
    endpointId: parsed.values['endpoint-id'] ?? randomUUID(),
    positionals: positionals as P,
  };
}
