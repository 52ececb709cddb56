import { describe, expect, it } from 'vitest';
import { parseErrorBody } from '../../../../main/ucwa/representation/reason.js';

describe('parseErrorBody', () => {
  it('reads JSON, XML reason and XML resource error bodies, after a byte-order mark too', () => {
    const expected = { code: 'Conflict', subcode: 'AlreadyExists', message: 'Again.' };
    expect(
      parseErrorBody(
        'application/json',
        '\uFEFF{"code":"Conflict","subcode":"AlreadyExists","message":"Again."}',
      ),
    ).toEqual(expected);
    expect(
      parseErrorBody(
        'application/xml',
        '<reason><code>Conflict</code><subcode>AlreadyExists</subcode><message>Again.</message></reason>',
      ),
    ).toEqual(expected);
    expect(
      parseErrorBody(
        'application/xml',
        '<resource rel="error"><property name="code">Conflict</property><property name="subcode">AlreadyExists</property><property name="message">Again.</property></resource>',
      ),
    ).toEqual(expected);
  });

  it('ignores garbage bodies', () => {
    expect(parseErrorBody('application/json', '{not json')).toBeUndefined();
    expect(parseErrorBody('application/xml', '<<<')).toBeUndefined();
  });

  it('does not read an HTML page as a reason', () => {
    expect(parseErrorBody('text/html', '<html><body><code>Forbidden</code></body></html>')).toBeUndefined();
  });
});
