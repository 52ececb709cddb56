// Types for the TypeScript tests that use the fake's network stack directly.
import type * as Electron from 'electron';

export declare const net: Pick<Electron.Net, 'fetch' | 'request' | 'isOnline'>;
export declare function chromiumError(e: unknown): Error;
