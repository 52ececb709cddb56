// "Pause notifications" → until when. "Until tomorrow" means tomorrow morning at 08:00 local time: a pause set in
// the evening should not end at midnight, nor swallow the next working day.
export type PauseChoice = '1h' | 'tomorrow' | 'resume';

export const TOMORROW_HOUR = 8;

export function pauseUntil(choice: PauseChoice, now: number): number | null {
  switch (choice) {
    case '1h':
      return now + 60 * 60 * 1000;
    case 'tomorrow': {
      const d = new Date(now);
      d.setDate(d.getDate() + 1);
      d.setHours(TOMORROW_HOUR, 0, 0, 0);
      return d.getTime();
    }
    case 'resume':
      return null;
  }
}
