import { defineConfig } from 'vitest/config';

// Test kinds are told apart by file suffix so that test/ can mirror the source tree:
//   *.test.ts           unit + integration (Node; the simulator over real loopback HTTP)
//   *.boot.test.ts      the built main bundle booted in Node against a recording fake `electron`
//   *.e2e.test.ts       the built renderer in Debian's Chromium, driven by playwright-core
//   *.keyring.test.ts   keytar against a real Secret Service
//   *.electron.test.ts  Playwright `_electron`; skipped (with the reason) where no Electron binary exists
const special = [
  'test/**/*.boot.test.ts',
  'test/**/*.e2e.test.ts',
  'test/**/*.keyring.test.ts',
  'test/**/*.electron.test.ts',
];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/**/*.test.ts'],
          exclude: special,
          testTimeout: 20_000,
        },
      },
      { test: { name: 'boot', include: ['test/**/*.boot.test.ts'], testTimeout: 30_000 } },
      {
        test: {
          name: 'e2e',
          include: ['test/**/*.e2e.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      { test: { name: 'keyring', include: ['test/**/*.keyring.test.ts'], testTimeout: 20_000 } },
      { test: { name: 'electron', include: ['test/**/*.electron.test.ts'], testTimeout: 60_000 } },
    ],
  },
});
