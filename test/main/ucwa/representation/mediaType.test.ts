import { describe, expect, it } from 'vitest';
import { formatNamed, mediaTypeOf } from '../../../../main/ucwa/representation/index.js';

describe('media types', () => {
  it('names the format from the media type alone, never from a parameter', () => {
    expect(formatNamed('application/vnd.microsoft.com.ucwa+xml; charset=utf-8')).toBe('xml');
    expect(formatNamed('Application/JSON')).toBe('json');
    expect(formatNamed('multipart/batching;boundary=batchresponse_k2xmlq7')).toBeUndefined();
    expect(formatNamed('image/png; name="photo.json"')).toBeUndefined();
    expect(formatNamed(undefined)).toBeUndefined();
  });

  it('drops parameters and case', () => {
    expect(mediaTypeOf(' Multipart/Batching ;boundary=Z')).toBe('multipart/batching');
    expect(mediaTypeOf('')).toBe('');
  });
});
