import { describe, expect, it } from 'vitest';
import type { ChangeEntry } from '../../../main/ipc/contract.js';
import { csvCell, historyCsvFileName, historyToCsv, toCsv } from '../../../renderer/src/lib/csv.js';

describe('CSV cells', () => {
  it('leaves plain text alone', () => {
    expect(csvCell('Alex Doe')).toBe('Alex Doe');
  });

  it('quotes commas, quotes and line breaks, doubling inner quotes', () => {
    expect(csvCell('Doe, Alex')).toBe('"Doe, Alex"');
    expect(csvCell('Alex "AJ" Doe')).toBe('"Alex ""AJ"" Doe"');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(' padded ')).toBe('" padded "');
  });

  it('defuses spreadsheet formulas in server-supplied text', () => {
    for (const evil of ['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd']) {
      expect(csvCell(evil).replace(/^"/, '').startsWith("'")).toBe(true);
    }
    expect(csvCell('=1,2')).toBe(`"'=1,2"`);
  });

  it('joins rows with CRLF and ends with one', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toBe('a,b\r\nc,d\r\n');
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
    expect(lines[0]).toBe('When (UTC),Contact,SIP address,From,To,Changed by');
    expect(lines[1]).toBe(
      '2026-01-02T03:04:05.000Z,"Doe, Alex",sip:alex@contoso.com,Colleagues,Workgroup,You',
    );
    expect(lines[2]).toBe(
      `2026-01-03T00:00:00.000Z,"'=cmd|"" /C calc""!A0",sip:evil@contoso.com,External Contacts,Blocked,Elsewhere`,
    );
    expect(lines[3]).toBe('');
  });

  it('names the file after the day', () => {
    expect(historyCsvFileName(Date.UTC(2026, 10, 25, 12))).toBe('ucwa-tray-activity-2026-11-25.csv');
  });
});
