// Scalar conventions of UCWA payloads, normalised so JSON and XML decode to the same values:
// - dates: JSON `"\/Date(1474932023993)\/"` and XML ISO 8601 both become an ISO string in UTC (`toISOString()`);
// - booleans: XML `True`/`False` become true/false (JSON already has booleans);
// - data URIs (message bodies, SDP in link hrefs) are left as strings in the model; decodeDataUri() reads them.

const MS_DATE = /^\/Date\((-?\d+)(?:[+-]\d{4})?\)\/$/;
// A full date-time only: plain dates or numbers must stay what they are (etags, phone numbers, ids).
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * A body without its UTF-8 byte-order mark. Real pools put one before a body, and before each part of a batch answer
 * (the first part of MimeLibrary.md's captured answer starts with U+FEFF); JSON.parse and the XML parser refuse it.
 */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** `/Date(ms)/` (the ASP.NET AJAX form) → ISO string; undefined when the text is not one. */
export function parseMsDate(text: string): string | undefined {
  const m = MS_DATE.exec(text);
  if (!m?.[1]) return undefined;
  const date = new Date(Number(m[1]));
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** ISO 8601 date-time (any precision, any offset) → ISO string in UTC; undefined when the text is not one. */
export function parseIsoDate(text: string): string | undefined {
  const m = ISO_DATE_TIME.exec(text);
  if (m === null || !realCalendarTime(m)) return undefined;
  // JS Date accepts at most milliseconds: trim .9946221 to .994 before parsing. Without an offset JS would read
  // local time, which differs per computer: such a value is taken as UTC.
  const date = new Date(`${text.replace(/(\.\d{3})\d+/, '$1')}${m[7] === undefined ? 'Z' : ''}`);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** JS Date rolls `02-30` over into March: a date-shaped text that names no real day and time is not a date. */
function realCalendarTime(m: RegExpExecArray): boolean {
  const n = (i: number): number => Number(m[i] ?? 0);
  const [month, day] = [n(2), n(3)];
  const daysInMonth = new Date(Date.UTC(n(1), month, 0)).getUTCDate();
  return (
    month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth && n(4) <= 23 && n(5) <= 59 && n(6) <= 59
  );
}

/** A JSON string value as the model holds it. */
export function normaliseJsonString(text: string): string {
  return parseMsDate(text) ?? parseIsoDate(text) ?? text;
}

/** An XML text value as the model holds it (XML has no types: only booleans and dates are recognised). */
export function normaliseXmlText(text: string): string | boolean {
  if (text === 'True' || text === 'true') return true;
  if (text === 'False' || text === 'false') return false;
  // XML dates are ISO 8601, but tolerate the JSON `/Date(ms)/` form too (some servers mix them).
  return parseIsoDate(text) ?? parseMsDate(text) ?? text;
}

/** A date property (either form, or epoch ms as a number) → Date; undefined when absent or unreadable. */
export function toDate(value: unknown): Date | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? new Date(value) : undefined;
  if (typeof value !== 'string') return undefined;
  const iso = parseMsDate(value) ?? parseIsoDate(value);
  return iso === undefined ? undefined : new Date(iso);
}

export interface DataUri {
  mediaType: string;
  /** charset parameter when given (e.g. utf-8). */
  charset?: string;
  bytes: Uint8Array;
  /** The content decoded as text (UTF-8 unless another charset is named); undefined for non-text media. */
  text?: string;
}

/**
 * Read a `data:` URI. UCWA uses URL-encoded text where `+` means a space (`data:text/plain;charset=utf-8,Hi+Tosh%0d%0a`)
 * and `;base64,` forms. Returns undefined for anything that is not a well-formed data URI.
 */
export function decodeDataUri(uri: string): DataUri | undefined {
  if (!uri.startsWith('data:')) return undefined;
  const comma = uri.indexOf(',');
  if (comma < 0) return undefined;
  const params = uri.slice(5, comma).split(';');
  const payload = uri.slice(comma + 1);
  const base64 = params.includes('base64');
  const mediaType = (params[0] ?? '').trim() || 'text/plain';
  const charset = params.find((p) => p.toLowerCase().startsWith('charset='))?.slice(8);
  let bytes: Uint8Array;
  try {
    bytes = base64
      ? Uint8Array.from(Buffer.from(decodeURIComponent(payload), 'base64'))
      : new TextEncoder().encode(decodeURIComponent(payload.replace(/\+/g, ' ')));
  } catch {
    return undefined;
  }
  const isText = mediaType.startsWith('text/') || charset !== undefined;
  const out: DataUri = { mediaType, bytes };
  if (charset !== undefined) out.charset = charset;
  if (isText) {
    try {
      out.text = new TextDecoder(charset ?? 'utf-8').decode(bytes);
    } catch {
      out.text = new TextDecoder('utf-8').decode(bytes);
    }
  }
  return out;
}

/** Build a text data URI the way UCWA writes them (URL-encoded, `+` for spaces). */
export function encodeTextDataUri(text: string, mediaType = 'text/plain'): string {
  return `data:${mediaType};charset=utf-8,${encodeURIComponent(text).replace(/%20/g, '+')}`;
}
