// The OS the window runs on, from the page's query (main/shell/window.ts passes it; the preload exposes only
// window.ucwa). Only macOS changes anything: the window has an inset title bar, so the page keeps a drag strip.
const known = ['darwin', 'linux', 'win32'] as const;
export type Platform = (typeof known)[number] | 'unknown';

export function platformOf(search: string): Platform {
  const p = new URLSearchParams(search).get('platform');
  return known.find((k) => k === p) ?? 'unknown';
}
