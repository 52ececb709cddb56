// The one setting the user has for status alerts, as the model's two options: "also when they come back from
// Away or leave Do Not Disturb" covers both (the official client offers them together too).
import type { AlertOptions } from '../app/statusAlerts.js';
import type { StoredSettings } from '../ipc/ports.js';

export function alertOptionsOf(s: Pick<StoredSettings, 'statusAlertsIncludeAway'>): AlertOptions {
  return { leavingAway: s.statusAlertsIncludeAway, leavingDoNotDisturb: s.statusAlertsIncludeAway };
}
