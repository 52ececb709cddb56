// Phone numbers for reading: "+1 425 555 0100" from "tel:+14255550100" (libphonenumber-js, the maintained port of
// Google's libphonenumber). Formatted here in main, next to the raw tel: URI the window keeps for its link, so the
// library and its metadata stay out of the renderer's bundle.
import { parsePhoneNumberFromString } from 'libphonenumber-js';

/** The number as the server sent it: the tel: URI without its scheme and parameters. */
export function rawPhone(uri: string): string {
  return uri.replace(/^tel:/i, '').split(';')[0] ?? '';
}

/** The number in international format when the library can read it, else as the server sent it. */
export function formatPhone(uri: string): string {
  const raw = rawPhone(uri);
  const parsed = parsePhoneNumberFromString(raw);
  return parsed?.isPossible() ? parsed.formatInternational() : raw;
}
