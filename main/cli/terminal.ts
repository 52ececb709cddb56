// What reaches a terminal from the CLI. A server, or a file given to `decode`, can put escape sequences in any
// string (a name, an error subcode, a subject): ESC [ … moves the cursor or rewrites the screen, OSC 52 writes the
// clipboard, BEL rings, bidi overrides make text read backwards. So every line is made safe on its way out:
//   prose (stderr messages): escape sequences and control characters removed, line breaks made spaces;
//   JSON (stdout lines): the same characters written as \uXXXX escapes, so a script parsing the line still gets the
//   server's exact string, and a terminal showing it gets nothing to act on.

/** A whole escape sequence: CSI (ESC [ … final), OSC / DCS / APC / PM / SOS (ESC ] … BEL or ST), or ESC and one char. */
const ESCAPE_SEQUENCE =
  // eslint-disable-next-line no-control-regex -- matching control characters is this file's purpose
  /\x1b(?:\[[0-?]*[ -/]*[@-~]?|[\]PX^_][^\x07\x1b]*(?:\x07|\x1b\\)?|[ -~]?)|\x9b[0-?]*[ -/]*[@-~]?|[\x90\x9d\x98\x9e\x9f][^\x07\x1b\x9c]*(?:\x07|\x9c)?/g;
/** C0 (but tab), DEL, C1, and the bidi embedding, override and isolate controls and marks. */
// eslint-disable-next-line no-control-regex -- as above
const CONTROL = /[\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** What JSON.stringify leaves raw that a terminal may act on (it already escapes C0). */
const JSON_UNSAFE = /[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069]/g;

/** One line of prose for a terminal: escape sequences and control characters removed, line breaks as spaces. */
export function plainText(text: string): string {
  return text
    .replace(ESCAPE_SEQUENCE, '')
    .replace(/[\r\n\t]+/g, ' ')
    .replace(CONTROL, '');
}

/** JSON.stringify, with every character a terminal could act on written as a \uXXXX escape (same JSON value). */
export function terminalJson(value: unknown): string {
  return JSON.stringify(value).replace(
    JSON_UNSAFE,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
