import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCreditCode, isDivisionCode, withCheckCharacter } from './credit-code.js';

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

describe('checkCreditCode (GB 32100-2015)', () => {
  it('accepts the standard’s published example and rejects it with any other check character', () => {
    // The sample code used in explanations of GB 32100: 91350100M000100Y43.
    expect(checkCreditCode('91350100M000100Y43')).toEqual({ valid: true });
    expect(checkCreditCode(' 91350100m000100y43 ')).toEqual({ valid: true });
    for (const other of CHARSET.replace('3', '')) {
      expect(checkCreditCode(`91350100M000100Y4${other}`)).toEqual({ valid: false, reason: 'checksum', expected: '3' });
    }
  });

  it('checks the length and the character set (no I, O, Z, S, V)', () => {
    expect(checkCreditCode('91350100M000100Y4')).toEqual({ valid: false, reason: 'length' });
    expect(checkCreditCode('91350100M000100Y433')).toEqual({ valid: false, reason: 'length' });
    for (const letter of 'IOZSV') expect(checkCreditCode(`9135010${letter}M000100Y43`).valid).toBe(false);
    expect(checkCreditCode('91350100M000100Y4I')).toMatchObject({ valid: false, reason: 'character' });
  });

  it('withCheckCharacter makes a valid code, and every single-character change is detected', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...CHARSET), { minLength: 17, maxLength: 17 }),
        fc.nat(17),
        fc.constantFrom(...CHARSET),
        (chars, position, replacement) => {
          const code = withCheckCharacter(chars.join(''));
          expect(checkCreditCode(code)).toEqual({ valid: true });
          if (code[position] === replacement) return;
          const changed = code.slice(0, position) + replacement + code.slice(position + 1);
          expect(checkCreditCode(changed).valid).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('isDivisionCode', () => {
  it('accepts 6, 9 and 12 digits starting with a province code', () => {
    for (const code of ['110000', '430102', '430102001', '430102001001', '650100', '820000']) expect(isDivisionCode(code), code).toBe(true);
  });

  it('rejects other lengths, letters and unknown province prefixes', () => {
    for (const code of ['4301', '43010', '4301020', '4301020011', '99010', '990102', '000000', '200000', '43O102']) {
      expect(isDivisionCode(code), code).toBe(false);
    }
  });
});
