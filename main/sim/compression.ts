// Response compression as IIS's dynamic compression does it: a text answer (JSON, XML, HTML, a batch) to a client
// that sent `Accept-Encoding: gzip` goes out gzipped with `Content-Encoding: gzip` and `Vary: Accept-Encoding`;
// images and empty bodies are sent as they are. The fastest level keeps the cost per answer small.
import { constants, gzipSync } from 'node:zlib';

/** Whether an Accept-Encoding header accepts gzip (a `q=0` refuses it; `*` accepts it). */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  let star: boolean | undefined;
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const accepted = q === undefined || Number(q.slice(2)) > 0;
    if (name.trim() === 'gzip') return accepted;
    if (name.trim() === '*') star = accepted;
  }
  return star ?? false;
}

const COMPRESSIBLE =
  /^(text\/|application\/(json|xml|vnd\.microsoft\.(com\.)?ucwa\+(json|xml))|multipart\/batching)/i;

export function compressible(contentType: string | string[] | undefined): boolean {
  return typeof contentType === 'string' && COMPRESSIBLE.test(contentType);
}

export function gzip(body: Buffer): Buffer {
  return gzipSync(body, { level: constants.Z_BEST_SPEED });
}
