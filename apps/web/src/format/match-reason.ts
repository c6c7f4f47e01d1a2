import type { TFunction } from 'i18next';

/**
 * The matcher words its verdicts in English ("Диапазон рабочих температур: offered -40..85 degC does not cover
 * required -60..125 degC"). These patterns cover what packages/domain and packages/matching write, so buyers read
 * them in the interface language; values and units stay as compared. Anything unknown is shown as written.
 */
const verdicts: Array<{ pattern: RegExp; key: string; names: string[] }> = [
  {
    pattern: /^offered (.+) does not cover required (.+)$/,
    key: 'doesNotCover',
    names: ['offered', 'required'],
  },
  { pattern: /^offered (.+) covers required (.+)$/, key: 'covers', names: ['offered', 'required'] },
  {
    pattern: /^offered option (.+) lies within required (.+)$/,
    key: 'optionWithin',
    names: ['offered', 'required'],
  },
  {
    pattern: /^none of the offered options (.+) lies within required (.+)$/,
    key: 'noOptionWithin',
    names: ['offered', 'required'],
  },
  { pattern: /^offered (.+) lies within required (.+)$/, key: 'within', names: ['offered', 'required'] },
  { pattern: /^offered (.+) lies outside required (.+)$/, key: 'outside', names: ['offered', 'required'] },
  {
    pattern: /^offered (.+) is not one of the required values (.+)$/,
    key: 'notOneOf',
    names: ['offered', 'required'],
  },
  {
    pattern: /^offered (.+) is one of the required values (.+)$/,
    key: 'oneOf',
    names: ['offered', 'required'],
  },
  {
    pattern: /^offered (.+) does not match required pattern (.+)$/,
    key: 'noPattern',
    names: ['offered', 'required'],
  },
  { pattern: /^offered (.+) matches required pattern (.+)$/, key: 'pattern', names: ['offered', 'required'] },
  {
    pattern: /^offered (.+) is not a number, required (.+)$/,
    key: 'notANumber',
    names: ['offered', 'required'],
  },
  { pattern: /^not stated$/, key: 'notStated', names: [] },
];

const whole: Array<{ pattern: RegExp; key: string; names: string[] }> = [
  {
    pattern: /^lead time: (\d+) days, ready by (\S+), needed by (\S+)$/,
    key: 'leadTime',
    names: ['days', 'readyBy', 'neededBy'],
  },
  {
    pattern: /^analogue grade: (\S+) analogue of (.+), (\S+) required$/,
    key: 'analogueGrade',
    names: ['grade', 'part', 'minimum'],
  },
  {
    pattern: /^published capacity covers at least (\d+)% of (\S+) (\S+) per year$/,
    key: 'capacityShort',
    names: ['share', 'quantity', 'unit'],
  },
  { pattern: /^no producer states its yearly capacity$/, key: 'noCapacity', names: [] },
];

function valuesOf(match: RegExpExecArray, names: string[]): Record<string, string> {
  const values: Record<string, string> = {};
  names.forEach((name, index) => {
    values[name] = match[index + 1] ?? '';
  });
  return values;
}

/**
 * A compared value as the matcher wrote it ("106..110 mm", "-40..85 degC", "..10 V") in the interface's notation:
 * the unit by its name in the interface language and a two-sided range with the ellipsis used elsewhere
 * (106 … 110 мм). Values that are not a number or a range with a unit (quoted text, option lists) stay as written.
 */
function localizeValue(value: string, t: TFunction): string {
  const match = /^(-?[\d.]*\d(?:\.\.-?[\d.]*\d)?|\.\.-?[\d.]*\d|-?[\d.]*\d\.\.) (\S+)$/.exec(value);
  if (!match) return value;
  // A range of one value (5..5 mg, a required exact dose) reads as that value.
  const figure = match[1]!
    .replace(/^(-?[\d.]*\d)\.\.\1$/, '$1')
    .replace(/^(-?[\d.]*\d)\.\.(-?[\d.]*\d)$/, '$1 … $2');
  return `${figure} ${t(`units.${match[2]!}`, { defaultValue: match[2]! })}`;
}

function localizedValuesOf(match: RegExpExecArray, names: string[], t: TFunction): Record<string, string> {
  const values = valuesOf(match, names);
  for (const name of ['offered', 'required']) {
    if (values[name] !== undefined) values[name] = localizeValue(values[name], t);
  }
  return values;
}

export function describeMatchReason(reason: string, t: TFunction): string {
  for (const known of whole) {
    const match = known.pattern.exec(reason);
    if (!match) continue;
    const values = valuesOf(match, known.names);
    if (values.unit !== undefined) values.unit = t(`units.${values.unit}`, { defaultValue: values.unit });
    return t(`matchReasons.${known.key}`, values);
  }
  // "<parameter>: <verdict>"; a parameter name may itself hold a colon, so try each split from the right.
  for (let index = reason.lastIndexOf(': '); index > 0; index = reason.lastIndexOf(': ', index - 1)) {
    const name = reason.slice(0, index);
    const verdict = reason.slice(index + 2);
    for (const known of verdicts) {
      const match = known.pattern.exec(verdict);
      if (match)
        return `${name}: ${t(`matchReasons.${known.key}`, localizedValuesOf(match, known.names, t))}`;
    }
  }
  return reason;
}
