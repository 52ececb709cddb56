// The result rows and the printed table: each figure next to its limit, the ratio value/limit (≤ 1 meets the
// target) and pass/miss. Figures without a target in the issue are printed as `info`; figures that could not be
// measured as `n/a`, with the reason in `note`.

export interface Row {
  /** Which benchmark produced it (signIn, changeLatency, ...). */
  group: string;
  figure: string;
  /** null: not measured (see note). */
  value: number | null;
  unit: string;
  /** The target: value must be ≤ limit ('≤') or < limit ('<'). Absent: informational. */
  limit?: number;
  compare?: '≤' | '<';
  /** A limit derived in the same run (e.g. 3 × the measured round-trip floor), shown instead of the number. */
  limitLabel?: string;
  note?: string;
}

export type Verdict = 'pass' | 'miss' | 'info' | 'n/a';

export interface ScoredRow extends Row {
  ratio: number | null;
  verdict: Verdict;
}

export function score(row: Row): ScoredRow {
  if (row.value === null || !Number.isFinite(row.value)) return { ...row, ratio: null, verdict: 'n/a' };
  if (row.limit === undefined) return { ...row, ratio: null, verdict: 'info' };
  // A zero limit has no meaningful ratio: within it (≤ 0) reads 0, beyond it ∞.
  const ratio = row.limit === 0 ? (row.value <= 0 ? 0 : Infinity) : row.value / row.limit;
  const ok = row.compare === '<' ? row.value < row.limit : row.value <= row.limit;
  return { ...row, ratio, verdict: ok ? 'pass' : 'miss' };
}

function fmtNumber(value: number, unit: string): string {
  const digits = Math.abs(value) >= 100 || Number.isInteger(value) ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  const text = value.toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  return unit === '' ? text : `${text} ${unit}`;
}

function cells(r: ScoredRow): string[] {
  const value = r.value === null ? 'n/a' : fmtNumber(r.value, r.unit);
  const limit =
    r.limit === undefined ? '—' : `${r.compare ?? '≤'} ${r.limitLabel ?? fmtNumber(r.limit, r.unit)}`;
  const ratio = r.ratio === null ? '—' : Number.isFinite(r.ratio) ? r.ratio.toFixed(2) : '∞';
  return [r.figure, value, limit, ratio, r.verdict];
}

/** A plain-text table (Markdown-compatible, so the issue note can quote it as is), notes underneath. */
export function formatTable(rows: readonly ScoredRow[]): string {
  const header = ['Figure', 'Value', 'Limit', 'Ratio', 'Result'];
  const body = rows.map(cells);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)));
  const line = (c: string[]): string =>
    `| ${c.map((x, i) => (i === 0 ? x.padEnd(widths[i] ?? 0) : x.padStart(widths[i] ?? 0))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  const out = [line(header), rule, ...body.map(line)];
  const notes = rows.filter((r) => r.note !== undefined);
  if (notes.length > 0) {
    out.push('');
    for (const r of notes) out.push(`- ${r.figure}: ${r.note ?? ''}`);
  }
  return out.join('\n');
}
