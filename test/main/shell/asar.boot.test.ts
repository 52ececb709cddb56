// The app booted from inside its asar archive, packed as it ships (test/support/fakeElectron/asar.ts), against the
// fake electron on Linux's rules.
//
// What this proves: the archive holds everything main needs at run time (its chunks, the preload, the renderer it
// serves on its own scheme, the tray icons, package.json, every production dependency: module resolution starts
// inside the archive and finds no node_modules outside it); every path main builds from its own location works with
// `app.asar` in it (and a space in the folder above); electron-builder.yml's asarUnpack really puts keytar in
// app.asar.unpacked, and the app loads keytar's native addon from there.
// What it cannot: Electron's own asar reader (its fs and loader patches, integrity validation, the
// onlyLoadAppFromAsar fuse), Electron's copying of a packed native addon to a temporary file, and electron-builder's
// own choice of files (it is read from the same `files` and the lockfile's production packages, not run).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import asar from '@electron/asar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootMain, mainBundle } from '../../support/fakeElectron/boot.js';
import type { Snapshot } from '../../support/fakeElectron/boot.js';
import { packApp } from '../../support/fakeElectron/asar.js';
import type { PackedApp } from '../../support/fakeElectron/asar.js';

const run = (existsSync(mainBundle) || process.env.CI === 'true') && process.platform === 'linux';
const KEYTAR_ADDON = 'node_modules/keytar/build/Release/keytar.node';

describe.runIf(run)('booted from the asar archive', () => {
  let packed: PackedApp;
  beforeAll(async () => {
    packed = await packApp();
  }, 120_000);
  afterAll(() => packed?.remove());

  it('packs keytar outside the archive (asarUnpack) and the app itself inside it', () => {
    const entry = (path: string) => asar.statFile(packed.archive, path, false) as { unpacked?: boolean };
    expect(packed.unpackPatterns).toEqual(['**/node_modules/keytar/**']);
    expect(entry(KEYTAR_ADDON).unpacked).toBe(true);
    expect(existsSync(join(packed.resources, 'app.asar.unpacked', KEYTAR_ADDON))).toBe(true);
    for (const path of [
      'out/main/index.js',
      'out/preload/index.cjs',
      'out/renderer/index.html',
      'package.json',
    ])
      expect(entry(path).unpacked, path).toBeFalsy();
  });

  it('starts, serves its window from the archive, and loads keytar from app.asar.unpacked', async () => {
    const booted = await bootMain(
      [],
      {
        FAKE_ELECTRON_PLATFORM: 'linux',
        FAKE_ELECTRON_PACKAGED: '1',
        FAKE_ELECTRON_APP_PATH: packed.appPath,
      },
      packed.appPath,
    );
    try {
      await booted.call('waitForWindowVisible'); // a first run
      const snap = await booted.call<Snapshot>('snapshot');
      const window = snap.windows[0];
      expect(window?.loaded).toMatch(/^ucwa-tray:\/\/app\/index\.html\?/);
      expect(window?.loadedResponse?.status).toBe(200);
      const preload = String(window?.options.webPreferences.preload);
      expect(preload).toBe(join(packed.appPath, 'out/preload/index.cjs'));
      expect(existsSync(preload)).toBe(true);
      expect(snap.tray.image).toMatchObject({ exists: true });
      expect(snap.tray.image.path.startsWith(packed.appPath)).toBe(true);
      // The addon is mapped from its real place: the unpacked folder, not a copy inside the archive.
      const maps = readFileSync(`/proc/${booted.child.pid}/maps`, 'utf8');
      expect(maps).toContain(join(packed.resources, 'app.asar.unpacked', KEYTAR_ADDON));
      expect(booted.output()).not.toMatch(
        /start-up failed|keytar could not be loaded|Cannot find (module|package)/,
      );
    } finally {
      booted.kill();
    }
  });
});
