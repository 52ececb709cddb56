// `ucwa contacts search|add|remove --discover URL --user SIP [--password-stdin] [--format json|xml] ...`
//   search [--limit N] QUERY            one line per person {type:"person",uri,name,relationshipLevel,inContactList,...}
//                                       and per distribution group {type:"distributionGroup",id,name,uri}, then
//                                       {type:"summary",count,moreResultsAvailable}
//   add CONTACT [--group GROUP]         into a group (id or name; without one the server's Other Contacts):
//                                       {type:"added",uri,group:{id,name}}
//   remove CONTACT [--group GROUP]      out of one group, or without --group out of every group (the contact list):
//                                       {type:"removed",uri,group:{id,name}|null}
// Without the server's unified contact store add and remove are not offered: one line on stderr, exit 1.
import { parseArgs } from 'node:util';
import { m } from '../../i18n/index.js';
import { stdio } from '../output.js';
import { failer, parseSignInArgs } from '../signInArgs.js';
import { findGroup, personLine, sipOf } from '../contactListArgs.js';
import { withModel } from '../modelSession.js';

/** The syntax stays as typed; only "usage:" is in the user's language. */
const usage = (): string =>
  m.cli_usage_line({
    syntax:
      'ucwa contacts search|add|remove --discover URL --user SIP [--password-stdin] [--format json|xml] [--limit N] [--group GROUP] QUERY|CONTACT',
  });

const fail = failer('contacts');

interface Request {
  action: 'search' | 'add' | 'remove';
  subject: string;
  limit: number;
  group: string | undefined;
}

/** The command's own options come after the action; the sign-in options are read by parseSignInArgs. */
function split(argv: string[]): { own: string[]; rest: string[] } {
  const own: string[] = [];
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--limit' || a === '--group') own.push(a, argv[++i] ?? '');
    else if (a.startsWith('--limit=') || a.startsWith('--group=')) own.push(a);
    else rest.push(a);
  }
  return { own, rest };
}

function request(own: string[], positionals: string[]): Request | { error: string } {
  const [action, ...words] = positionals;
  if ((action !== 'search' && action !== 'add' && action !== 'remove') || words.length === 0)
    return { error: usage() };
  const { values } = parseArgs({
    args: own,
    options: { limit: { type: 'string' }, group: { type: 'string' } },
  });
  const limit = values.limit === undefined ? 20 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) return { error: m.cli_limit_values() };
  if (action !== 'search' && words.length !== 1) return { error: usage() };
  return { action, subject: words.join(' '), limit, group: values.group };
}

export async function run(argv: string[]): Promise<number> {
  const { own, rest } = split(argv);
  const args = await parseSignInArgs(rest, {
    command: 'contacts',
    usage: usage(),
    positionals: (p) => request(own, p),
  });
  if (typeof args === 'number') return args;
  const { action, subject, limit, group } = args.positionals;
  const out = stdio().stdout;
  return withModel(args, fail, async (model) => {
    const list = model.contactList;
    if (action === 'search') {
      const found = await list.search(subject, limit);
      for (const p of found.people) out.json({ type: 'person', ...personLine(p) });
      for (const g of found.distributionGroups)
        out.json({ type: 'distributionGroup', id: g.id, name: g.name, uri: g.uri ?? null });
      out.json({
        type: 'summary',
        count: found.people.length + found.distributionGroups.length,
        moreResultsAvailable: found.moreResultsAvailable,
      });
      return 0;
    }
    const view = await list.load();
    const uri = sipOf(subject);
    const target = group === undefined ? undefined : findGroup(view.groups, group);
    if (action === 'add') {
      const after = await list.addToGroup(uri, target?.id);
      const into =
        target ?? after.groups.find((g) => g.kind === 'defaultGroup' && g.members.some((p) => p.uri === uri));
      out.json({ type: 'added', uri, group: into ? { id: into.id, name: into.name } : null });
      return 0;
    }
    if (target === undefined) await list.removeContact(uri);
    else await list.removeFromGroup(uri, target.id);
    out.json({ type: 'removed', uri, group: target ? { id: target.id, name: target.name } : null });
    return 0;
  });
}
