// The headless entry point: `npm run --silent ucwa -- <command> [options]`.
// Each command lives in its own module under ./commands and is loaded only when asked for,
// so `--help` and `decode` start fast and never touch the network. Output goes through ./output.ts: terminal-safe,
// and quiet when the reader of a pipe goes away.
import { m, terminalPreferences, useLocale } from '../i18n/index.js';
import { isUcwaError } from '../ucwa/errors.js';
import { errorMessage } from '../words/trust.js';
import { stdio } from './output.js';

const commands: Record<
  string,
  { summary: () => string; load: () => Promise<{ run(argv: string[]): Promise<number> }> }
> = {
  sim: {
    summary: () => `sim [--port N] [--host 127.0.0.1] [--contacts N] [--quiet]  ${m.cli_sim_summary()}`,
    load: () => import('./commands/sim.js'),
  },
  watch: {
    summary: () =>
      `watch --discover URL --user SIP [--password-stdin] [--format json|xml] [--verbose]  ${m.cli_watch_summary()}`,
    load: () => import('./commands/watch.js'),
  },
  relationship: {
    summary: () =>
      `relationship get|set|reset --discover URL --user SIP [--password-stdin] [--verbose] CONTACT [LEVEL]  ${m.cli_relationship_summary()}`,
    load: () => import('./commands/relationship.js'),
  },
  contacts: {
    summary: () =>
      `contacts search|add|remove --discover URL --user SIP [--limit N] [--group GROUP] QUERY|CONTACT  ${m.cli_contacts_summary()}`,
    load: () => import('./commands/contacts.js'),
  },
  groups: {
    summary: () =>
      `groups list|create|rename|delete --discover URL --user SIP [GROUP] [NAME]  ${m.cli_groups_summary()}`,
    load: () => import('./commands/groups.js'),
  },
  tag: {
    summary: () =>
      `tag add|remove|list --discover URL --user SIP [--tags-dir DIR] [CONTACT]  ${m.cli_tag_summary()}`,
    load: () => import('./commands/tag.js'),
  },
  decode: {
    summary: () => `decode [--type json|xml] FILE...  ${m.cli_decode_summary()}`,
    load: () => import('./commands/decode.js'),
  },
};

function usage(): string {
  return [
    m.cli_usage(),
    '',
    m.cli_commands(),
    ...Object.values(commands).map((c) => `  ${c.summary()}`),
    '',
    m.cli_password_note(),
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  useLocale(terminalPreferences());
  const { stdout, stderr } = stdio();
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    for (const line of usage().split('\n')) stdout.line(line);
    return name === undefined ? 2 : 0;
  }
  const command = commands[name];
  if (!command) {
    for (const line of `ucwa: ${m.cli_unknown_command({ name })}\n${usage()}`.split('\n')) stderr.line(line);
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
    const words = isUcwaError(error)
      ? errorMessage(error)
      : error instanceof Error
        ? error.message
        : String(error);
    stdio().stderr.line(`ucwa: ${words}`);
    process.exitCode = 1;
  },
);
