// Schema pieces several parts of the contract share. Not re-exported by contract.ts: they are not contract.
import { z } from 'zod';

export const sipUri = z
  .string()
  .trim()
  .min(5)
  .max(256)
  .regex(/^sip:[^@\s]+@[^@\s]+$/i, 'a SIP address such as sip:alex@contoso.com');

// Compile-time checks that the channel lists and the schema/payload tables name the same channels:
// `Assert<SameKeys<A, B>>` fails to compile when a channel is missing on either side.
export type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export type Assert<T extends true> = T;
