import { describe, expect, it } from 'vitest';
import type { ChangeEntry } from '../../../main/ipc/contract.js';
import { csvCell, historyCsvFileName, historyToCsv, toCsv } from '../../../renderer/src/lib/csv.js';
import { followLocale } from '../../../renderer/src/lib/locale.js';

/** How a spreadsheet reads a CSV line with a given list separator (RFC 4180 quoting). */
function readLine(line: string, separator: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === separator) {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}

/** What a spreadsheet would run: a cell that starts (after spaces it may trim) with a formula character. */
const runsAsFormula = (cell: string) => /^[\s]*[=+\-@＝＋－＠]/.test(cell) || /^[\t\r]/.test(cell);

const hostile = [
  "a;=cmd|' /C calc'!A0",
  'a,=cmd|" /C calc"!A0',
  'a\t=1+1',
  '=HYPERLINK("http://x")',
  '+1+1',
  '-2+3',
  '@SUM(A1)',
  '\tcmd',
  '\r=1',
  '  =1+1',
  '＝1+1',
  'x;+1;-1;@A1',
];

describe('CSV cells', () => {
  it('quotes every field, doubling inner quotes', () => {
    expect(csvCell('Alex Doe')).toBe('"Alex Doe"');
    expect(csvCell('Doe, Alex')).toBe('"Doe, Alex"');
    expect(csvCell('Alex "AJ" Doe')).toBe('"Alex ""AJ"" Doe"');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('gives formula-looking text a leading apostrophe', () => {
    expect(csvCell('=1,2')).toBe(`"'=1,2"`);
    expect(csvCell('  =1+1')).toBe(`"'  =1+1"`);
    expect(csvCell('＝1+1')).toBe(`"'＝1+1"`);
    expect(csvCell('Anne-Marie')).toBe('"Anne-Marie"');
    expect(csvCell("a;=cmd|' /C calc'!A0")).toBe(`"a;'=cmd|' /C calc'!A0"`);
    expect(csvCell('Doe, Alex')).toBe('"Doe, Alex"');
  });

  it('never yields a cell that runs as a formula, with comma, semicolon or tab as the separator', () => {
    const line = toCsv([hostile]).replace(/\r\n$/, '');
    // Read as written (commas): each field is one cell, as it was but for the apostrophes.
    const cells = readLine(line, ',');
    expect(cells).toHaveLength(hostile.length);
    expect(cells.map((c) => c.replace(/^'/, '').replace(/([,;\t])'/g, '$1'))).toEqual(hostile);
    // Read by a spreadsheet set to another list separator: however it splits the line, no cell runs.
    for (const separator of [',', ';', '\t']) {
      expect(readLine(line, separator).filter(runsAsFormula)).toEqual([]);
    }
  });

  it('joins rows with CRLF and ends with one', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toBe('"a","b"\r\n"c","d"\r\n');
  });
});

describe('history export', () => {
  const entries: ChangeEntry[] = [
    {
      id: '1',
      at: Date.UTC(2026, 0, 2, 3, 4, 5),
      contact: { uri: 'sip:alex@contoso.com', name: 'Doe, Alex' },
      from: 'Colleagues',
      to: 'Workgroup',
      ours: true,
    },
    {
      id: '2',
      at: Date.UTC(2026, 0, 3),
      contact: { uri: 'sip:evil@contoso.com', name: '=cmd|" /C calc"!A0' },
      from: 'External',
      to: 'Blocked',
      ours: false,
    },
  ];

  it('writes a header and one line per change with labels, UTC time and who made it', () => {
    const lines = historyToCsv(entries).split('\r\n');
    expect(lines[0]).toBe('"When (UTC)","Contact","SIP address","From","To","Changed by"');
    expect(lines[1]).toBe(
      '"2026-01-02T03:04:05.000Z","Doe, Alex","sip:alex@contoso.com","Colleagues","Workgroup","You, in this app"',
    );
    expect(lines[2]).toBe(
      `"2026-01-03T00:00:00.000Z","'=cmd|"" /C calc""!A0","sip:evil@contoso.com","External Contacts","Blocked","Another device"`,
    );
    expect(lines[3]).toBe('');
  });

  it("names the columns in the window's language, like the level names under them; the time stays ISO 8601", () => {
    followLocale(() => 'de');
    try {
      const lines = historyToCsv(entries).split('\r\n');
      expect(lines[0]).toBe('"Zeitpunkt (UTC)","Kontakt","SIP-Adresse","Von","Nach","Geändert von"');
      expect(lines[1]).toBe(
        '"2026-01-02T03:04:05.000Z","Doe, Alex","sip:alex@contoso.com","Kollegen","Arbeitsgruppe","Sie, in dieser App"',
      );
    } finally {
      followLocale(() => 'en');
    }
  });

  it('survives an entry whose time is not a number (a damaged history file)', () => {
    const damaged = [
      { ...entries[0], at: 'yesterday' },
      { ...entries[1], at: Number.NaN },
    ] as unknown as ChangeEntry[];
    const lines = historyToCsv(damaged).split('\r\n');
    expect(lines).toHaveLength(4);
    expect(readLine(lines[1] ?? '', ',')[0]).toBe('');
    expect(readLine(lines[2] ?? '', ',')[0]).toBe('');
    expect(readLine(lines[2] ?? '', ',')[1]).toBe(`'=cmd|" /C calc"!A0`);
  });

  it('names the file after the day', () => {
    expect(historyCsvFileName(Date.UTC(2026, 10, 25, 12))).toBe('ucwa-tray-activity-2026-11-25.csv');
  });
});
