// The privacy levels' names as people read them in main (notifications, the tray menu): the `level_*` messages, whose
// English is the window's (renderer/src/lib/levels.ts). main/ipc/levels.ts keeps its English table for code and tests.
import { m } from '../i18n/index.js';
import type { PrivacyLevel } from '../ipc/levels.js';

const LEVEL_NAMES: Record<PrivacyLevel, () => string> = {
  FriendsAndFamily: () => m.level_friends(),
  Workgroup: () => m.level_workgroup(),
  Colleagues: () => m.level_colleagues(),
  External: () => m.level_external(),
  Blocked: () => m.level_blocked(),
  Unknown: () => m.level_unknown(),
};

/** "Friends and Family", "Freunde und Familie", "Amis et famille": in the language main is set to. */
export const levelName = (level: PrivacyLevel): string => LEVEL_NAMES[level]();
