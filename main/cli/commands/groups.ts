// `ucwa groups list|create|rename|delete --discover URL --user SIP [--password-stdin] [--format json|xml] ...`
//   list                   {type:"contactList",canCreateGroups,canAddMembers,canRemoveFromAll,reason?}, then one
//                          line per group {type:"group",id,name,kind,editable,uri?,members:[{uri,name,relationshipLevel}]}
//   create NAME            {type:"group",...} of the new group
//   rename GROUP NAME      {type:"group",...} as renamed (GROUP: id or name)
//   delete GROUP           {type:"deleted",id,name}
// Only the user's own groups can be renamed or deleted; without the unified contact store nothing can be changed
// (one line on stderr saying why, exit 1).
import { m } from '../../i18n/index.js';
import { stdio } from '../output.js';
import { failer, parseSignInArgs } from '../signInArgs.js';
import { findGroup, groupLine } from '../contactListArgs.js';
import { withModel } from '../modelSession.js';

/** The syntax stays as typed; only "usage:" is in the user's language. */
const usage = (): string =>
  m.cli_usage_line({
    syntax:
      'ucwa groups list|create|rename|delete --discover URL --user SIP [--password-stdin] [--format json|xml] [GROUP] [NAME]',
  });

const fail = failer('groups');

type Request =
  | { action: 'list' }
  | { action: 'create'; name: string }
  | { action: 'rename'; group: string; name: string }
  | { action: 'delete'; group: string };

function request([action, ...rest]: string[]): Request | { error: string } {
  if (action === 'list' && rest.length === 0) return { action };
  if (action === 'create' && rest.length >= 1) return { action, name: rest.join(' ') };
  if (action === 'rename' && rest.length >= 2 && rest[0] !== undefined)
    return { action, group: rest[0], name: rest.slice(1).join(' ') };
  if (action === 'delete' && rest.length === 1 && rest[0] !== undefined) return { action, group: rest[0] };
  return { error: usage() };
}

export async function run(argv: string[]): Promise<number> {
  const args = await parseSignInArgs(argv, { command: 'groups', usage: usage(), positionals: request });
  if (typeof args === 'number') return args;
  const req = args.positionals;
  const out = stdio().stdout;
  return withModel(args, fail, async (model) => {
    const list = model.contactList;
    const view = await list.load();
    if (view.state !== 'ready') return fail(view.reason ?? view.state);
    switch (req.action) {
      case 'list': {
        out.json({
          type: 'contactList',
          canCreateGroups: view.canCreateGroups,
          canAddMembers: view.canAddMembers,
          canRemoveFromAll: view.canRemoveFromAll,
          reason: view.reason,
        });
        for (const g of view.groups) out.json(groupLine(g));
        return 0;
      }
      case 'create': {
        const after = await list.createGroup(req.name);
        const made = after.groups.find((g) => g.kind === 'group' && g.name === req.name.trim());
        if (made === undefined) return fail(m.cli_group_not_created({ name: req.name }));
        out.json(groupLine(made));
        return 0;
      }
      case 'rename': {
        const target = findGroup(view.groups, req.group);
        const after = await list.renameGroup(target.id, req.name);
        out.json(groupLine(findGroup(after.groups, target.id)));
        return 0;
      }
      case 'delete': {
        const target = findGroup(view.groups, req.group);
        await list.deleteGroup(target.id);
        out.json({ type: 'deleted', id: target.id, name: target.name });
        return 0;
      }
    }
  });
}
