// Message bodies travel as data URIs (`data:text/plain;charset=utf-8,Hi+there%0d%0a`, or `;base64,`). This reads
// one the way real servers write them: URL-encoded with '+' for a space, or base64.
export function readDataUri(uri: string): string | undefined {
  const m = /^data:([^,]*),(.*)$/s.exec(uri.trim());
  if (!m) return undefined;
  const [, meta = '', data = ''] = m;
  if (/;base64$/i.test(meta)) return Buffer.from(data, 'base64').toString('utf8');
  try {
    return decodeURIComponent(data.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}
