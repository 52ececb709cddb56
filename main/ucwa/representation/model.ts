// The one normalised shape every UCWA representation decodes into, whatever the wire format (JSON or XML).
// Decoders live next to this file (json.ts, xml.ts); everything above the representation layer reads
// resources only through these types and helpers, so it never cares which format the server spoke.

/** A hypermedia link. `href` is exactly what the server sent (possibly relative): resolve it, never build one. */
export interface UcwaLink {
  href: string;
  title?: string;
  revision?: string;
}

/**
 * A decoded resource. `self` is not in `links`: it is `href`.
 * In JSON the `_embedded` key is the embedding key and `rel` the resource's own rel; in XML the `rel` attribute of a
 * nested `<resource>` is the embedding key and `<property name="rel">` (when present) is the resource's own rel.
 * `links`/`embedded` values are arrays when the server sent several (or, in JSON, an array of one).
 */
export interface UcwaResource {
  rel: string;
  href?: string;
  properties: Record<string, unknown>;
  links: Record<string, UcwaLink | UcwaLink[]>;
  embedded: Record<string, UcwaResource | UcwaResource[]>;
}

/**
 * Store a value under a key the server chose (a property name, a link or embedding rel) as a plain own entry.
 * A plain assignment of `__proto__` would replace the record's prototype instead of storing anything.
 */
export function setEntry<T>(bag: Record<string, T>, key: string, value: T): void {
  if (key === '__proto__') {
    Object.defineProperty(bag, key, { value, writable: true, enumerable: true, configurable: true });
  } else {
    bag[key] = value;
  }
}

/** Add a value under a server-chosen key: the first stays single, repeats make an array (as the wire format does). */
export function addEntry<T>(bag: Record<string, T | T[]>, key: string, value: T): void {
  // Object.hasOwn: `constructor`, `toString`, … are inherited by every record and must read as absent.
  const existing = Object.hasOwn(bag, key) ? bag[key] : undefined;
  if (existing === undefined) setEntry(bag, key, value);
  else if (Array.isArray(existing)) existing.push(value);
  else setEntry(bag, key, [existing, value]);
}

/** A fresh empty resource (handy for tests and encoders). */
export function emptyResource(rel: string, href?: string): UcwaResource {
  return href === undefined
    ? { rel, properties: {}, links: {}, embedded: {} }
    : { rel, href, properties: {}, links: {}, embedded: {} };
}

/** The first link with this rel, or undefined. `self` returns the resource's own href. */
export function link(res: UcwaResource, rel: string): UcwaLink | undefined {
  if (rel === 'self') return res.href === undefined ? undefined : { href: res.href };
  const value = res.links[rel];
  return Array.isArray(value) ? value[0] : value;
}

/** Every link with this rel (empty when absent). */
export function links(res: UcwaResource, rel: string): UcwaLink[] {
  const value = rel === 'self' ? link(res, 'self') : res.links[rel];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** Every embedded resource under this key (empty when absent). */
export function embedded(res: UcwaResource, rel: string): UcwaResource[] {
  const value = res.embedded[rel];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** The first embedded resource under this key, or undefined. */
export function embeddedOne(res: UcwaResource, rel: string): UcwaResource | undefined {
  return embedded(res, rel)[0];
}

/**
 * A property value, or undefined when absent. The type parameter is an assertion by the caller, not a check:
 * use the typed helpers below (`stringProp`, …) for values that come from a server you do not trust.
 */
export function prop<T = unknown>(res: UcwaResource, name: string): T | undefined {
  return res.properties[name] as T | undefined;
}

/** A property that must be a string (numbers are stringified); otherwise undefined. */
export function stringProp(res: UcwaResource, name: string): string | undefined {
  const value = res.properties[name];
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return undefined;
}

/** A property that must be a boolean; otherwise undefined. */
export function booleanProp(res: UcwaResource, name: string): boolean | undefined {
  const value = res.properties[name];
  return typeof value === 'boolean' ? value : undefined;
}

/** A property that must be a list of strings (a `propertyList` in XML, an array in JSON); otherwise empty. */
export function stringListProp(res: UcwaResource, name: string): string[] {
  const value = res.properties[name];
  if (!Array.isArray(value)) return [];
  return value.filter((v): v is string => typeof v === 'string');
}

/** Type guard for anything that looks like a decoded resource. */
export function isUcwaResource(value: unknown): value is UcwaResource {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<UcwaResource>;
  return (
    typeof v.rel === 'string' &&
    typeof v.properties === 'object' &&
    typeof v.links === 'object' &&
    typeof v.embedded === 'object'
  );
}
