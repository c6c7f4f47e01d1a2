import {
  isWellFormedOkpd2Code,
  isWellFormedTnvedCode,
  normalizeOkpd2Code,
  normalizeTnvedCode,
} from './classifier-codes';
import { resolveCountryCode } from './countries';
import type { DemandLineInput } from './demand';
import type { FieldProblem } from './field-problem';
import type { DemandRequirement, ProductParameter } from './parameters';
import type { ProductInput } from './product';
import { findUnit } from './units';

/**
 * Brings user-written fields to their stored form (codes without spaces, canonical unit codes, ISO country and
 * currency codes) and lists what cannot be understood. Shared by the API and the imports so both accept the same.
 */
export function normalizeProductInput(input: ProductInput): {
  value: ProductInput;
  problems: FieldProblem[];
} {
  const problems: FieldProblem[] = [];
  const value: ProductInput = {
    ...input,
    tnved: normalizeCode('tnved', input.tnved, problems),
    okpd2: normalizeCode('okpd2', input.okpd2, problems),
    country: normalizeCountry('country', input.country, problems),
    capacityUnit: normalizeUnit('capacity_unit', input.capacityUnit, problems),
    minimumOrderUnit: normalizeUnit('min_order_unit', input.minimumOrderUnit, problems),
    currency: normalizeCurrency(input.currency, problems),
    parameters: input.parameters.map((parameter) => normalizeParameterUnit(parameter, problems)),
  };
  return { value, problems };
}

export function normalizeDemandLineInput(input: DemandLineInput): {
  value: DemandLineInput;
  problems: FieldProblem[];
} {
  const problems: FieldProblem[] = [];
  const value: DemandLineInput = {
    ...input,
    tnved: normalizeCode('tnved', input.tnved, problems),
    okpd2: normalizeCode('okpd2', input.okpd2, problems),
    originCountry: normalizeCountry('country', input.originCountry, problems),
    quantityUnit: normalizeUnit('unit', input.quantityUnit, problems),
    currency: normalizeCurrency(input.currency, problems),
    requirements: input.requirements.map((requirement) => normalizeRequirementUnit(requirement, problems)),
  };
  return { value, problems };
}

function normalizeCode(
  system: 'tnved' | 'okpd2',
  raw: string | null,
  problems: FieldProblem[],
): string | null {
  if (raw === null || raw.trim() === '') return null;
  const code = system === 'tnved' ? normalizeTnvedCode(raw) : normalizeOkpd2Code(raw);
  const isWellFormed =
    code !== null && (system === 'tnved' ? isWellFormedTnvedCode(code) : isWellFormedOkpd2Code(code));
  if (!isWellFormed) {
    problems.push({
      field: system,
      value: raw,
      reason:
        system === 'tnved'
          ? 'TN VED code must have 10 digits (or 2, 4 or 6 for a chapter, heading or subheading)'
          : 'OKPD2 code must look like 26.11.30.000 (dotted groups of digits)',
    });
    return raw;
  }
  return code;
}

function normalizeCountry(field: string, raw: string | null, problems: FieldProblem[]): string | null {
  if (raw === null || raw.trim() === '') return null;
  const code = resolveCountryCode(raw);
  if (!code) {
    problems.push({ field, value: raw, reason: 'unknown country: use an ISO code such as BY, RU, DE' });
    return null;
  }
  return code;
}

function normalizeUnit(field: string, raw: string | null, problems: FieldProblem[]): string | null {
  if (raw === null || raw.trim() === '') return null;
  const unit = findUnit(raw);
  if (!unit) {
    problems.push({ field, value: raw, reason: 'unknown unit of measure' });
    return null;
  }
  return unit.code;
}

const currencyAliases: Record<string, string> = {
  РУБ: 'RUB',
  'РОС. РУБ': 'RUB',
  RUR: 'RUB',
  '₽': 'RUB',
  'БЕЛ. РУБ': 'BYN',
  'БЕЛ.РУБ': 'BYN',
  BYR: 'BYN',
  $: 'USD',
  '€': 'EUR',
  ЮАНЬ: 'CNY',
  '¥': 'CNY',
  ТЕНГЕ: 'KZT',
  '₸': 'KZT',
};

function normalizeCurrency(raw: string | null, problems: FieldProblem[]): string | null {
  if (raw === null || raw.trim() === '') return null;
  const text = raw.trim().toUpperCase().replace(/\.$/, '');
  const code = currencyAliases[text] ?? text;
  if (!/^[A-Z]{3}$/.test(code)) {
    problems.push({
      field: 'currency',
      value: raw,
      reason: 'currency must be an ISO 4217 code such as BYN, RUB, USD',
    });
    return null;
  }
  return code;
}

function normalizeParameterUnit(parameter: ProductParameter, problems: FieldProblem[]): ProductParameter {
  const value = parameter.value;
  if ((value.kind !== 'number' && value.kind !== 'range') || value.unit === undefined) return parameter;
  const unit = findUnit(value.unit);
  if (!unit) {
    problems.push({ field: `param:${parameter.name}`, value: value.unit, reason: 'unknown unit of measure' });
    return parameter;
  }
  return { ...parameter, value: { ...value, unit: unit.code } };
}

function normalizeRequirementUnit(
  requirement: DemandRequirement,
  problems: FieldProblem[],
): DemandRequirement {
  const value = requirement.requirement;
  if (value.kind !== 'range' || value.unit === undefined) return requirement;
  const unit = findUnit(value.unit);
  if (!unit) {
    problems.push({
      field: `param:${requirement.name}`,
      value: value.unit,
      reason: 'unknown unit of measure',
    });
    return requirement;
  }
  return { ...requirement, requirement: { ...value, unit: unit.code } };
}
