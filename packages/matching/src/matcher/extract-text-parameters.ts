import type { ProductParameter } from '@coopex/domain';

const number = String.raw`[-+−]?\d+(?:[.,]\d+)?`;
const rangeSeparator = String.raw`\s*(?:\.\.\.?|…|–|—|-|to|до)\s*`;

// Compiled once: names of a million products go through them.
const temperaturePattern = new RegExp(`(${number})${rangeSeparator}(${number})\\s*°\\s*[CС]`, 'iu');
const voltagePattern = new RegExp(`(${number})${rangeSeparator}(${number})\\s*(?:V|В)(?![\\p{L}])`, 'iu');
const diameterPattern = new RegExp(
  `(?:диаметр(?:ом)?|diameter|Ø|⌀|\\bd\\s*=)\\s*(${number})\\s*(мм|mm)?`,
  'iu',
);

function toNumber(text: string): number {
  return Number(text.replace('−', '-').replace(',', '.').replace(/^\+/, ''));
}

/**
 * Parameters written into names and descriptions rather than into parameter columns: operating temperature
 * («−60…+125 °C»), supply voltage («4.5-5.5V»), package («SOIC-8», «DIP-14», «TO-220», «КТ-28»), metric thread
 * («М10»), diameter («диаметр 12 мм», «Ø12», «d=12»), dimensions («12x40», «35х7,5 мм»).
 */
export function extractTextParameters(text: string): ProductParameter[] {
  const found: ProductParameter[] = [];
  // Each pattern runs only where its telling character appears: most names state none of these.
  const temperature = text.includes('°') ? temperaturePattern.exec(text) : null;
  if (temperature) {
    found.push({
      name: 'температура (из текста)',
      value: { kind: 'range', min: toNumber(temperature[1]!), max: toNumber(temperature[2]!), unit: 'degC' },
    });
  }
  const voltageRange = voltagePattern.exec(text);
  if (voltageRange) {
    found.push({
      name: 'напряжение (из текста)',
      value: { kind: 'range', min: toNumber(voltageRange[1]!), max: toNumber(voltageRange[2]!), unit: 'V' },
    });
  }
  const packageName =
    /\b(SOIC|SOP|SSOP|TSSOP|DIP|PDIP|QFN|LQFP|TQFP|QFP|BGA|SOT|TO|DPAK|D2PAK|КТ|Н|МК)[-‐]?(\d{1,3}[A-Z]?)\b/iu.exec(
      text,
    );
  if (packageName && packageName[1]!.length >= 2) {
    found.push({
      name: 'корпус (из текста)',
      value: { kind: 'text', value: `${packageName[1]!.toUpperCase()}-${packageName[2]!.toUpperCase()}` },
    });
  }
  const thread = /(?:^|[^\p{L}\d])[MМ](\d{1,2}(?:[.,]\d+)?)(?:[xх×*]\d+(?:[.,]\d+)?)?(?![\p{L}\d])/u.exec(
    text,
  );
  if (thread)
    found.push({
      name: 'резьба (из текста)',
      value: { kind: 'text', value: `M${thread[1]!.replace(',', '.')}` },
    });
  const diameter = diameterPattern.exec(text);
  if (diameter) {
    found.push({
      name: 'диаметр (из текста)',
      value: { kind: 'number', value: toNumber(diameter[1]!), unit: 'mm' },
    });
  }
  return found;
}
