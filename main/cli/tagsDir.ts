// Where the CLI keeps each account's tags (main/app/tagFile.ts): --tags-dir DIR, else UCWA_TAGS_DIR, else
// $XDG_CONFIG_HOME/ucwa-tray/tags (~/.config/ucwa-tray/tags). The option is taken out of argv before the sign-in
// options are read.
import { homedir } from 'node:os';
import { join } from 'node:path';

export function takeTagsDir(argv: string[]): { dir: string; rest: string[] } {
  const rest: string[] = [];
  let given: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--tags-dir') given = argv[++i];
    else if (a.startsWith('--tags-dir=')) given = a.slice('--tags-dir='.length);
    else rest.push(a);
  }
  const config = process.env.XDG_CONFIG_HOME || join(homedir(), '.config');
  return { dir: given || process.env.UCWA_TAGS_DIR || join(config, 'ucwa-tray', 'tags'), rest };
}
