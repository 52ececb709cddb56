// The selection model of the contact list, as in a file manager: a click picks one contact, Ctrl (Cmd) + click
// adds or removes one, Shift + click picks the range from the last plain or Ctrl click (the anchor), and
// Ctrl + Shift + click adds that range. Pure: the order is the list as shown.
export interface Picked {
  /** Selected contact uris. */
  uris: ReadonlySet<string>;
  /** Where a Shift range starts. */
  anchor: string | null;
}

export interface Modifiers {
  shift: boolean;
  /** Ctrl, or Cmd on macOS. */
  toggle: boolean;
}

export const nothingPicked: Picked = { uris: new Set(), anchor: null };

export function pick(current: Picked, uri: string, mods: Modifiers, order: readonly string[]): Picked {
  if (mods.shift && current.anchor !== null) {
    const from = order.indexOf(current.anchor);
    const to = order.indexOf(uri);
    if (from >= 0 && to >= 0) {
      const range = order.slice(Math.min(from, to), Math.max(from, to) + 1);
      const uris = new Set(mods.toggle ? [...current.uris, ...range] : range);
      return { uris, anchor: current.anchor };
    }
  }
  if (mods.toggle) {
    const uris = new Set(current.uris);
    if (uris.has(uri)) uris.delete(uri);
    else uris.add(uri);
    return { uris, anchor: uri };
  }
  return { uris: new Set([uri]), anchor: uri };
}

/** Everyone in `uris` added to the selection (select all in a group or a search result). */
export function pickAll(current: Picked, uris: readonly string[]): Picked {
  return { uris: new Set([...current.uris, ...uris]), anchor: current.anchor ?? uris[0] ?? null };
}

/** Drop picked contacts that are gone from the list (removed on the server). */
export function keepExisting(current: Picked, exists: (uri: string) => boolean): Picked {
  if ([...current.uris].every(exists)) return current;
  const uris = new Set([...current.uris].filter(exists));
  return { uris, anchor: current.anchor !== null && exists(current.anchor) ? current.anchor : null };
}
