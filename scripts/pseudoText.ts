// The pseudo-locale's text (see pseudoLocale.ts): accents so hard-coded English stands out, 40 % more length so a
// label that only just fits in English shows its cut, brackets so a cut at either end shows. Pure, unit-tested.

const accents: Record<string, string> = {
  a: 'á',
  b: 'ƀ',
  c: 'ç',
  d: 'ð',
  e: 'ë',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'ï',
  j: 'ĵ',
  k: 'ķ',
  l: 'ľ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ö',
  p: 'þ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'ü',
  w: 'ŵ',
  y: 'ý',
  z: 'ž',
  A: 'Á',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Ð',
  E: 'Ë',
  F: 'Ƒ',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Ï',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ľ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ö',
  P: 'Þ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Ü',
  W: 'Ŵ',
  Y: 'Ý',
  Z: 'Ž',
};

/** One text: letters outside `{placeholders}` accented, padded by 40 % of its visible length, in brackets. */
export function pseudoText(text: string): string {
  let visible = 0;
  const accented = text
    .split(/(\{[^}]*\})/)
    .map((part) => {
      if (part.startsWith('{')) return part;
      visible += part.length;
      return [...part].map((ch) => accents[ch] ?? ch).join('');
    })
    .join('');
  return `[${accented}${'~'.repeat(Math.ceil(visible * 0.4))}]`;
}

type Message = string | Array<{ match: Record<string, string> } & Record<string, unknown>>;

/** A whole inlang catalogue: plain texts and each variant of a plural get pseudoText; `$schema` and the rest stay. */
export function pseudoCatalogue(catalogue: Record<string, Message>): Record<string, Message> {
  const out: Record<string, Message> = {};
  for (const [key, message] of Object.entries(catalogue)) {
    if (key.startsWith('$') || (typeof message !== 'string' && !Array.isArray(message))) {
      out[key] = message;
    } else if (typeof message === 'string') {
      out[key] = pseudoText(message);
    } else {
      out[key] = message.map((variant) => ({
        ...variant,
        match: Object.fromEntries(Object.entries(variant.match).map(([k, v]) => [k, pseudoText(v)])),
      }));
    }
  }
  return out;
}
