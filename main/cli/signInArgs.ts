// What the commands that sign in (`relationship`, `watch`) share: their options, the checks on them in one order,
// the password (from stdin with --password-stdin or from UCWA_PASSWORD, never from an argument) and the error line.
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { readStdinFirstLine } from './stdin.js';

/** Writes `ucwa <command>: <message>` to stderr and gives back the exit code (1, or 2 for usage errors). */
export function failer(command: string): (message: string, code?: number) => number {
  return (message, code = 1) => {
    process.stderr.write(`ucwa ${command}: ${message}\n`);
    return code;
  };
}

export interface SignInArgs<P> {
  /** Spread into a sign-in: the SIP address, and the discover URL when one was given. */
  account: { sipAddress: string; discoverUrl?: string };
  password: string;
  format: 'json' | 'xml';
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
  if (format !== undefined && format !== 'json' && format !== 'xml')
    return fail('--format must be json or xml', 2);
  const password = parsed.values['password-stdin'] ? await readStdinFirstLine() : process.env.UCWA_PASSWORD;
  if (password === undefined || password === '') {
    return fail('no password: use --password-stdin or set UCWA_PASSWORD', 2);
  }
  return {
    account: { sipAddress: user, ...(discover === undefined ? {} : { discoverUrl: discover }) },
    password,
    format: format === 'xml' ? 'xml' : 'json',
    endpointId: parsed.values['endpoint-id'] ?? randomUUID(),
    positionals: positionals as P,
  };
}
