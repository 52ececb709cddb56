// The app as it ships: out/ and package.json (electron-builder.yml's `files`) plus the production dependencies
// (what electron-builder adds: every package-lock entry that is not dev-only), packed by @electron/asar into
// `resources/app.asar`, with electron-builder.yml's `asarUnpack` files in `resources/app.asar.unpacked`.
//
// Node cannot read an asar archive; Electron patches `fs` and the module loader so that `…/app.asar/<path>` reads
// the archive, and a file the archive's header marks unpacked is read from `…/app.asar.unpacked/<path>` instead
// (https://www.electronjs.org/docs/latest/tutorial/asar-archives). The boot plays that by extraction: a directory
// named `app.asar` holds every packed file, taken out of the archive itself (so what the archive lacks is missing
// here too), and each unpacked file is a link into `app.asar.unpacked` (so it can only come from there, and the OS
// loads a native addon from its real place, as Electron does).
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import asar from '@electron/asar';
import { root } from './boot.js';

const require = createRequire(import.meta.url);

interface BuilderConfig {
  files: string[];
  asarUnpack: string[];
}

function builderConfig(): BuilderConfig {
  // js-yaml comes with electron-builder (which reads this file with it); test/main/shell/packaging.test.ts too.
  const yaml = require('js-yaml') as { load(text: string): BuilderConfig };
  return yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8'));
}

/** The production dependencies' folders, as the lockfile lists them (nested ones included). */
function productionPackages(): string[] {
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { dev?: boolean; devOptional?: boolean }>;
  };
  return Object.entries(lock.packages)
    .filter(([path, entry]) => path.startsWith('node_modules/') && !entry.dev && !entry.devOptional)
    .map(([path]) => path);
}

export interface PackedApp {
  /** `…/UCWA Tray/resources`, holding app.asar (a directory, see above), app.asar.unpacked and the archive. */
  resources: string;
  /** The app path Electron would report: `…/resources/app.asar`. */
  appPath: string;
  archive: string;
  unpackPatterns: string[];
  /** Removes the whole copy (about 50 MB). */
  remove(): void;
}

export async function packApp(): Promise<PackedApp> {
  const config = builderConfig();
  const stage = mkdtempSync(join(tmpdir(), 'ucwa-tray-stage-'));
  // `files` is out/** and package.json (packaging.test.ts holds it to that); the copy follows it.
  for (const pattern of config.files) {
    const path = pattern.replace(/\/\*\*$/, '');
    cpSync(join(root, path), join(stage, path), { recursive: true });
  }
  for (const pkg of productionPackages()) {
    cpSync(join(root, pkg), join(stage, pkg), { recursive: true, dereference: true });
  }

  const top = mkdtempSync(join(tmpdir(), 'ucwa-tray-packed-'));
  const resources = join(top, 'UCWA Tray', 'resources');
  mkdirSync(resources, { recursive: true });
  const archive = join(resources, 'app.asar');
  // electron-builder's asarUnpack patterns are relative to the app; @electron/asar matches its `unpack` glob
  // against the full path, which `**/` at the start of ours allows.
  const unpack = config.asarUnpack.length === 1 ? config.asarUnpack[0] : `{${config.asarUnpack.join(',')}}`;
  await asar.createPackageWithOptions(stage, archive, { unpack });
  rmSync(stage, { recursive: true, force: true });

  // The archive moves aside; a directory takes its name, filled from the archive's own header and contents.
  const packed = join(resources, 'app.asar.packed');
  renameSync(archive, packed);
  for (const file of asar.listPackage(packed, { isPack: false })) {
    const inner = file.replace(/^[/\\]/, '');
    const entry = asar.statFile(packed, inner, false) as {
      files?: unknown;
      unpacked?: boolean;
      link?: string;
    };
    const target = join(archive, inner);
    if ('files' in entry) {
      mkdirSync(target, { recursive: true });
      continue;
    }
    mkdirSync(dirname(target), { recursive: true });
    if (entry.unpacked) symlinkSync(join(resources, 'app.asar.unpacked', inner), target);
    else if (entry.link !== undefined) symlinkSync(join(archive, entry.link), target);
    else writeFileSync(target, asar.extractFile(packed, inner, false));
  }
  return {
    resources,
    appPath: archive,
    archive: packed,
    unpackPatterns: config.asarUnpack,
    remove: () => rmSync(top, { recursive: true, force: true }),
  };
}
