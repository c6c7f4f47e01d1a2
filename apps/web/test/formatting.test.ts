import { readFileSync } from 'node:fs';
import { canMoveDemandLine, checkRequirement, demandLineStatuses } from '@coopex/domain';
import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeAuditAction, describeAuditEntity } from '../src/format/audit-names';
import { allowedMoves } from '../src/format/line-lifecycle';
import { describeMatchReason } from '../src/format/match-reason';
import { describeProblemReason } from '../src/format/problem-reason';
import { createFormatters } from '../src/format/use-formatters';

function translations(language: 'ru' | 'en'): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`../src/i18n/${language}.json`, import.meta.url), 'utf8')) as Record<
    string,
    unknown
  >;
}

describe('numbers, dates and currencies per language', () => {
  const russian = createFormatters('ru');
  const english = createFormatters('en');

  it('groups digits and writes decimals the way each language does', () => {
    expect(russian.number(1234567.5)).toMatch(/^1\s234\s567,5$/);
    expect(english.number(1234567.5)).toBe('1,234,567.5');
    expect(russian.percent(0.67)).toMatch(/^67\s%$/);
    expect(english.percent(0.67)).toBe('67%');
  });

  it('writes a calendar date without shifting it by the time zone', () => {
    expect(russian.date('2027-03-01')).toBe('1 мар. 2027 г.');
    expect(english.date('2027-03-01')).toBe('1 Mar 2027');
  });

  it('formats currencies by code and keeps an unknown code beside the amount', () => {
    expect(english.currency(1234.5, 'RUB')).toMatch(/RUB\s?1,234\.50/);
    expect(russian.currency(1234.5, 'RUB')).toMatch(/^1\s234,50\s₽$/);
    expect(russian.currency(10, 'руб')).toBe('10 руб');
    expect(russian.currency(null, 'RUB')).toBe('—');
  });

  it('names file sizes in the interface language', () => {
    expect(russian.fileSize(830)).toBe('830 байт');
    expect(english.fileSize(830)).toBe('830 bytes');
    expect(russian.fileSize(1536)).toMatch(/^1,5\sКБ$/i);
    expect(english.fileSize(1536)).toBe('1.5 kB');
  });
});

describe('reasons from the server in the interface language', () => {
  let russian: TFunction;
  let english: TFunction;

  beforeAll(async () => {
    const instance = i18next.createInstance();
    await instance.init({
      resources: { ru: { translation: translations('ru') }, en: { translation: translations('en') } },
      lng: 'ru',
      interpolation: { escapeValue: false },
    });
    russian = instance.getFixedT('ru');
    english = instance.getFixedT('en');
  });

  it('words a failed parameter requirement the way the matcher states it', () => {
    // The reason comes from the domain itself, so a change of wording there shows up here.
    const check = checkRequirement(
      { kind: 'range', min: -40, max: 85, unit: 'degC' },
      { kind: 'range', min: -60, max: 125, unit: 'degC' },
    );
    const reason = `Диапазон рабочих температур: ${check.reason}`;
    expect(describeMatchReason(reason, russian)).toBe(
      'Диапазон рабочих температур: предложено -40 … 85 °C, не покрывает требуемое -60 … 125 °C',
    );
    expect(describeMatchReason(reason, english)).toBe(
      'Диапазон рабочих температур: offered -40 … 85 °C does not cover the required -60 … 125 °C',
    );
    const within = checkRequirement(
      { kind: 'number', value: 5, unit: 'V' },
      { kind: 'range', min: 4.5, max: 5.5, unit: 'V' },
    );
    expect(describeMatchReason(`Напряжение: ${within.reason}`, russian)).toBe(
      'Напряжение: предложено 5 В, в пределах требуемого 4.5 … 5.5 В',
    );
    // Units are named in the interface language, one-sided bounds and quoted values stay as compared.
    expect(describeMatchReason('Длина: offered 12 mm lies outside required ..10 mm', russian)).toBe(
      'Длина: предложено 12 мм, вне требуемого ..10 мм',
    );
    expect(describeMatchReason('Дозировка: offered 10 mg lies outside required 5..5 mg', russian)).toBe(
      'Дозировка: предложено 10 мг, вне требуемого 5 мг',
    );
    expect(describeMatchReason('Резьба: offered "M27x2" is one of the required values M27x2', russian)).toBe(
      'Резьба: предложено "M27x2" — одно из допустимых значений M27x2',
    );
    expect(
      describeMatchReason('lead time: 90 days, ready by 2027-05-01, needed by 2027-03-01', russian),
    ).toContain('срок поставки 90 дн.');
    expect(describeMatchReason('something new the matcher says', russian)).toBe(
      'something new the matcher says',
    );
  });

  it('words the import row problems the reader must fix', () => {
    expect(describeProblemReason('not a number', russian)).toBe('это не число');
    expect(describeProblemReason('the same external id is already on row 4', russian)).toBe(
      'этот код уже встречается в строке 4',
    );
    expect(describeProblemReason('the file has no "name" column', english)).toBe(
      'the file has no "name" column',
    );
    expect(describeProblemReason('an unforeseen reason', russian)).toBe('an unforeseen reason');
  });

  it('says audit-log actions and record kinds in words, and an unknown one as written', () => {
    expect(describeAuditAction('demand_list.import', russian)).toBe('Импорт горячего списка');
    expect(describeAuditAction('demand_list.import', english)).toBe('Hot list imported');
    expect(describeAuditAction('offer.create', english)).toBe('Product offered to a buyer');
    expect(describeAuditAction('widget.launch', russian)).toBe('widget.launch');
    expect(describeAuditAction('demand_list', russian)).toBe('demand_list');
    expect(describeAuditAction('demand_list.import.extra', russian)).toBe('demand_list.import.extra');
    expect(describeAuditEntity('demand_line', russian)).toBe('позиция горячего списка');
    expect(describeAuditEntity('product_offer', english)).toBe('product offer');
    expect(describeAuditEntity('gadget', english)).toBe('gadget');
  });

  it('has words for every action the server writes to the audit log', () => {
    const actions = [
      'api_token.create',
      'api_token.revoke',
      'user.reset_password',
      'invitation.create',
      'membership.join',
      'membership.update',
      'membership.remove',
      'user.create',
      'product.create',
      'product.update',
      'product.delete',
      'organisation.create',
      'organisation.update',
      'organisation.delete',
      'demand_list.create',
      'demand_list.update',
      'demand_list.delete',
      'demand_list.import',
      'demand_list.share',
      'demand_line.create',
      'demand_line.update',
      'demand_line.delete',
      'demand_line.move',
      'products.import',
      'analogues.import',
      'offer.create',
    ];
    for (const action of actions) {
      expect(describeAuditAction(action, russian), action).not.toBe(action);
      expect(describeAuditAction(action, english), action).not.toBe(action);
    }
  });
});

describe('the line lifecycle offered by the interface', () => {
  it('offers exactly the moves the server allows', () => {
    for (const from of demandLineStatuses) {
      for (const to of demandLineStatuses) {
        if (from === to) continue;
        expect(allowedMoves(from).includes(to), `${from} → ${to}`).toBe(canMoveDemandLine(from, to));
      }
    }
  });
});
