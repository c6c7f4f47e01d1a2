/**
 * Parameter names differ between catalogs («Диапазон рабочих температур», «Температура эксплуатации»,
 * «Operating temperature»). A kind groups names that mean the same measurement, so a requirement finds the
 * product's value under another name. Keywords are matched at the start of words, case-insensitively.
 */
const kindKeywords: ReadonlyArray<{ kind: string; keywords: readonly string[] }> = [
  { kind: 'temperature', keywords: ['температур', 'temperature', 'temp'] },
  { kind: 'voltage', keywords: ['напряжен', 'voltage', 'питани'] },
  { kind: 'current', keywords: ['ток', 'current'] },
  { kind: 'power', keywords: ['мощност', 'power'] },
  { kind: 'frequency', keywords: ['частот', 'frequency'] },
  { kind: 'package', keywords: ['корпус', 'package', 'case'] },
  { kind: 'inner-diameter', keywords: ['внутренн', 'inner', 'bore'] },
  { kind: 'outer-diameter', keywords: ['наружн', 'outer'] },
  { kind: 'diameter', keywords: ['диаметр', 'diameter', 'ø'] },
  { kind: 'thread', keywords: ['резьб', 'thread'] },
  { kind: 'length', keywords: ['длин', 'length'] },
  { kind: 'width', keywords: ['ширин', 'width'] },
  { kind: 'pressure', keywords: ['давлен', 'pressure'] },
  { kind: 'rotation', keywords: ['вращени', 'оборот', 'rpm', 'speed'] },
  { kind: 'resistance', keywords: ['сопротивлен', 'resistance'] },
  { kind: 'capacitance', keywords: ['емкост', 'ёмкост', 'capacitance'] },
  { kind: 'mass', keywords: ['масс', 'вес', 'weight', 'mass'] },
];

export function normalizeParameterName(name: string): string {
  return name.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
}

/** The kind a parameter name belongs to, or null when no keyword says. The first listed kind wins. */
export function parameterKind(name: string): string | null {
  const words = normalizeParameterName(name).split(/[^\p{L}\p{N}ø]+/u);
  for (const { kind, keywords } of kindKeywords) {
    if (words.some((word) => keywords.some((keyword) => word.startsWith(keyword)))) return kind;
  }
  return null;
}
