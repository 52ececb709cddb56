// Representations: everything about turning UCWA bodies into the normalised model (model.ts) and back.
// decode() picks the decoder from the Content-Type, or sniffs the body when the type says neither JSON nor XML.
import { malformed } from '../errors.js';
import { decodeJson } from './json.js';
import type { UcwaResource } from './model.js';
import type { WireFormat } from './encode.js';
import { formatNamed } from './mediaType.js';
import { decodeXml } from './xml.js';

export * from './model.js';
export { decodeJson, decodeJsonObject } from './json.js';
export { decodeXml } from './xml.js';
export { encodeBody, contentTypeFor, UCWA_NS } from './encode.js';
export type { WireFormat, BodySpec, EncodedBody } from './encode.js';
export { formatNamed, mediaTypeOf } from './mediaType.js';
export { decodeDataUri, encodeTextDataUri, toDate, parseMsDate, parseIsoDate } from './values.js';
export type { DataUri } from './values.js';
export type { NormalisedEvent, NormalisedSender } from './events.js';

/** The format a body is in, from its Content-Type, else by looking at its first character. */
export function formatOf(contentType: string | undefined, body: string): WireFormat | undefined {
  const named = formatNamed(contentType);
  if (named !== undefined) return named;
  const first = body.trimStart()[0];
  if (first === '{') return 'json';
  if (first === '<') return 'xml';
  return undefined;
}

/** Decode a body in either format. Throws UcwaError MalformedResponse when it is neither or is broken. */
export function decode(body: string, contentType?: string): UcwaResource {
  const format = formatOf(contentType, body);
  if (format === 'json') return decodeJson(body);
  if (format === 'xml') return decodeXml(body);
  throw malformed('neither JSON nor XML');
}
