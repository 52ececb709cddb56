// Types for the TypeScript tests that use the fake's app directly.
import type * as Electron from 'electron';

export declare const app: Pick<Electron.App, 'on' | 'whenReady' | 'isReady'>;
