import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './cli.js';
import { samplesDir } from '../../../support/samples.js';

const SAMPLES = samplesDir;

describe('ucwa decode', () => {
  it('prints one normalised object per file, with the file when given several', async () => {
    const files = ['contact.get.1.json', 'contact.get.1.xml', 'contactPrivacyRelationship.event.1.json'].map(
      (f) => join(SAMPLES, f),
    );
    const { code, stdout } = await runCli(['decode', ...files]);
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(3);
    expect(Object.keys(lines[0] ?? {})).toEqual(['file', 'rel', 'href', 'properties', 'links', 'embedded']);
    expect(lines[0]).toMatchObject({ rel: 'contact', properties: { uri: 'sip:alex@contoso.com' } });
    expect(lines[1]).toMatchObject({ rel: 'contact', properties: { uri: 'sip:alex@contoso.com' } });
    expect(lines[2]).toMatchObject({
      rel: 'events',
      links: { next: { href: 'http://sample:80/ucwa/v1/applications/appId/events?ack=2' } },
      properties: {
        sender: [
          { rel: 'people', events: [{ type: 'updated', link: { rel: 'contactPrivacyRelationship' } }] },
        ],
      },
    });
  });

  it('prints no file field for one file, and fails with one line for a broken one', async () => {
    const one = await runCli(['decode', '--type', 'xml', join(SAMPLES, 'note.get.1.xml')]);
    expect(JSON.parse(one.stdout)).not.toHaveProperty('file');
    const bad = await runCli(['decode', join(SAMPLES, '..', 'design.md')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });
});
