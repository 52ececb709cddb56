// A UCWA error body (`reason`, reference §6.1) read by the same decoders as every other answer, so one parsing
// policy holds for both: the DTD refusal, the nesting limits, the byte-order mark, property bags keyed by name.
// JSON `{code, subcode, message}`, XML `<reason><code>…` elements, or an XML resource with `<property name="code">`.
import { isUcwaError } from '../errors.js';
import { decodeJson } from './json.js';
import { mediaTypeOf } from './mediaType.js';
import type { UcwaResource } from './model.js';
import { withoutBom } from './values.js';
import { decodeXml } from './xml.js';

export interface ErrorBody {
  code?: string;
  subcode?: string;
  message?: string;
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  if (typeof value === 'number') return String(value);
  return undefined;
}

function decodeAs(type: string, body: string): UcwaResource | undefined {
  if (type.includes('json') || (!type.includes('xml') && body.startsWith('{'))) return decodeJson(body);
  // Only what says it is XML, or looks like a UCWA XML answer: an HTML page from a proxy is not a reason.
  if (type.includes('xml') || body.startsWith('<?xml') || body.startsWith('<reason')) return decodeXml(body);
  return undefined;
}

/** The code, subcode and message of an error answer; undefined when the body is not one (HTML, garbage, empty). */
export function parseErrorBody(contentType: string, body: string): ErrorBody | undefined {
  const trimmed = withoutBom(body).trim();
  if (trimmed === '') return undefined;
  let res: UcwaResource | undefined;
  try {
    res = decodeAs(mediaTypeOf(contentType), trimmed);
  } catch (e) {
    if (isUcwaError(e)) return undefined;
    throw e;
  }
  const code = text(res?.properties.code);
  if (res === undefined || code === undefined) return undefined;
  return { code, subcode: text(res.properties.subcode), message: text(res.properties.message) };
}
