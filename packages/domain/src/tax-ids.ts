import { AppError } from './errors';

/**
 * Organisation tax ids of the union countries. Every validator is pure: it strips whitespace, checks the
 * shape and, where the country publishes one, the check digit, and says in plain English what is wrong.
 */
export interface TaxIdCheck {
  isValid: boolean;
  reason?: string;
}

const valid: TaxIdCheck = { isValid: true };

function invalid(reason: string): TaxIdCheck {
  return { isValid: false, reason };
}

/** People paste ids with spaces (groups of three, non-breaking spaces from Word); none of the formats contain one. */
function stripSpaces(value: string): string {
  return value.replace(/\s+/g, '');
}

function isDigitsOnly(value: string): boolean {
  return /^\d+$/.test(value);
}

function weightedSum(digits: readonly number[], weights: readonly number[]): number {
  return weights.reduce((sum, weight, index) => sum + weight * (digits[index] ?? 0), 0);
}

function toDigits(value: string): number[] {
  return [...value].map(Number);
}

// ---------------------------------------------------------------------------------------------------------
// Belarus: УНП (UNP), 9 characters
// ---------------------------------------------------------------------------------------------------------

const unpCheckWeights = [29, 23, 19, 17, 13, 7, 5, 3] as const;

/** Individuals' UNPs start with two letters; the alphabet and values follow python-stdnum (by/unp.py). */
const unpFirstLetters = 'ABCEHKM';
const unpSecondLetters = 'ABCEHKMOPT';

/** Cyrillic letters that look like the Latin ones used in UNPs; people type either. */
const cyrillicToLatinLetters: Record<string, string> = {
  А: 'A',
  В: 'B',
  С: 'C',
  Е: 'E',
  Н: 'H',
  К: 'K',
  М: 'M',
  О: 'O',
  Р: 'P',
  Т: 'T',
};

/**
 * Belarusian payer number. Legal entities: nine digits, the first a region code 1..7.
 * Individuals: a letter (A B C E H K M) and a letter (A B C E H K M O P T) followed by seven digits.
 * Check digit: weights 29,23,19,17,13,7,5,3 over the first eight positions, sum mod 11; remainder 10 is never issued.
 * A first letter counts as its base-36 value (A = 10, M = 22), a second letter as its index in "ABCEHKMOPT".
 */
export function validateBelarusUnp(value: string): TaxIdCheck {
  const unp = [...stripSpaces(value).toUpperCase()]
    .map((char) => cyrillicToLatinLetters[char] ?? char)
    .join('');
  if (unp.length !== 9) return invalid(`UNP must have 9 characters, got ${unp.length}`);
  if (!isDigitsOnly(unp.slice(2))) return invalid('UNP must end with seven digits');

  const first = unp[0] ?? '';
  const second = unp[1] ?? '';
  let leadingValues: [number, number];
  if (isDigitsOnly(first + second)) {
    if (!'1234567'.includes(first)) return invalid('UNP must start with a region digit from 1 to 7');
    leadingValues = [Number(first), Number(second)];
  } else if (unpFirstLetters.includes(first) && unpSecondLetters.includes(second)) {
    leadingValues = [Number.parseInt(first, 36), unpSecondLetters.indexOf(second)];
  } else {
    return invalid(
      'UNP must start with two digits, or with two letters (first of A B C E H K M, second of A B C E H K M O P T)',
    );
  }

  const digits = [...leadingValues, ...toDigits(unp.slice(2))];
  const remainder = weightedSum(digits, unpCheckWeights) % 11;
  if (remainder === 10) return invalid('UNP check sum gives remainder 10, which is never issued');
  if (remainder !== digits[8]) return invalid('UNP check digit does not match');
  return valid;
}

// ---------------------------------------------------------------------------------------------------------
// Russia: ИНН (INN) and ОГРН / ОГРНИП (OGRN)
// ---------------------------------------------------------------------------------------------------------

const innOrganisationWeights = [2, 4, 10, 3, 5, 9, 4, 6, 8] as const;
const innEntrepreneurFirstWeights = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8] as const;
const innEntrepreneurSecondWeights = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8] as const;

function innCheckDigit(digits: readonly number[], weights: readonly number[]): number {
  return (weightedSum(digits, weights) % 11) % 10;
}

/** Russian INN: 10 digits for an organisation, 12 for an individual entrepreneur; each with its check digits. */
export function validateRussiaInn(value: string): TaxIdCheck {
  const inn = stripSpaces(value);
  if (!isDigitsOnly(inn)) return invalid('INN must contain digits only');
  const digits = toDigits(inn);
  if (inn.length === 10) {
    if (innCheckDigit(digits, innOrganisationWeights) !== digits[9]) {
      return invalid('INN check digit does not match');
    }
    return valid;
  }
  if (inn.length === 12) {
    if (innCheckDigit(digits, innEntrepreneurFirstWeights) !== digits[10]) {
      return invalid('INN check digit does not match (11th digit)');
    }
    if (innCheckDigit(digits, innEntrepreneurSecondWeights) !== digits[11]) {
      return invalid('INN check digit does not match (12th digit)');
    }
    return valid;
  }
  return invalid(
    `INN must have 10 digits (organisation) or 12 digits (individual entrepreneur), got ${inn.length}`,
  );
}

