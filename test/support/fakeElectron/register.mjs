// `node --import ./register.mjs out/main/index.js`: resolve `electron` to the recording fake (electron.mjs).
import { register } from 'node:module';

register('./loader.mjs', import.meta.url);
