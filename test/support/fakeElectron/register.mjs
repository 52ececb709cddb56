// `node --import ./register.mjs out/main/index.js`: resolve `electron` to the fake (electron.mjs), and play the
// platform the test asked for (FAKE_ELECTRON_PLATFORM): process.platform says it, as it would on that OS.
import { register } from 'node:module';

if (process.env.FAKE_ELECTRON_PLATFORM) {
  Object.defineProperty(process, 'platform', { value: process.env.FAKE_ELECTRON_PLATFORM });
}
register('./loader.mjs', import.meta.url);
