// Phone numbers for reading: "+1 425 555 0100" from "tel:+14255550100" (libphonenumber-js, the maintained port of
// Google's libphonenumber). The link keeps the server's tel: URI; only the text shown changes. The library and its
// metadata (about 30 KB gzipped, most of what the page would otherwise load) come in their own chunk, loaded the
// first time a card shows a phone number: until then the number shows as the server sent it.
import type { parsePhoneNumberFromString } from 'libphonenumber-js';

type Parse = typeof parsePhoneNumberFromString;

let parser: Promise<Parse> | null = null;

export function loadPhoneFormatter(): Promise<Parse> {
  parser ??= import('libphonenumber-js').then((m) => m.parsePhoneNumberFromString);
  return parser;
}

/** The number as the server sent it: the tel: URI without its scheme and parameters, or its display text. */
export function rawPhone(uri: string, display?: string): string {
  return display?.trim() || (uri.replace(/^tel:/i, '').split(';')[0] ?? '');
}

/** The number in international format when the library can read it, else as the server sent it. */
export function formatPhone(parse: Parse, uri: string, display?: string): string {
  const raw = uri.replace(/^tel:/i, '').split(';')[0] ?? '';
  const parsed = parse(raw);
  return parsed?.isPossible() ? parsed.formatInternational() : rawPhone(uri, display);
}
