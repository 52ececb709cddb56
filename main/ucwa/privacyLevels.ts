// Privacy relationship levels (reference §4.4): the one list every layer uses — the protocol client, the app model,
// the simulator and (through main/ipc/levels.ts) the renderer. Plain values, no imports, so the renderer can bundle it.

export const PRIVACY_LEVELS = [
  'Unknown',
  'External',
  'Colleagues',
  'Workgroup',
  'FriendsAndFamily',
  'Blocked',
] as const;
export type PrivacyLevel = (typeof PRIVACY_LEVELS)[number];

export function isPrivacyLevel(value: unknown): value is PrivacyLevel {
  return typeof value === 'string' && (PRIVACY_LEVELS as readonly string[]).includes(value);
}

/** The level the server assigns by itself (and returns to on reset): Colleagues in the enterprise, else External. */
export function autoLevel(sourceNetwork: string | undefined): PrivacyLevel {
  return sourceNetwork === 'SameEnterprise' ? 'Colleagues' : 'External';
}
