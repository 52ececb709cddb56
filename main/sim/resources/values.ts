// Small pieces every representation builder shares: the "please pass this in a PUT request" property, dropping
// empty properties (real servers omit them) and date values.
import { UcwaDate } from '../render.js';

/** The "please pass this in a PUT request" property of PUT-able resources (PayloadFormat.md). */
export const PUT_TOKEN_KEY = '4d221db7-4af0-476b-9443-8bc874283085';
export const PUT_TOKEN_VALUE = 'please pass this in a PUT request';

export const compact = (o: Record<string, unknown>): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined && v !== '') out[k] = v;
  return out;
};

export const toDate = (ms: number): UcwaDate => new UcwaDate(ms);
