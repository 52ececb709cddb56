// Types for the TypeScript tests that use the fake's sessions directly.
import type * as Electron from 'electron';

export interface FakeSession extends Electron.Session {
  partition: string;
  /** A `persist:` partition: kept on disk by Electron. */
  persistent: boolean;
  /** URLs its fetch was asked for. */
  fetched: string[];
  /** clearStorageData() calls. */
  cleared: number;
  /** clearCache() and clearAuthCache() calls. */
  cacheCleared: number;
  authCacheCleared: number;
  permissionRequest:
    ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null;
  permissionCheck: (() => boolean) | null;
}

export declare const session: {
  readonly defaultSession: Electron.Session;
  fromPartition(partition: string): FakeSession;
};
