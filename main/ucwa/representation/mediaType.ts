// What a Content-Type names, without its parameters. A batch answer's `boundary` is free text (a simulator's random
// base-36 word, another server's own choice) and may spell "xml" or "json": only the media type says the format.
import type { WireFormat } from './encode.js';

/** The media type of a Content-Type, lower case, without parameters: `multipart/batching;boundary=x` → `multipart/batching`. */
export function mediaTypeOf(contentType: string | undefined): string {
  return (contentType ?? '').split(';', 1)[0]?.trim().toLowerCase() ?? '';
}

/** The wire format a Content-Type names (`application/json`, `…ucwa+xml`, `text/xml`…), or undefined. */
export function formatNamed(contentType: string | undefined): WireFormat | undefined {
  const type = mediaTypeOf(contentType);
  if (type.includes('json')) return 'json';
  if (type.includes('xml')) return 'xml';
  return undefined;
}
