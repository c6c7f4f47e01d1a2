import { describe, expect, it } from 'vitest';
import { AppError } from './errors';
import {
  assertValidTaxId,
  validateArmeniaTaxId,
  validateBelarusUnp,
  validateKazakhstanBin,
  validateKyrgyzstanInn,
  validateOgrn,
  validateRussiaInn,
  validateTaxId,
} from './tax-ids';

function caught(action: () => void): AppError {
  try {
    action();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError to be thrown');
}

describe('Belarus UNP', () => {
  it('accepts legal-entity UNPs whose check digit matches', () => {
    // 1*29 + 0*23 + 0*19 + 5*17 + 8*13 + 2*7 + 3*5 + 3*3 = 256; 256 mod 11 = 3.
    expect(validateBelarusUnp('100582333')).toEqual({ isValid: true });
    expect(validateBelarusUnp('200988541')).toEqual({ isValid: true });
  });

  it('strips spaces before checking', () => {
    expect(validateBelarusUnp(' 100 582 333 ').isValid).toBe(true);
  });

  it('accepts the two-letter form of individuals, in Latin or look-alike Cyrillic letters', () => {
    // M = 22, A = 0: 22*29 + 0*23 + 1*19 + 9*17 + 5*13 + 3*7 + 6*5 + 8*3 = 950; 950 mod 11 = 4.
    expect(validateBelarusUnp('MA1953684').isValid).toBe(true);
    expect(validateBelarusUnp('ma1953684').isValid).toBe(true);
    expect(validateBelarusUnp('МА1953684').isValid).toBe(true); // Cyrillic М and А
  });

  it('rejects a UNP whose check digit is wrong', () => {
    expect(validateBelarusUnp('100582334')).toEqual({
      isValid: false,
      reason: 'UNP check digit does not match',
    });
    expect(validateBelarusUnp('MA1953685').isValid).toBe(false);
  });

  it('rejects a UNP whose check sum gives remainder 10, whatever its last digit', () => {
    for (let lastDigit = 0; lastDigit <= 9; lastDigit++) {
      const result = validateBelarusUnp(`10058203${lastDigit}`);
      expect(result.isValid).toBe(false);
      expect(result.reason).toMatch(/remainder 10/);
    }
  });

  it('rejects a UNP of the wrong length', () => {
    expect(validateBelarusUnp('10058233').reason).toMatch(/9 characters, got 8/);
    expect(validateBelarusUnp('1005823330').reason).toMatch(/got 10/);
  });

  it('rejects letters outside the two leading positions and letters outside the UNP alphabet', () => {
    expect(validateBelarusUnp('1005823X3').isValid).toBe(false);
    expect(validateBelarusUnp('MX1953684').isValid).toBe(false);
    expect(validateBelarusUnp('ZA1953684').isValid).toBe(false);
    // A letter and a digit mixed in the leading pair is neither form.
    expect(validateBelarusUnp('M01953684').isValid).toBe(false);
  });

  it('rejects a digit UNP that does not start with a region digit 1..7', () => {
    expect(validateBelarusUnp('800582333').reason).toMatch(/region digit/);
    expect(validateBelarusUnp('000582333').isValid).toBe(false);
  });
});

describe('Russia INN', () => {
  it('accepts a 10-digit organisation INN whose check digit matches', () => {
    expect(validateRussiaInn('7707083893')).toEqual({ isValid: true });
  });

  it('accepts a 12-digit individual entrepreneur INN whose two check digits match', () => {
    expect(validateRussiaInn('500100732259')).toEqual({ isValid: true });
    expect(validateRussiaInn('5001 0073 2259').isValid).toBe(true);
  });

  it('rejects an INN whose check digit is wrong', () => {
    expect(validateRussiaInn('7707083894')).toEqual({
      isValid: false,
      reason: 'INN check digit does not match',
    });
  });

  it('rejects a 12-digit INN when either check digit is wrong', () => {
    expect(validateRussiaInn('500100732269').reason).toMatch(/11th digit/);
    expect(validateRussiaInn('500100732258').reason).toMatch(/12th digit/);
  });

  it('rejects INNs of other lengths, including 11 digits', () => {
    expect(validateRussiaInn('770708389').reason).toMatch(/got 9/);
    expect(validateRussiaInn('77070838931').reason).toMatch(/got 11/);
  });

  it('rejects an INN with letters', () => {
    expect(validateRussiaInn('77070838A3')).toEqual({
      isValid: false,
      reason: 'INN must contain digits only',
    });
  });
});

describe('Russia OGRN', () => {
  it('accepts a 13-digit OGRN whose check digit matches', () => {
    expect(validateOgrn('1027700132195')).toEqual({ isValid: true });
  });

  it('accepts a 15-digit OGRNIP, taking the remainder mod 13 to its last decimal digit', () => {
    expect(validateOgrn('304500116000157').isValid).toBe(true);
    // Remainders 10, 11 and 12 give check digits 0, 1 and 2.
    expect(validateOgrn('304500116000180').isValid).toBe(true);
    expect(validateOgrn('304500116000191').isValid).toBe(true);
    expect(validateOgrn('304500116000202').isValid).toBe(true);
  });

  it('rejects an OGRN whose check digit is wrong', () => {
    expect(validateOgrn('1027700132196')).toEqual({
      isValid: false,
      reason: 'OGRN check digit does not match',
    });
    expect(validateOgrn('304500116000158').isValid).toBe(false);
  });

  it('rejects an OGRN of 14 digits or with letters', () => {
    expect(validateOgrn('10277001321950').reason).toMatch(/got 14/);
    expect(validateOgrn('102770013219O').reason).toMatch(/digits only/);
  });
});

describe('Kazakhstan BIN', () => {
  it('accepts BINs whose check digit matches with the first weights', () => {
    expect(validateKazakhstanBin('940140000385').isValid).toBe(true);
    expect(validateKazakhstanBin('990 140 004 654').isValid).toBe(true);
  });

  it('falls back to the second weights when the first sum gives remainder 10', () => {
    expect(validateKazakhstanBin('940140000909').isValid).toBe(true);
  });

  it('rejects a BIN whose check digit is wrong', () => {
    expect(validateKazakhstanBin('940140000386')).toEqual({
      isValid: false,
      reason: 'BIN check digit does not match',
    });
  });

  it('rejects a BIN whose both sums give remainder 10', () => {
    expect(validateKazakhstanBin('940140000960').reason).toMatch(/remainder 10/);
  });

  it('rejects a BIN of the wrong length or with letters', () => {
    expect(validateKazakhstanBin('94014000038').reason).toMatch(/12 digits, got 11/);
    expect(validateKazakhstanBin('94014000038X').reason).toMatch(/digits only/);
  });
});

describe('Armenia and Kyrgyzstan (format only)', () => {
  it('accepts an 8-digit Armenian taxpayer number and rejects other lengths and letters', () => {
    expect(validateArmeniaTaxId('02500058').isValid).toBe(true);
    expect(validateArmeniaTaxId('0250005').isValid).toBe(false);
    expect(validateArmeniaTaxId('0250005A').isValid).toBe(false);
  });

  it('accepts a 14-digit Kyrgyz INN and rejects other lengths and letters', () => {
    expect(validateKyrgyzstanInn('01203199910095').isValid).toBe(true);
    expect(validateKyrgyzstanInn('0120319991009').isValid).toBe(false);
    expect(validateKyrgyzstanInn('0120319991009A').isValid).toBe(false);
  });
});

describe('validateTaxId', () => {
  it('dispatches by country code, in either letter case', () => {
    expect(validateTaxId('RU', '7707083893').isValid).toBe(true);
    expect(validateTaxId('by', '100582333').isValid).toBe(true);
    expect(validateTaxId('KZ', '940140000385').isValid).toBe(true);
  });

  it("does not accept one country's valid id for another country", () => {
    expect(validateTaxId('BY', '7707083893').isValid).toBe(false);
    expect(validateTaxId('RU', '100582333').isValid).toBe(false);
  });

  it('rejects countries outside the union instead of accepting anything', () => {
    expect(validateTaxId('DE', '123456789')).toEqual({
      isValid: false,
      reason: 'Tax ids of country "DE" are not supported',
    });
  });
});

describe('assertValidTaxId', () => {
  it('passes silently for a valid tax id with or without an OGRN', () => {
    expect(() => assertValidTaxId('RU', '7707083893')).not.toThrow();
    expect(() => assertValidTaxId('RU', '7707083893', '1027700132195')).not.toThrow();
    expect(() => assertValidTaxId('RU', '7707083893', null)).not.toThrow();
    expect(() => assertValidTaxId('BY', '100582333', '')).not.toThrow();
  });

  it('throws validation_failed naming the taxId field, value and reason', () => {
    const error = caught(() => assertValidTaxId('RU', '7707083894'));
    expect(error.code).toBe('validation_failed');
    expect(error.details).toEqual({
      field: 'taxId',
      value: '7707083894',
      reason: 'INN check digit does not match',
    });
  });

  it('throws validation_failed naming the ogrn field when the OGRN is wrong', () => {
    const error = caught(() => assertValidTaxId('RU', '7707083893', '1027700132196'));
    expect(error.code).toBe('validation_failed');
    expect(error.details).toEqual({
      field: 'ogrn',
      value: '1027700132196',
      reason: 'OGRN check digit does not match',
    });
  });

  it('does not accept an OGRN for an organisation outside Russia', () => {
    const error = caught(() => assertValidTaxId('BY', '100582333', '1027700132195'));
    expect(error.details).toMatchObject({ field: 'ogrn' });
  });
});
