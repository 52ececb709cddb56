// ARCHITECTURE.md's "What may import what" says in words what eslint.config.js's LAYERS table enforces. This test
// reads both and fails when they differ, so the picture a reader trusts stays the one lint checks.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../', import.meta.url);
const config = (await import(new URL('eslint.config.js', root).href)) as {
  LAYERS: Record<string, string[]>;
  CONTRACT_MODULES: string[];
};
const { LAYERS, CONTRACT_MODULES } = config;

/** The rows of the table under "## What may import what": first cell → last cell. */
function docRows(): Map<string, string> {
  const text = readFileSync(new URL('ARCHITECTURE.md', root), 'utf8');
  const section = text.split('## What may import what')[1]?.split('\n## ')[0] ?? '';
  const rows = new Map<string, string>();
  for (const line of section.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    // `| a | b | c |` splits into ['', a, b, c, '']; the header and the --- line are not rows.
    if (cells.length !== 5 || cells[1] === 'folder' || cells[1]?.startsWith('---')) continue;
    rows.set(cells[1] ?? '', cells[3] ?? '');
  }
  return rows;
}

/** The folders a "may import" cell names: its `backticked` words, leaving out what a parenthesis explains. */
function namedFolders(cell: string): string[] {
  const plain = cell.replace(/\([^)]*\)/g, '');
  return [...plain.matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? '').sort();
}

describe('ARCHITECTURE.md and the lint layer rules', () => {
  const rows = docRows();

  it('has one row per folder of LAYERS and no row LAYERS does not know', () => {
    const documented = [...rows.keys()].filter((folder) => folder.startsWith('`main/')).sort();
    expect(documented).toEqual(
      Object.keys(LAYERS)
        .map((folder) => `\`main/${folder}\``)
        .sort(),
    );
  });

  it('says for each folder exactly what LAYERS lets it import', () => {
    for (const [folder, allowed] of Object.entries(LAYERS)) {
      const cell = rows.get(`\`main/${folder}\``) ?? '';
      expect({ folder, imports: namedFolders(cell) }).toEqual({ folder, imports: [...allowed].sort() });
      if (allowed.length === 0) expect(cell).toBe('nothing of main');
    }
  });

  it('names the contract modules the app model, preload and the renderer may take', () => {
    const fileNames = (cell: string) =>
      [...cell.matchAll(/`(?:ipc\/)?(\w+)\.ts`/g)].map((match) => match[1] ?? '').sort();
    const contract = [...CONTRACT_MODULES].sort();
    expect(fileNames(rows.get('`main/app`') ?? '')).toEqual(contract);
    expect(fileNames(rows.get('`renderer/`, `preload/`') ?? '')).toEqual(contract);
  });

  it('gives every folder of main/ a layer, so lint checks its imports', () => {
    const folders = readdirSync(new URL('main/', root), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(Object.keys(LAYERS).sort()).toEqual(folders);
  });
});
