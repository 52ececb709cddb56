// The renderer: the window opened from the tray. It talks only to `window.ucwa` (main/ipc/contract.ts);
// shared reactive state lives in lib/store.svelte.ts, pure logic in lib/*.ts, views in components/.
import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
mount(App, { target });
