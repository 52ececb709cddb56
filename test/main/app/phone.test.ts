import { describe, expect, it } from 'vitest';
import { formatPhone, rawPhone } from '../../../main/app/phone.js';

describe('phone numbers for reading', () => {
  it('formats an E.164 tel: URI internationally, and keeps what it cannot read', () => {
    expect(formatPhone('tel:+14255550100')).toBe('+1 425 555 0100');
    expect(formatPhone('tel:+442079460000;ext=12')).toBe('+44 20 7946 0000');
    expect(formatPhone('tel:1234')).toBe('1234');
    expect(rawPhone('tel:+14255550100')).toBe('+14255550100');
  });
});
