// Logging for the protocol layer: an injected sink plus redaction, so no secret can reach a log line even if a
// caller or a server puts one in a message (tokens look like `cwt=…`, headers like `Bearer …`, forms `password=…`).
// The one logger shape of the whole main process (protocol, model, backend, shell, CLI).
export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
  /** Scrub this exact string (a password just typed) from every later line; loggers without memory skip it. */
  rememberSecret?(secret: string): void;
}
/** The protocol layer's name for Logger, kept while that layer is being reworked. */
export type UcwaLogger = Logger;

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };

const SECRET_PATTERNS: ReadonlyArray<[RegExp, string]> = [
  [/cwt=[A-Za-z0-9+/=._~-]+/g, 'cwt=[redacted]'],
  [/\b(Bearer|Basic|MsRtcOAuth)\s+(?!href)[A-Za-z0-9+/=._~-]{8,}/gi, '$1 [redacted]'],
  [/\b(password|access_token|refresh_token)(["']?\s*[=:]\s*["']?)[^&"',\s}]*/gi, '$1$2[redacted]'],
];

/** Remove anything that looks like a secret from a piece of text. */
export function redact(text: string): string {
  let out = text;
  for (const [pattern, replacement] of SECRET_PATTERNS) out = out.replace(pattern, replacement);
  return out;
}

function redactValue(value: unknown): unknown {
  if (typeof value === 'string') return redact(value);
  if (Array.isArray(value)) return value.map(redactValue);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactValue(v)]));
  }
  return value;
}

/** Wrap a sink so every message and field goes through redact(). */
export function redactingLogger(sink: UcwaLogger): UcwaLogger {
  const wrap =
    (fn: (m: string, f?: Record<string, unknown>) => void) =>
    (message: string, fields?: Record<string, unknown>) =>
      fn.call(
        sink,
        redact(message),
        fields === undefined ? undefined : (redactValue(fields) as Record<string, unknown>),
      );
  return { debug: wrap(sink.debug), info: wrap(sink.info), warn: wrap(sink.warn), error: wrap(sink.error) };
}
