// The renderer: the window opened from the tray. It talks only to `window.ucwa` (main/ipc/contract.ts);
// shared reactive state lives in small per-domain stores (lib/stores/*.svelte.ts, wired to main in start.ts),
// pure logic in lib/*.ts, views in components/.
import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { windowLocale } from './lib/language.js';
import { loadLocale } from './lib/catalogues.js';
import { followLocale } from './lib/locale.js';
import { settings } from './lib/stores/settings.svelte.js';

// Sentences built outside components and the views follow Settings' language (else the OS's): lib/locale.ts.
followLocale(() => windowLocale(settings.value?.language));

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
// The window's language (Settings' choice, else the OS's) is fetched before the first frame, so someone who reads
// German never sees English first. Settings cannot be read (a bridge that fails): the OS's language, as before.
void settings
  .load()
  .catch(() => undefined)
  .then(() => loadLocale(windowLocale(settings.value?.language)))
  .then(() => mount(App, { target }));
