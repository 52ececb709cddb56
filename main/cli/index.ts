// The headless entry point: `npm run --silent ucwa -- <command> [options]`.
// Each command lives in its own module under ./commands and is loaded only when asked for,
// so `--help` and `decode` start fast and never touch the network.
const commands: Record<
  string,
  { summary: string; load: () => Promise<{ run(argv: string[]): Promise<number> }> }
> = {
  sim: {
    summary:
      'sim [--port N] [--host 127.0.0.1] [--contacts N] [--quiet]  start the UCWA simulator (first line: JSON with discoverUrl, user, password)',
    load: () => import('./commands/sim.js'),
  },
  watch: {
    summary:
      'watch --discover URL --user SIP [--password-stdin] [--format json|xml]  sign in and stream NDJSON events',
    load: () => import('./commands/watch.js'),
  },
  relationship: {
    summary:
      'relationship get|set|reset --discover URL --user SIP [--password-stdin] CONTACT [LEVEL]  read, change or reset one level',
    load: () => import('./commands/relationship.js'),
  },
  decode: {
    summary: 'decode [--type json|xml] FILE...  print each UCWA representation as the normalised model',
    load: () => import('./commands/decode.js'),
  },
};

function usage(): string {
  return [
    'usage: npm run --silent ucwa -- <command> [options]',
    '',
    'commands:',
    ...Object.values(commands).map((c) => `  ${c.summary}`),
    '',
    'Passwords are read from standard input (--password-stdin) or the UCWA_PASSWORD environment variable, never from arguments.',
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage() + '\n');
    return name === undefined ? 2 : 0;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`ucwa: unknown command "${name}"\n${usage()}\n`);
    return 2;
  }
  const mod = await command.load();
  return mod.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // One line, never a stack trace: the commands are used from scripts.
    process.stderr.write(`ucwa: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
