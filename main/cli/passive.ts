// The command line cannot show the organisation's sign-in page (the passive grant needs the app's window): --passive
// is refused in words, and so is a pool that offers nothing else, with what to do instead.
import { isUcwaError } from '../ucwa/errors.js';
import { passiveMessage, passiveNeedsWindow } from '../words/passive.js';

/** For a pool that accepts only its sign-in page: that, and that the command line cannot show it. */
export function passiveOnlyLine(e: unknown): string | undefined {
  if (!isUcwaError(e) || e.subcode !== 'OnlyPassiveOffered') return undefined;
  return `${passiveMessage(e) ?? ''} ${passiveNeedsWindow()}`;
}

export { passiveNeedsWindow };
