// Every real sample payload decodes, and the JSON and XML samples of one stem describe the same shape.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decode, embedded } from '../../../../main/ucwa/representation/index.js';
import type { UcwaResource } from '../../../../main/ucwa/representation/index.js';
import { samplesDir } from '../../../support/samples.js';

const DIR = samplesDir;
const files = readdirSync(DIR).filter((f) => f.endsWith('.json') || f.endsWith('.xml'));

function load(file: string): UcwaResource {
  return decode(
    readFileSync(join(DIR, file), 'utf8'),
    file.endsWith('.json') ? 'application/json' : 'application/xml',
  );
}

/** rel, property names, link rels and embedded rels, recursively: what the two formats must agree on. */
function shape(res: UcwaResource): unknown {
  return {
    rel: res.rel,
    href: res.href,
    properties: Object.keys(res.properties).sort(),
    links: Object.keys(res.links).sort(),
    embedded: Object.fromEntries(
      Object.keys(res.embedded)
        .sort()
        .map((k) => [k, embedded(res, k).map(shape)]),
    ),
  };
}

describe('ucwa-samples', () => {
  it('has the sample set', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it.each(files)('%s decodes', (file) => {
    const res = load(file);
    expect(typeof res.rel).toBe('string');
    expect(res.links).not.toHaveProperty('self');
  });

  const stems = files
    .filter((f) => f.endsWith('.xml'))
    .map((f) => f.slice(0, -4))
    .filter((stem) => files.includes(`${stem}.json`));

  it.each(stems)('%s: JSON and XML agree', (stem) => {
    expect(shape(load(`${stem}.xml`))).toEqual(shape(load(`${stem}.json`)));
  });
});
