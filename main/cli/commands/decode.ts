// `ucwa decode [--type json|xml] FILE...`: print each UCWA representation as the normalised model, one JSON object
// per line (`{"file"?, "rel", "href", "properties", "links", "embedded"}`; `file` only when given several files).
// Event batches decode too: rel `events`, `links` next/resume/resync, and `properties.sender` = the senders in order,
// each `{rel, href, events: [{type, link, in?, status?, reason?, embedded?}]}` (see main/ucwa/representation/events.ts).
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { isUcwaError } from '../../ucwa/errors.js';
import { decodeJson, decodeXml, formatOf } from '../../ucwa/representation/index.js';
import type { UcwaResource } from '../../ucwa/representation/index.js';
import { m } from '../../i18n/index.js';
import { toUserMessage } from '../../words/errors.js';
import { stdio } from '../output.js';

function typeOf(file: string, text: string, forced: string | undefined): 'json' | 'xml' | undefined {
  if (forced === 'json' || forced === 'xml') return forced;
  if (/\.json$/i.test(file)) return 'json';
  if (/\.xml$/i.test(file)) return 'xml';
  return formatOf(undefined, text);
}

export async function run(argv: string[]): Promise<number> {
  const { stdout, stderr } = stdio();
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { type: { type: 'string' } }, allowPositionals: true });
  } catch (e) {
    stderr.line(`ucwa decode: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
  const forced = parsed.values.type;
  if (forced !== undefined && forced !== 'json' && forced !== 'xml') {
    stderr.line(`ucwa decode: ${m.cli_type_values()}`);
    return 2;
  }
  const files = parsed.positionals;
  if (files.length === 0) {
    stderr.line(m.cli_usage_line({ syntax: 'ucwa decode [--type json|xml] FILE...' }));
    return 2;
  }
  let failures = 0;
  for (const file of files) {
    try {
      const text = await readFile(file, 'utf8');
      const type = typeOf(file, text, forced);
      if (type === undefined) throw new Error(m.cli_neither_json_nor_xml());
      const res: UcwaResource = type === 'json' ? decodeJson(text) : decodeXml(text);
      const ordered = {
        rel: res.rel,
        href: res.href,
        properties: res.properties,
        links: res.links,
        embedded: res.embedded,
      };
      const out = files.length > 1 ? { file, ...ordered } : ordered;
      stdout.json(out);
    } catch (e) {
      failures++;
      const reason = isUcwaError(e) ? toUserMessage(e) : e instanceof Error ? e.message : String(e);
      stderr.line(`ucwa decode: ${file}: ${reason}`);
    }
  }
  return failures === 0 ? 0 : 1;
}
