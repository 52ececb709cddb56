// Redaction: the last thing between a log call and the file or the terminal, so nothing secret reaches either even
// when a caller logs a whole request. Two layers: patterns for what secrets look like on the wire (Authorization
// and Cookie values, `cwt=` tokens, `password=` in a form body, token-like query parameters, JWTs, Kerberos and NTLM
// blobs), and the exact secrets this process knows (the password typed at sign-in, the tokens it was given), which
// catch a secret wherever it turns up, even in a server's error text. Over-redacting is fine; leaking is not.

const REDACTED = '[redacted]';

/** Names whose value is a secret, as a header, a form field, a JSON key or a query parameter. */
const SECRET_NAME =
  'password|passwd|pwd|secret|client_secret|token|access_token|refresh_token|id_token|cwt|api[_-]?key|sessionid|sig|signature';
/** Headers whose whole value is secret, spaces and `;` included. */
const SECRET_HEADER = 'authorization|proxy-authorization|cookie|set-cookie';

/** A JSON string, a quoted string, or a bare value up to the next delimiter. */
const VALUE = `("(?:[^"\\\\]|\\\\.)*"|'[^']*'|[^&"',;\\s}\\]]*)`;
const SEP = `(["']?\\s*[:=]\\s*)`;

const quoted = (value: string): string =>
  value.startsWith('"') ? `"${REDACTED}"` : value.startsWith("'") ? `'${REDACTED}'` : REDACTED;

const PATTERNS: ReadonlyArray<[RegExp, (...m: string[]) => string]> = [
  // Authorization: Bearer cwt=… / "Cookie": "a=1; b=2" / Set-Cookie: x=…; HttpOnly — the value to its end.
  [
    new RegExp(`\\b(${SECRET_HEADER})${SEP}("(?:[^"\\\\]|\\\\.)*"|'[^']*'|[^\\r\\n]*)`, 'gi'),
    (_m, name = '', sep = '', value = '') => `${name}${sep}${quoted(value)}`,
  ],
  // An authorization scheme and its credential, wherever it stands (the challenge's `MsRtcOAuth href=` is kept).
  [
    /\b(Bearer|Basic|Negotiate|NTLM|MsRtcOAuth)\s+(?!href\b|grant_type\b)[A-Za-z0-9+/=._~%-]{8,}/gi,
    (_m, scheme = '') => `${scheme} ${REDACTED}`,
  ],
  [/\bcwt=[A-Za-z0-9+/=._~%-]+/gi, () => `cwt=${REDACTED}`],
  [/\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/g, () => REDACTED],
  // password=…, "access_token": "…", token: …, ?sig=… (a form body, JSON, a query string).
  [
    new RegExp(`(^|[^A-Za-z0-9_-])(${SECRET_NAME})${SEP}${VALUE}`, 'gi'),
    (m, before = '', name = '', sep = '', value = '') =>
      value === '' || value.replace(/^["']/, '').startsWith(REDACTED.slice(0, -1))
        ? m
        : `${before}${name}${sep}${quoted(value)}`,
  ],
  // Any other query parameter whose value looks like a token: long, opaque, letters and digits mixed.
  [
    /([?&][A-Za-z0-9_.-]+=)([A-Za-z0-9%+/=._~-]{20,})/g,
    (m, name = '', value = '') => (/[A-Za-z]/.test(value) && /\d/.test(value) ? `${name}${REDACTED}` : m),
  ],
];

/** Field names whose value is dropped whatever it is. */
const SECRET_FIELD = new RegExp(`^(${SECRET_NAME}|${SECRET_HEADER}|credentials?|passphrase)$`, 'i');

/** The exact secrets to scrub; a short list (the current password and tokens), newest kept. */
export class KnownSecrets {
  private readonly secrets: string[] = [];

  constructor(private readonly limit = 32) {}

  /** Remembers a secret (and its URL-encoded form, as it appears in a form body). Short strings are ignored. */
  add(secret: string): void {
    // Shorter than this and ordinary words would be scrubbed; a real password is redacted by name in any case.
    if (secret.length < 4) return;
    for (const form of new Set([secret, encodeURIComponent(secret)])) {
      if (this.secrets.includes(form)) continue;
      this.secrets.push(form);
      if (this.secrets.length > this.limit) this.secrets.shift();
    }
    // Longest first, so a secret that contains another is scrubbed whole.
    this.secrets.sort((a, b) => b.length - a.length);
  }

  scrub(text: string): string {
    let out = text;
    for (const s of this.secrets) out = out.split(s).join(REDACTED);
    return out;
  }
}

/** Removes anything that looks like a secret, and every known secret, from a piece of text. */
export function redact(text: string, known?: KnownSecrets): string {
  let out = known ? known.scrub(text) : text;
  for (const [pattern, replace] of PATTERNS) out = out.replace(pattern, replace as (m: string) => string);
  return out;
}

/** A value made safe to log: secret-named fields dropped, every string redacted, depth and size bounded. */
export function redactValue(value: unknown, known?: KnownSecrets, depth = 0): unknown {
  if (typeof value === 'string') return redact(value, known);
  if (typeof value !== 'object' || value === null) return value;
  if (depth >= 6) return '[…]';
  if (value instanceof Error) return redact(`${value.name}: ${value.message}`, known);
  if (Array.isArray(value)) return value.slice(0, 50).map((v) => redactValue(v, known, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [
      k,
      SECRET_FIELD.test(k) ? REDACTED : redactValue(v, known, depth + 1),
    ]),
  );
}
