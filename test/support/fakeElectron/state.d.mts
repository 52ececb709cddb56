// Types for the TypeScript tests that use parts of the fake directly.
export declare const readiness: { ready: boolean };
export declare const recorded: { fetched: Array<{ method: string; url: string }>; notReadyErrors: string[] };
