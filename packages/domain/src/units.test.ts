import { describe, expect, it } from 'vitest';
import { AppError } from './errors';
import {
  areCompatibleUnits,
  convertQuantity,
  findUnit,
  findUnitByCode,
  toBaseValue,
  unitDimensions,
  unitTable,
} from './units';

function codeOf(raw: string): string | undefined {
  return findUnit(raw)?.code;
}

function caught(action: () => void): AppError {
  try {
    action();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError to be thrown');
}

describe('unit table', () => {
  it('has unique codes, known dimensions and positive factors', () => {
    const codes = unitTable.map((entry) => entry.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const entry of unitTable) {
      expect(unitDimensions).toContain(entry.dimension);
      expect(entry.factor).toBeGreaterThan(0);
      expect(entry.nameRu).not.toBe('');
      expect(entry.nameEn).not.toBe('');
    }
  });

  it('has exactly one base unit (factor 1, offset 0) first in each dimension', () => {
    for (const dimension of unitDimensions) {
      const units = unitTable.filter((entry) => entry.dimension === dimension);
      expect(units.length, dimension).toBeGreaterThan(0);
      expect(units[0]).toMatchObject({ factor: 1, offset: 0 });
    }
  });

  it('contains every unit code the exchange relies on', () => {
    const expected = [
      'pcs', 'kg', 't', 'g', 'm', 'mm', 'cm', 'km', 'm2', 'm3', 'l', 'ml', 'V', 'mV', 'kV', 'A', 'mA', 'W',
      'kW', 'MW', 'Ohm', 'kOhm', 'MOhm', 'F', 'uF', 'nF', 'pF', 'Hz', 'kHz', 'MHz', 'GHz', 'degC', 'K', 's',
      'ms', 'h', 'day', 'Pa', 'kPa', 'MPa', 'bar', 'N', 'kN', 'N*m', 'rpm', 'set', 'pair', 'pack',
    ]; // prettier-ignore
    for (const code of expected) expect(findUnitByCode(code), code).toBeDefined();
  });

  it('finds every code and alias of the table back to its own unit', () => {
    for (const entry of unitTable) {
      for (const alias of [entry.code, ...entry.aliases]) expect(codeOf(alias), alias).toBe(entry.code);
    }
  });
});

describe('findUnit', () => {
  it('resolves Russian and English spellings of counts', () => {
    for (const spelling of ['шт', 'шт.', 'штук', 'pcs', 'pc', 'ea', 'piece', 'ШТ', 'PCS']) {
      expect(codeOf(spelling), spelling).toBe('pcs');
    }
    expect(codeOf('компл')).toBe('set');
    expect(codeOf('комплект')).toBe('set');
    expect(codeOf('пара')).toBe('pair');
    expect(codeOf('упак')).toBe('pack');
  });

  it('trims and ignores inner spaces', () => {
    expect(codeOf('  кг ')).toBe('kg');
    expect(codeOf('кв. м')).toBe('m2');
    expect(codeOf('sq m')).toBe('m2');
    expect(codeOf('куб. м')).toBe('m3');
  });

  it('reads superscripts, micro signs and the ohm sign', () => {
    expect(codeOf('м²')).toBe('m2');
    expect(codeOf('m³')).toBe('m3');
    expect(codeOf('µF')).toBe('uF'); // micro sign U+00B5
    expect(codeOf('μF')).toBe('uF'); // Greek mu U+03BC
    expect(codeOf('мкФ')).toBe('uF');
    expect(codeOf('Ω')).toBe('Ohm'); // Greek capital omega
    expect(codeOf('Ω')).toBe('Ohm'); // ohm sign U+2126
    expect(codeOf('kΩ')).toBe('kOhm');
    expect(codeOf('MΩ')).toBe('MOhm');
  });

  it('reads degrees Celsius with a Latin or Cyrillic C and degree look-alikes', () => {
    for (const spelling of ['°C', '°С', '° C', 'ºC', '℃', 'C', 'degC', 'град', 'градусов Цельсия']) {
      expect(codeOf(spelling), spelling).toBe('degC');
    }
  });

  it('does not read a bare Cyrillic С as Celsius or anything else', () => {
    expect(findUnit('С')).toBeUndefined();
  });

  it('reads Cyrillic м as metre and т as tonne, but never a bare capital М as mega', () => {
    expect(codeOf('м')).toBe('m');
    expect(codeOf('т')).toBe('t');
    expect(codeOf('тн')).toBe('t');
    expect(findUnit('М')).toBeUndefined();
    expect(findUnit('M')).toBeUndefined();
  });

  it('keeps the prefix meaning of letter case: milli is not mega', () => {
    expect(codeOf('mA')).toBe('mA');
    expect(findUnit('MA')).toBeUndefined();
    expect(codeOf('mV')).toBe('mV');
    expect(findUnit('MV')).toBeUndefined();
    expect(codeOf('MW')).toBe('MW');
    expect(findUnit('mW')).toBeUndefined();
    expect(codeOf('МВт')).toBe('MW');
    expect(findUnit('мВт')).toBeUndefined();
    expect(codeOf('мс')).toBe('ms');
    expect(findUnit('Мс')).toBeUndefined();
    expect(codeOf('МОм')).toBe('MOhm');
    expect(codeOf('мОм')).toBe('mOhm');
  });

  it('does not read single letters in the other case as the unit (S is not s, H is not h, T is not t)', () => {
    expect(findUnit('S')).toBeUndefined();
    expect(findUnit('H')).toBeUndefined();
    expect(findUnit('T')).toBeUndefined();
    expect(findUnit('k')).toBeUndefined();
  });

  it('accepts other letter cases where they cannot mean another unit', () => {
    expect(codeOf('KG')).toBe('kg');
    expect(codeOf('Kg')).toBe('kg');
    expect(codeOf('КГ')).toBe('kg');
    expect(codeOf('KHz')).toBe('kHz');
    expect(codeOf('КВТ')).toBe('kW');
    expect(codeOf('OHM')).toBe('Ohm');
    expect(codeOf('Mhz')).toBe('MHz');
    expect(codeOf('Мпа')).toBe('MPa');
    expect(codeOf('ММ')).toBe('mm');
  });

  it('reads newton metres in their usual spellings and nm as a nanometre', () => {
    for (const spelling of ['Н·м', 'Н*м', 'Nm', 'N·m', 'N⋅m', 'N*m']) {
      expect(codeOf(spelling), spelling).toBe('N*m');
    }
    expect(codeOf('nm')).toBe('nm');
  });

  it('reads ё as е, so a spelling that differs only there still matches', () => {
    expect(codeOf('сёк')).toBe('s');
    expect(codeOf('дёнь')).toBe('day');
  });

  it('returns undefined for unknown or empty spellings', () => {
    expect(findUnit('furlong')).toBeUndefined();
    expect(findUnit('')).toBeUndefined();
    expect(findUnit('   ')).toBeUndefined();
  });
});

describe('conversions', () => {
  it('converts within a dimension through the base unit', () => {
    expect(convertQuantity(1500, 'mm', 'm')).toBe(1.5);
    expect(convertQuantity(2.5, 't', 'kg')).toBe(2500);
    expect(convertQuantity(1, 'kV', 'mV')).toBe(1_000_000);
    expect(convertQuantity(100, 'nF', 'uF')).toBe(0.1);
    expect(convertQuantity(4.7, 'kOhm', 'Ohm')).toBe(4700);
    expect(convertQuantity(1, 'bar', 'kPa')).toBe(100);
    expect(convertQuantity(1, 'day', 'h')).toBe(24);
    expect(convertQuantity(3, 'pair', 'pcs')).toBe(6);
    expect(convertQuantity(500, 'ml', 'l')).toBe(0.5);
  });

  it('rounds away binary noise from decimal factors', () => {
    expect(convertQuantity(0.3, 'kV', 'V')).toBe(300);
    expect(convertQuantity(3, 'mm', 'cm')).toBe(0.3);
  });

  it('applies the offset for temperatures', () => {
    expect(convertQuantity(0, 'degC', 'K')).toBe(273.15);
    expect(convertQuantity(300, 'K', 'degC')).toBe(26.85);
    expect(toBaseValue(273.15, 'K')).toBe(0);
    expect(toBaseValue(-60, 'degC')).toBe(-60);
  });

  it('gives base values in the first unit of the dimension', () => {
    expect(toBaseValue(5, 'kW')).toBe(5000);
    expect(toBaseValue(250, 'g')).toBe(0.25);
  });

  it('returns the value unchanged when both units are the same', () => {
    expect(convertQuantity(0.1 + 0.2, 'V', 'V')).toBe(0.1 + 0.2);
  });

  it('refuses to convert between dimensions with a validation error', () => {
    const error = caught(() => convertQuantity(1, 'kg', 'm'));
    expect(error.code).toBe('validation_failed');
    expect(error.message).toMatch(/kg \(mass\) to m \(length\)/);
  });

  it('does not convert sets or packs to pieces', () => {
    expect(areCompatibleUnits('set', 'pcs')).toBe(false);
    expect(areCompatibleUnits('pack', 'pcs')).toBe(false);
    expect(() => convertQuantity(1, 'pack', 'pcs')).toThrowError(AppError);
  });

  it('rejects unknown unit codes, including aliases that are not codes', () => {
    expect(caught(() => toBaseValue(1, 'кг')).details).toMatchObject({ field: 'unit', value: 'кг' });
    expect(() => convertQuantity(1, 'kg', 'stone')).toThrowError(/Unknown unit "stone"/);
  });

  it('tells which units are compatible', () => {
    expect(areCompatibleUnits('mV', 'kV')).toBe(true);
    expect(areCompatibleUnits('degC', 'K')).toBe(true);
    expect(areCompatibleUnits('Hz', 'rpm')).toBe(false);
    expect(areCompatibleUnits('V', 'A')).toBe(false);
    expect(areCompatibleUnits('parsec', 'parsec')).toBe(true);
    expect(areCompatibleUnits('parsec', 'm')).toBe(false);
  });
});
