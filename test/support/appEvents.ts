// Waiting on what the app model emits (never on sleeps): the next event of a kind that matches.
import type { AppEvents, AppModel } from '../../main/app/index.js';

/** Resolves with the next `event` payload for which `match` holds (the listener is removed then). */
export function nextEvent<K extends keyof AppEvents>(
  model: AppModel,
  event: K,
  match: (p: AppEvents[K]) => boolean = () => true,
): Promise<AppEvents[K]> {
  return new Promise((resolve) => {
    const off = model.on(event, (p) => {
      if (!match(p)) return;
      off();
      resolve(p);
    });
  });
}
