import { describe, expect, it } from 'vitest';
import {
  decodeDataUri,
  decodeJson,
  decodeXml,
  encodeBody,
  encodeTextDataUri,
  toDate,
} from '../../../../main/ucwa/representation/index.js';

describe('values', () => {
  it('reads /Date(ms)/ and ISO dates to the same instant', () => {
    const json = decodeJson('{"rel":"contactPresence","lastActive":"\\/Date(1474932023993)\\/"}');
    const xml = decodeXml(
      '<resource rel="contactPresence" href="/p" xmlns="http://schemas.microsoft.com/rtc/2012/03/ucwa">' +
        '<property name="lastActive">2016-09-26T16:20:23.9936221-07:00</property></resource>',
    );
    expect(json.properties.lastActive).toBe('2016-09-26T23:20:23.993Z');
    expect(xml.properties.lastActive).toBe('2016-09-26T23:20:23.993Z');
    expect(toDate(json.properties.lastActive)?.getTime()).toBe(1474932023993);
  });

  it('keeps a date-shaped text that names no real instant as the text it is', () => {
    // No capture holds one, so these are made up on purpose: JS Date would turn 02-30 into 2 March.
    const res = decodeJson(
      '{"rel":"x","a":"2017-02-30T10:00:00Z","b":"2017-02-28T25:00:00Z","c":"2016-09-26","d":"2017-09-26T05:03"}',
    );
    expect(res.properties).toEqual({
      a: '2017-02-30T10:00:00Z',
      b: '2017-02-28T25:00:00Z',
      c: '2016-09-26',
      d: '2017-09-26T05:03:00.000Z', // a real instant without an offset: read as UTC, the same on every computer
    });
    expect(toDate(res.properties.a)).toBeUndefined();
  });

  it('reads XML True/False as booleans, propertyList as arrays, xsi:nil as null, and leaves numbers as text', () => {
    const res = decodeXml(
      '<resource rel="x" href="/x" xmlns="http://schemas.microsoft.com/rtc/2012/03/ucwa" ' +
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
        '<property name="a">True</property><property name="b">False</property>' +
        '<property name="etag">3140562359</property><property name="n" xsi:nil="true" />' +
        '<propertyList name="l"><item>Plain</item><item>Html</item></propertyList>' +
        '<link rel="c" href="/c1" /><link rel="c" href="/c2" revision="2" /></resource>',
    );
    expect(res.properties).toEqual({ a: true, b: false, etag: '3140562359', n: null, l: ['Plain', 'Html'] });
    expect(res.links.c).toEqual([{ href: '/c1' }, { href: '/c2', revision: '2' }]);
  });

  it('decodes data URIs in both UCWA forms', () => {
    expect(decodeDataUri('data:text/plain;charset=utf-8,Hi+Tosh%0d%0a')?.text).toBe('Hi Tosh\r\n');
    expect(decodeDataUri('data:text/plain;base64,SGVsbG8=')?.text).toBe('Hello');
    expect(decodeDataUri('https://x')).toBeUndefined();
    expect(decodeDataUri(encodeTextDataUri('a b&c'))?.text).toBe('a b&c');
  });

  it('refuses broken or hostile bodies with MalformedResponse', () => {
    expect(() => decodeJson('[1,2]')).toThrow(expect.objectContaining({ code: 'MalformedResponse' }));
    expect(() => decodeXml('<resource><unclosed></resource>')).toThrow(
      expect.objectContaining({ code: 'MalformedResponse' }),
    );
    expect(() => decodeXml('<!DOCTYPE x [<!ENTITY a "aaaa">]><resource rel="x">&a;</resource>')).toThrow(
      expect.objectContaining({ code: 'MalformedResponse' }),
    );
  });
});

describe('encodeBody', () => {
  const props = { culture: 'en-US', endpointId: 'e<1>', flag: false, list: ['Messaging'], skip: undefined };

  it('writes JSON inputs', () => {
    const { contentType, body } = encodeBody('json', { kind: 'input', properties: props });
    expect(contentType).toBe('application/json');
    expect(JSON.parse(body)).toEqual({
      culture: 'en-US',
      endpointId: 'e<1>',
      flag: false,
      list: ['Messaging'],
    });
  });

  it('writes XML that decodes back to the same properties', () => {
    const { contentType, body } = encodeBody('xml', {
      kind: 'resource',
      rel: 'r',
      href: '/r',
      properties: props,
    });
    expect(contentType).toBe('application/xml');
    const back = decodeXml(body);
    expect(back.rel).toBe('r');
    expect(back.properties).toEqual({
      culture: 'en-US',
      endpointId: 'e<1>',
      flag: false,
      list: ['Messaging'],
    });
    expect(encodeBody('xml', { kind: 'input', properties: {} }).body).toContain('<input xmlns=');
  });
});
