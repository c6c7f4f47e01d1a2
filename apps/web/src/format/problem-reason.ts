import type { TFunction } from 'i18next';

/**
 * Row problems arrive as short English reasons from the import (see packages/import). The common ones are
 * recognised here and said in the interface language; anything else is shown as the server wrote it.
 */
const knownReasons: Array<{ pattern: RegExp; key: string; names?: string[] }> = [
  { pattern: /^required$/, key: 'required' },
  { pattern: /^name is required$/, key: 'nameRequired' },
  { pattern: /^value is empty$/, key: 'valueEmpty' },
  { pattern: /^not a number$/, key: 'notANumber' },
  { pattern: /^must be a whole number$/, key: 'wholeNumber' },
  { pattern: /^no such date$/, key: 'noSuchDate' },
  { pattern: /^date must be written as/, key: 'dateFormat' },
  { pattern: /^unknown unit of measure in the header$/, key: 'unknownUnitInHeader' },
  { pattern: /^unknown unit of measure$/, key: 'unknownUnit' },
  { pattern: /^unknown unit "(.+)"$/, key: 'unknownNamedUnit', names: ['unit'] },
  { pattern: /^not a unit code from the unit table$/, key: 'unknownUnit' },
  { pattern: /^currency must be an ISO 4217 code/, key: 'currency' },
  { pattern: /^unknown country/, key: 'unknownCountry' },
  { pattern: /^criticality must be one of (.+)$/, key: 'criticality', names: ['values'] },
  { pattern: /^status must be one of (.+)$/, key: 'status', names: ['values'] },
  { pattern: /^analogue grade must be one of (.+)$/, key: 'analogueGrade', names: ['values'] },
  { pattern: /^the same external id is already on row (\d+)$/, key: 'duplicateExternalId', names: ['row'] },
  { pattern: /^unknown (\S+) code$/, key: 'unknownCode', names: ['system'] },
  { pattern: /^the (\S+) classifier is not loaded/, key: 'classifierNotLoaded', names: ['system'] },
  { pattern: /^the file has no "(.+)" column$/, key: 'missingColumn', names: ['column'] },
  { pattern: /^more than one column fills this field$/, key: 'duplicateColumn' },
  { pattern: /^the row has more cells than the header has columns$/, key: 'extraCells' },
  { pattern: /^pattern is not a valid regular expression$/, key: 'badPattern' },
  { pattern: /^CSV_QUOTE_NOT_CLOSED$/, key: 'quoteNotClosed' },
];

export function describeProblemReason(reason: string, t: TFunction): string {
  for (const known of knownReasons) {
    const match = known.pattern.exec(reason);
    if (!match) continue;
    const values: Record<string, string> = {};
    (known.names ?? []).forEach((name, index) => {
      values[name] = match[index + 1] ?? '';
    });
    return t(`importReasons.${known.key}`, values);
  }
  return reason;
}
