import { describe, expect, it } from 'vitest';
import { keepExisting, nothingPicked, pick, pickAll } from '../../../renderer/src/lib/selection.js';

const order = ['a', 'b', 'c', 'd', 'e'];
const plain = { shift: false, toggle: false };
const toggle = { shift: false, toggle: true };
const shift = { shift: true, toggle: false };
const both = { shift: true, toggle: true };
const uris = (p: { uris: ReadonlySet<string> }) => [...p.uris].sort();

describe('picking contacts as in a file manager', () => {
  it('picks one with a click, adds and removes one with Ctrl', () => {
    const one = pick(nothingPicked, 'b', plain, order);
    expect(uris(one)).toEqual(['b']);
    const two = pick(one, 'd', toggle, order);
    expect(uris(two)).toEqual(['b', 'd']);
    expect(uris(pick(two, 'b', toggle, order))).toEqual(['d']);
  });

  it('picks the range from the anchor with Shift, and adds it with Ctrl+Shift', () => {
    const anchored = pick(nothingPicked, 'b', plain, order);
    expect(uris(pick(anchored, 'd', shift, order))).toEqual(['b', 'c', 'd']);
    // Shift again from the same anchor replaces the range (upwards too).
    expect(uris(pick(pick(anchored, 'd', shift, order), 'a', shift, order))).toEqual(['a', 'b']);
    const more = pick(pick(anchored, 'e', toggle, order), 'c', both, order);
    expect(uris(more)).toEqual(['b', 'c', 'd', 'e']);
  });

  it('picks everyone in a group or a search result, and drops people who left the list', () => {
    const all = pickAll(pick(nothingPicked, 'a', plain, order), ['c', 'd']);
    expect(uris(all)).toEqual(['a', 'c', 'd']);
    const kept = keepExisting(all, (u) => u !== 'c');
    expect(uris(kept)).toEqual(['a', 'd']);
    expect(keepExisting(kept, () => true)).toBe(kept);
  });
});
