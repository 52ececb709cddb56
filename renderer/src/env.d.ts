/// <reference types="svelte" />
/// <reference types="vite/client" />
import type { UcwaBridge } from '../../main/ipc/contract';

declare global {
  interface Window {
    /** The only thing the preload exposes (see preload/index.ts). */
    ucwa: UcwaBridge;
  }
}
