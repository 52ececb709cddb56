// CSV export of the change history (RFC 4180: CRLF, quotes doubled). Cells that a spreadsheet would run as a
// formula (starting with = + - @, tab or carriage return) get a leading apostrophe: contact names come from
// the server and must not execute in the user's spreadsheet.
import type { ChangeEntry } from '../../../main/ipc/contract.js';
import { levelLabel } from './levels.js';

const formulaStart = /^[=+\-@\t\r]/;

export function csvCell(value: string): string {
  const safe = formulaStart.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || /^\s|\s$/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export const historyCsvHeader = ['When (UTC)', 'Contact', 'SIP address', 'From', 'To', 'Changed by'] as const;

export function historyToCsv(entries: readonly ChangeEntry[]): string {
  return toCsv([
    historyCsvHeader,
    ...entries.map((e) => [
      new Date(e.at).toISOString(),
      e.contact.name,
      e.contact.uri,
      levelLabel(e.from),
      levelLabel(e.to),
      e.ours ? 'You' : 'Elsewhere',
    ]),
  ]);
}

export function historyCsvFileName(now: number): string {
  return `ucwa-tray-activity-${new Date(now).toISOString().slice(0, 10)}.csv`;
}
