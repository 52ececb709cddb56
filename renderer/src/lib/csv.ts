// CSV export of the change history (RFC 4180: CRLF, quotes doubled). Contact names come from the server and must
// never run as a formula in the user's spreadsheet, whatever list separator it uses (comma, semicolon, tab):
//  - every field is quoted, so a separator inside a name ("a;=cmd|…") does not start a new cell;
//  - a field that a spreadsheet could read as a formula (=, +, -, @, or their full-width forms, possibly after
//    spaces or control characters, or a leading tab / carriage return) gets a leading apostrophe;
//  - so does every formula start after a comma, semicolon or tab inside a field ("a;'=cmd|…"): a spreadsheet set to
//    another separator, or one that loses track of the quotes, may still cut the field there.
import { m } from '../../../i18n/paraglide/messages.js';
import type { ChangeEntry } from '../../../main/ipc/contract.js';
import { levelLabel } from './levels.js';
import { loc } from './locale.js';
import { changedBy } from './words.js';

// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const formulaStart = /^[\s\u0000-\u001f]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r\n]/;
// A separator followed (after spaces or quotes) by a formula character.
const formulaAfterSeparator = /([,;\t])(?=[\s"']*[=+\-@\uff1d\uff0b\uff0d\uff20])/g;

export function csvCell(value: string): string {
  const inner = value.replace(formulaAfterSeparator, "$1'");
  const safe = formulaStart.test(inner) ? `'${inner}` : inner;
  return `"${safe.replaceAll('"', '""')}"`;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * The column names, in the window's language. The export is for the user's spreadsheet, not for a tool: its cells
 * already hold words in that language (level names, who changed it), and English headings over German cells would
 * read worse than either. What a program needs stays language-free: the time is ISO 8601 in UTC, and the SIP
 * address is the contact's identity.
 */
export function historyCsvHeader(): string[] {
  const o = loc();
  return [
    m.activity_csv_when({}, o),
    m.activity_contact({}, o),
    m.activity_csv_sip({}, o),
    m.activity_csv_from({}, o),
    m.activity_csv_to({}, o),
    m.activity_changed_by({}, o),
  ];
}

/** An entry's time as ISO 8601, or empty when the stored time is not one (a damaged history file). */
function isoTime(at: unknown): string {
  if (typeof at !== 'number' || !Number.isFinite(at)) return '';
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}

export function historyToCsv(entries: readonly ChangeEntry[]): string {
  return toCsv([
    historyCsvHeader(),
    ...entries.map((e) => [
      isoTime(e.at),
      String(e.contact.name),
      String(e.contact.uri),
      levelLabel(e.from),
      levelLabel(e.to),
      changedBy(e.ours),
    ]),
  ]);
}

export function historyCsvFileName(now: number): string {
  return `ucwa-tray-activity-${new Date(now).toISOString().slice(0, 10)}.csv`;
}
