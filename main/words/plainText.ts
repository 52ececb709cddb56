// Text from a server (names, subjects, reasons) made safe to show where markup or control bytes would be read:
// OS notification bodies (Linux notification servers may render a subset of HTML: <b>, <a href>, <img>, entities)
// and tooltips. Markup characters become look-alikes that no renderer reads as markup, control and bidi-override
// characters go, white space folds, and a long string is cut with an ellipsis.
// eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
const LOOK_ALIKE: Readonly<Record<string, string>> = { '<': '‹', '>': '›', '&': '＆' };

export function plainText(text: string, maxLength = 200): string {
  const folded = text
    .replace(CONTROL, ' ')
    .replace(/[<>&]/g, (c) => LOOK_ALIKE[c] ?? c)
    .replace(/\s+/g, ' ')
    .trim();
  return folded.length <= maxLength ? folded : `${folded.slice(0, maxLength - 1).trimEnd()}…`;
}
