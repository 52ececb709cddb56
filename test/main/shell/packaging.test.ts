// Packaging inputs: electron-builder.yml passes electron-builder's own schema and says what design.md asks
// (fuses, targets, deb dependencies, files limited to the bundle), and the icons in assets/ are real PNGs of the
// sizes each platform needs.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ID, DESKTOP_FILE, WM_CLASS } from '../../../main/shell/identity.js';

const root = resolve(import.meta.dirname, '../../..');
const require = createRequire(import.meta.url);

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(join(root, file));
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('packaging', () => {
  const yaml = require('js-yaml') as { load(text: string): Record<string, unknown> };
  const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8'));

  it('is a valid electron-builder configuration with the fuses and targets we promise', async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
      validateConfiguration(c: unknown, log: unknown): Promise<void>;
    };
    const { DebugLogger } = require('builder-util') as { DebugLogger: new (on: boolean) => unknown };
    await validateConfiguration(config, new DebugLogger(false));
    expect(config).toMatchObject({
      appId: 'com.ucwatray.app',
      productName: 'UCWA Tray',
      files: ['out/**', 'package.json'],
      extraResources: [],
      electronFuses: {
        runAsNode: false,
        enableNodeOptionsEnvironmentVariable: false,
        onlyLoadAppFromAsar: true,
        enableCookieEncryption: true,
        enableEmbeddedAsarIntegrityValidation: true,
        grantFileProtocolExtraPrivileges: false,
      },
      linux: {
        target: ['AppImage', 'deb'],
        executableName: 'ucwa-tray',
        desktop: { entry: { StartupWMClass: WM_CLASS } },
      },
      win: { target: ['nsis', 'msi'] },
      msi: { perMachine: true },
      mac: { target: ['dmg', 'zip'], hardenedRuntime: true, notarize: true },
    });
    expect(config.appId).toBe(APP_ID);
  });

  it("adds to electron-builder's default deb dependencies instead of replacing them", () => {
    const { default: FpmTarget } = require('app-builder-lib/out/targets/FpmTarget.js') as {
      default: { prototype: { getDefaultDepends(target: string): string[] } };
    };
    const defaults = FpmTarget.prototype.getDefaultDepends('deb');
    expect(defaults).toContain('xdg-utils');
    expect((config.deb as { depends: string[] }).depends).toEqual(expect.arrayContaining(defaults));
  });

  it('names the Linux desktop entry as Electron names the window', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      desktopName: string;
      engines: { node: string };
    };
    expect(pkg.desktopName).toBe(DESKTOP_FILE);
    expect(DESKTOP_FILE).toBe(`${WM_CLASS}.desktop`);
    expect(pkg.engines.node).toBe('>=22.12');
  });

  it('ships real icons: app icon 512/256 px, tray icons 16 px with @2x, macOS templates', () => {
    expect(pngSize('assets/icon.png')).toEqual({ width: 512, height: 512 });
    expect(pngSize('assets/icon-256.png')).toEqual({ width: 256, height: 256 });
    for (const state of ['connected', 'reconnecting', 'signedOut', 'unseen']) {
      expect(pngSize(`assets/tray/${state}.png`)).toEqual({ width: 16, height: 16 });
      expect(pngSize(`assets/tray/${state}@2x.png`)).toEqual({ width: 32, height: 32 });
      expect(pngSize(`assets/tray/${state}Template.png`)).toEqual({ width: 16, height: 16 });
      expect(pngSize(`assets/tray/${state}Template@2x.png`)).toEqual({ width: 32, height: 32 });
    }
  });
});