/**
 * Russian primary state registration number: ОГРН, 13 digits, check = (first 12 as a number mod 11) mod 10;
 * ОГРНИП, 15 digits, check = (first 14 as a number mod 13) mod 10. The numbers exceed 2^53, hence BigInt.
 */
export function validateOgrn(value: string): TaxIdCheck {
  const ogrn = stripSpaces(value);
  if (!isDigitsOnly(ogrn)) return invalid('OGRN must contain digits only');
  let divisor: bigint;
  if (ogrn.length === 13) divisor = 11n;
  else if (ogrn.length === 15) divisor = 13n;
  else {
    return invalid(
      `OGRN must have 13 digits (organisation) or 15 digits (individual entrepreneur), got ${ogrn.length}`,
    );
  }
  const body = BigInt(ogrn.slice(0, -1));
  const expected = Number((body % divisor) % 10n);
  if (expected !== Number(ogrn.slice(-1))) return invalid('OGRN check digit does not match');
  return valid;
}

// ---------------------------------------------------------------------------------------------------------
// Other EAEU members
// ---------------------------------------------------------------------------------------------------------

/** Armenian taxpayer number (ՀՎՀՀ): 8 digits. No check digit algorithm is published, so only the format is checked. */
export function validateArmeniaTaxId(value: string): TaxIdCheck {
  const taxId = stripSpaces(value);
  if (!isDigitsOnly(taxId)) return invalid('Armenian taxpayer number must contain digits only');
  if (taxId.length !== 8) return invalid(`Armenian taxpayer number must have 8 digits, got ${taxId.length}`);
  return valid;
}

const kazakhstanFirstWeights = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const;
const kazakhstanSecondWeights = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2] as const;

/**
 * Kazakh BIN (organisations) or IIN (individual entrepreneurs register with it): 12 digits. Check digit:
 * weights 1..11, sum mod 11; if that gives 10, weights 3..11,1,2, sum mod 11; a second 10 is never issued.
 * The inner structure (registration date, entity type) is not checked because BIN and IIN differ there.
 */
export function validateKazakhstanBin(value: string): TaxIdCheck {
  const bin = stripSpaces(value);
  if (!isDigitsOnly(bin)) return invalid('BIN must contain digits only');
  if (bin.length !== 12) return invalid(`BIN must have 12 digits, got ${bin.length}`);
  const digits = toDigits(bin);
  let remainder = weightedSum(digits, kazakhstanFirstWeights) % 11;
  if (remainder === 10) remainder = weightedSum(digits, kazakhstanSecondWeights) % 11;
  if (remainder === 10) return invalid('BIN check sum gives remainder 10, which is never issued');
  if (remainder !== digits[11]) return invalid('BIN check digit does not match');
  return valid;
}

/** Kyrgyz INN: 14 digits. Only the format is checked; we know no reliable published check digit rule. */
export function validateKyrgyzstanInn(value: string): TaxIdCheck {
  const inn = stripSpaces(value);
  if (!isDigitsOnly(inn)) return invalid('Kyrgyz INN must contain digits only');
  if (inn.length !== 14) return invalid(`Kyrgyz INN must have 14 digits, got ${inn.length}`);
  return valid;
}

const taxIdValidators: Record<string, (value: string) => TaxIdCheck> = {
  BY: validateBelarusUnp,
  RU: validateRussiaInn,
  AM: validateArmeniaTaxId,
  KZ: validateKazakhstanBin,
  KG: validateKyrgyzstanInn,
};

/** The organisation tax id of the given ISO country code (BY, RU, AM, KZ, KG). */
export function validateTaxId(country: string, taxId: string): TaxIdCheck {
  const validator = taxIdValidators[country.trim().toUpperCase()];
  if (!validator) return invalid(`Tax ids of country "${country}" are not supported`);
  return validator(taxId);
}

/**
 * Throws a validation error naming the field when the tax id, or the OGRN if one is given, is not valid.
 * An OGRN is Russian; another country's organisation stating one is an error, not something to ignore silently.
 */
export function assertValidTaxId(country: string, taxId: string, ogrn?: string | null): void {
  const taxIdCheck = validateTaxId(country, taxId);
  if (!taxIdCheck.isValid) {
    throw new AppError('validation_failed', `Tax id "${taxId}" is not valid: ${taxIdCheck.reason}`, {
      field: 'taxId',
      value: taxId,
      reason: taxIdCheck.reason,
    });
  }
  if (ogrn === undefined || ogrn === null || ogrn.trim() === '') return;

  const ogrnCheck =
    country.trim().toUpperCase() === 'RU'
      ? validateOgrn(ogrn)
      : invalid('OGRN is a Russian registration number and applies to Russian organisations only');
  if (!ogrnCheck.isValid) {
    throw new AppError('validation_failed', `OGRN "${ogrn}" is not valid: ${ogrnCheck.reason}`, {
      field: 'ogrn',
      value: ogrn,
      reason: ogrnCheck.reason,
    });
  }
}
