// `ucwa tag add|remove|list --discover URL --user SIP [--password-stdin] [--format json|xml] [--tags-dir DIR] [CONTACT]`
// Tags for status-change alerts, kept per account (main/cli/tagsDir.ts says where). Signs in so that each line says
// how the person is now: one line per tagged person {type:"tagged",uri,name,availability,activity?} for `list`, the
// one changed for `add` ({type:"tagged",...}) and `remove` ({type:"untagged",uri}). `watch` with the same
// --tags-dir then emits presenceChanged and statusAlert lines for them.
import { tagFileFor } from '../../app/tagFile.js';
import type { AppModel } from '../../app/index.js';
import type { TaggedView } from '../../app/statusAlerts.js';
import { m } from '../../i18n/index.js';
import { stdio } from '../output.js';
import { failer, parseSignInArgs } from '../signInArgs.js';
import { sipOf } from '../contactListArgs.js';
import { withModel } from '../modelSession.js';
import { takeTagsDir } from '../tagsDir.js';

/** The syntax stays as typed; only "usage:" is in the user's language. */
const usage = (): string =>
  m.cli_usage_line({
    syntax:
      'ucwa tag add|remove|list --discover URL --user SIP [--password-stdin] [--format json|xml] [--tags-dir DIR] [CONTACT]',
  });

const fail = failer('tag');

type Request = { action: 'list' } | { action: 'add' | 'remove'; uri: string };

function request([action, contact, ...rest]: string[]): Request | { error: string } {
  if (action === 'list' && contact === undefined) return { action };
  if ((action === 'add' || action === 'remove') && contact !== undefined && rest.length === 0)
    return { action, uri: sipOf(contact) };
  return { error: usage() };
}

/** How long `add` and `list` wait for the server to say how the tagged people are before printing Unknown. */
const STATUS_WAIT_MS = 5_000;

/** Resolves once every tagged person's status is known (the subscription's first events), or after STATUS_WAIT_MS. */
function statusKnown(model: AppModel): Promise<void> {
  const known = (): boolean => model.alerts.list().every((t) => t.availability !== 'Unknown');
  if (known()) return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      off();
      resolve();
    };
    const timer = setTimeout(done, STATUS_WAIT_MS);
    const off = model.on('tags', () => {
      if (known()) done();
    });
  });
}

export const taggedLine = (t: TaggedView): Record<string, unknown> => ({ type: 'tagged', ...t });

export async function run(argv: string[]): Promise<number> {
  const { dir, rest } = takeTagsDir(argv);
  const args = await parseSignInArgs(rest, { command: 'tag', usage: usage(), positionals: request });
  if (typeof args === 'number') return args;
  const req = args.positionals;
  const out = stdio().stdout;
  const tagStore = tagFileFor(dir, args.account.sipAddress);
  try {
    tagStore.load();
  } catch (e) {
    return fail(e instanceof Error ? e.message : String(e));
  }
  return withModel({ ...args, tagStore }, fail, async (model) => {
    if (req.action === 'list') {
      await statusKnown(model);
      for (const t of model.alerts.list()) out.json(taggedLine(t));
      return 0;
    }
    if (req.action === 'remove') {
      if (!model.alerts.isTagged(req.uri)) return fail(m.cli_not_tagged({ uri: req.uri }));
      await model.alerts.untag(req.uri);
      out.json({ type: 'untagged', uri: req.uri });
      return 0;
    }
    await model.alerts.tag(req.uri);
    await statusKnown(model);
    const tagged = model.alerts.list().find((t) => t.uri === req.uri.toLowerCase());
    if (tagged !== undefined) out.json(taggedLine(tagged));
    return 0;
  });
}
