/**
 * Writes packages/demo-data/data/classifier-subset.json: every TN VED and OKPD2 code used by the demo catalogs and
 * hot lists, with all their ancestors, taken from the full classifier files in ../shared/data/classifiers (beside
 * the repository). The full files are never copied into the repository; the subset stays a few hundred entries.
 *
 *   npx tsx packages/demo-data/scripts/extract-classifier-subset.ts
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { DemoClassifierEntry, DemoClassifierLevel } from '../src/index';
import { toSectionCode } from '@coopex/import';

const here = dirname(fileURLToPath(import.meta.url));
const dataDir = resolve(here, '../data');
const classifierDir = resolve(here, '../../../../shared/data/classifiers');

if (!existsSync(classifierDir)) {
  console.error(`${classifierDir} not found: the shared classifier files are needed to extract the subset`);
  process.exit(1);
}

// ----------------------------------------------------------------------------------- codes in use
const used = { tnved: new Set<string>(), okpd2: new Set<string>() };
for (const folder of ['products', 'hot-lists', 'programs']) {
  for (const name of readdirSync(join(dataDir, folder)).filter((n) => n.endsWith('.csv'))) {
    const rows = parse(readFileSync(join(dataDir, folder, name), 'utf8'), { columns: true }) as Record<
      string,
      string
    >[];
    for (const row of rows) {
      if (row.tnved) used.tnved.add(row.tnved);
      if (row.okpd2) used.okpd2.add(row.okpd2);
    }
  }
}

// ----------------------------------------------------------------------------------------- names
/** «СХЕМЫ ЭЛЕКТРОННЫЕ (LED)» → «Схемы электронные (LED)»: Cyrillic lower-cased, Latin abbreviations kept. */
function sentenceCase(text: string): string {
  const lower = text
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[А-ЯЁ]/g, (c) => c.toLowerCase());
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/** «- - - прочие5)» → «прочие» */
function fragment(name: string): string {
  return name
    .replace(/\s+/g, ' ')
    .replace(/^[\s-]+/, '')
    .replace(/\s*\d\)\s*$/, '')
    .trim();
}

/** Short forms of long heading names, used as the prefix of item names (the heading entry keeps the full name). */
const headingShortNames: Record<string, string> = {
  '2916': 'Кислоты монокарбоновые ненасыщенные и циклические, их производные',
  '2918': 'Кислоты карбоновые с дополнительной кислородсодержащей функциональной группой',
  '3001': 'Железы и прочие органы для органотерапии; гепарин и его соли',
  '3002': 'Кровь; сыворотки иммунные, иммунологические продукты, вакцины',
  '4009': 'Трубы, трубки и шланги из вулканизованной резины',
  '4010': 'Ленты конвейерные и ремни приводные из вулканизованной резины',
  '4016': 'Изделия из вулканизованной резины прочие',
  '8207': 'Сменные рабочие инструменты для станков и ручных инструментов',
  '8413': 'Насосы жидкостные; подъемники жидкостей',
  '8421': 'Оборудование для фильтрования или очистки жидкостей или газов; центрифуги',
  '8432': 'Машины сельскохозяйственные для подготовки и обработки почвы',
  '8433': 'Машины для уборки или обмолота сельскохозяйственных культур',
  '8443': 'Машины печатные и принтеры; их части',
  '8466': 'Части и принадлежности станков; приспособления для крепления инструмента или деталей',
  '8481': 'Краны, клапаны, вентили и аналогичная арматура',
  '8483': 'Валы трансмиссионные, корпуса подшипников, зубчатые и винтовые передачи, муфты',
  '8501': 'Двигатели и генераторы электрические',
  '8504': 'Трансформаторы электрические и статические преобразователи',
  '8507': 'Аккумуляторы электрические',
  '8536':
    'Аппаратура электрическая для коммутации, защиты и подсоединения цепей на напряжение не более 1000 В',
  '8537': 'Пульты, панели и щиты для управления или распределения электрического тока',
  '8541': 'Приборы полупроводниковые',
  '8708': 'Части и принадлежности моторных транспортных средств',
  '8716': 'Прицепы и полуприцепы; их части',
  '9001': 'Волокна оптические; линзы, призмы, зеркала без оправы',
  '9002': 'Линзы, призмы, зеркала и прочие оптические элементы в сборе',
  '9005': 'Бинокли, монокуляры и зрительные трубы',
  '9011': 'Микроскопы оптические сложные',
  '9018': 'Приборы и устройства, применяемые в медицине',
  '9019': 'Аппаратура для механотерапии; терапевтическая дыхательная аппаратура',
  '9031': 'Измерительные или контрольные приборы, устройства и машины прочие',
};

/** A heading name short enough to prefix item names: a curated short form, or the name cut before a parenthesis. */
function shortHeading(code: string, name: string): string {
  const curated = headingShortNames[code];
  if (curated) return curated;
  const text = sentenceCase(name);
  if (text.length <= 90) return text;
  const cut = text.search(/\s\(|;/);
  return cut > 20 ? text.slice(0, cut) : text;
}

/**
 * Wording of the six-digit subheadings (EAEU TN VED) that the leaf file does not carry. Used only to make item
 * names readable («Схемы электронные интегральные: усилители» instead of «- - - прочие»); the subheading entries
 * themselves keep a null name unless the leaves give one.
 */
const subheadingNames: Record<string, string> = {
  '300410':
    'содержащие пенициллины или их производные, имеющие структуру пенициллановой кислоты, или стрептомицины или их производные',
  '300420': 'прочие, содержащие антибиотики',
  '300431': 'содержащие инсулин',
  '300432': 'содержащие кортикостероидные гормоны, их производные или структурные аналоги',
  '300450': 'прочие, содержащие витамины или другие соединения товарной позиции 2936',
  '300490': 'лекарственные средства прочие',
  '300215':
    'иммунологические продукты, расфасованные в виде дозированных лекарственных форм или в формы или упаковки для розничной продажи',
  '300190':
    'вещества человеческого или животного происхождения для терапевтического или профилактического применения прочие',
  '291822': 'o-ацетилсалициловая кислота, ее соли и сложные эфиры',
  '291639':
    'кислоты ароматические монокарбоновые прочие, их ангидриды, галогенангидриды, пероксиды, пероксикислоты и их производные',
  '292429': 'амиды циклические прочие (включая циклические карбаматы) и их производные; соли этих соединений',
  '292529': 'имины и их производные прочие; соли этих соединений',
  '293359': 'соединения, содержащие в структуре пиримидиновое кольцо или пиперазиновое кольцо, прочие',
  '293399': 'соединения гетероциклические, содержащие лишь гетероатом(ы) азота, прочие',
  '293627': 'витамин C и его производные',
  '294110': 'пенициллины и их производные, имеющие структуру пенициллановой кислоты; соли этих соединений',
  '294190': 'антибиотики прочие',
  '401093': 'изделия из вулканизованной резины прочие: прокладки, шайбы и другие уплотнители',
  '401034':
    'бесконечные приводные ремни трапецеидального поперечного сечения (клиновые ремни), кроме ребристых, с длиной наружной окружности более 180 см, но не более 240 см',
  '401039': 'ремни приводные прочие',
  '400942':
    'трубы и шланги, армированные или иным способом комбинированные с другими материалами, с фитингами',
  '401693': 'прокладки, шайбы и другие уплотнители',
  '681381': 'тормозные накладки и колодки, не содержащие асбеста',
  '681389': 'фрикционные материалы и изделия из них прочие, не содержащие асбеста',
  '731511': 'цепи роликовые',
  '820750': 'инструменты для сверления, кроме инструментов для бурения скальных пород',
  '820770': 'инструменты для фрезерования',
  '820840':
    'ножи и режущие лезвия для машин, применяемых в сельском хозяйстве, садоводстве или лесном хозяйстве',
  '841221': 'двигатели гидравлические линейного действия (цилиндры)',
  '841229': 'двигатели гидравлические прочие',
  '841231': 'двигатели пневматические линейного действия (цилиндры)',
  '841330': 'насосы топливные, смазочные или для охлаждающей жидкости для двигателей внутреннего сгорания',
  '841350': 'насосы объемные возвратно-поступательные прочие',
  '841360': 'насосы объемные роторные прочие',
  '842123': 'оборудование для фильтрования масла или топлива в двигателях внутреннего сгорания',
  '842129': 'оборудование и устройства для фильтрования или очистки жидкостей прочие',
  '842131': 'воздушные фильтры для двигателей внутреннего сгорания',
  '842199': 'части оборудования и устройств для фильтрования или очистки жидкостей или газов',
  '843290': 'части машин для подготовки и обработки почвы',
  '843390': 'части машин для уборки или обмолота сельскохозяйственных культур',
  '844399': 'части и принадлежности печатных машин и принтеров прочие',
  '846610': 'держатели инструментов и самораскрывающиеся резьбонарезные головки',
  '846620': 'держатели обрабатываемых деталей',
  '846630': 'делительные головки и другие специальные приспособления к оборудованию',
  '846693': 'части и принадлежности для станков товарных позиций 8456–8461',
  '848110': 'клапаны редукционные для регулирования давления',
  '848120': 'клапаны для маслогидравлических или пневматических трансмиссий',
  '848210': 'подшипники шариковые',
  '848220':
    'подшипники роликовые конические, включая внутренние конические кольца с сепаратором и роликами в сборе',
  '848230': 'подшипники роликовые сферические',
  '848240': 'подшипники роликовые игольчатые, включая сепараторы с игольчатыми роликами в сборе',
  '848250': 'подшипники роликовые цилиндрические прочие, включая сепараторы с роликами в сборе',
  '848320': 'корпуса подшипников со встроенными шариковыми или роликовыми подшипниками',
  '848340':
    'передачи зубчатые; шариковые или роликовые винтовые передачи; коробки передач и другие вариаторы скорости',
  '848350': 'маховики и шкивы, включая блоки шкивов',
  '848360': 'муфты и устройства для соединения валов (включая универсальные шарниры)',
  '848390': 'зубчатые колеса, звездочки и другие элементы передач, представленные отдельно; части',
  '850151': 'двигатели переменного тока многофазные номинальной выходной мощностью не более 750 Вт',
  '850152':
    'двигатели переменного тока многофазные номинальной выходной мощностью более 750 Вт, но не более 75 кВт',
  '850440': 'статические преобразователи',
  '850760': 'аккумуляторы литий-ионные',
  '853210': 'конденсаторы постоянной емкости для электрических цепей с частотой 50/60 Гц',
  '853222': 'конденсаторы постоянной емкости алюминиевые электролитические',
  '853224': 'конденсаторы постоянной емкости керамические многослойные',
  '853310': 'резисторы постоянные угольные, композитные или пленочные',
  '853620': 'автоматические выключатели',
  '853641': 'реле на напряжение не более 60 В',
  '853649': 'реле прочие',
  '853669': 'штепсели и розетки прочие',
  '853690': 'аппаратура прочая',
  '853710': 'пульты, панели, консоли, столы, распределительные щиты на напряжение не более 1000 В',
  '854121': 'транзисторы, кроме фототранзисторов, с мощностью рассеивания менее 1 Вт',
  '854129': 'транзисторы, кроме фототранзисторов, прочие',
  '854130': 'тиристоры, диаки и триаки, кроме фоточувствительных приборов',
  '854141': 'светодиоды (LED)',
  '854149': 'приборы полупроводниковые фоточувствительные прочие',
  '854110': 'диоды, кроме фотодиодов и светодиодов (LED)',
  '854231':
    'процессоры и контроллеры, объединенные или не объединенные с запоминающими устройствами, преобразователями, логическими схемами, усилителями, синхронизирующими и прочими схемами',
  '854232': 'запоминающие устройства',
  '854233': 'усилители',
  '854239': 'схемы интегральные прочие',
  '870830': 'тормоза и сервотормоза; их части',
  '870840': 'коробки передач и их части',
  '870850':
    'мосты ведущие с дифференциалом в сборе или отдельно от других элементов трансмиссии и мосты неведущие; их части',
  '870893': 'сцепления в сборе и их части',
  '870894': 'рулевые колеса, рулевые колонки и картеры рулевых механизмов; их части',
  '870899': 'части и принадлежности прочие',
  '871690': 'части прицепов и полуприцепов',
  '900110': 'волокна оптические, жгуты и кабели волоконно-оптические',
  '900190': 'линзы, призмы, зеркала и прочие оптические элементы прочие',
  '900220': 'светофильтры',
  '900510': 'бинокли',
  '900211':
    'объективы для камер, проекторов или фотоувеличителей или оборудования для проецирования с уменьшением',
  '900219': 'объективы прочие',
  '900290': 'оптические элементы в сборе прочие',
  '901110': 'микроскопы стереоскопические',
  '901180': 'микроскопы прочие',
  '901811': 'электрокардиографы',
  '901812': 'аппаратура ультразвукового сканирования',
  '901819': 'аппаратура электродиагностическая прочая',
  '901831': 'шприцы с иглами или без них',
  '901832': 'иглы трубчатые металлические и иглы для наложения швов',
  '901839': 'иглы, катетеры, канюли и аналогичные инструменты прочие',
  '901890': 'инструменты и устройства прочие',
  '901920':
    'аппаратура для озоновой, кислородной и аэрозольной терапии, искусственного дыхания или прочая терапевтическая дыхательная аппаратура',
  '903149': 'приборы и устройства оптические прочие',
  '903180': 'приборы, устройства и машины прочие',
};

// ---------------------------------------------------------------------------------------- TN VED
interface TnvedSection {
  chapter: string;
  naim: string;
  groups:
    | {
        code: string;
        naim: string;
        goods: { code: string; naim: string; subs: { code: string; naim: string }[] | null }[] | null;
      }[]
    | null;
}

const tnved = JSON.parse(readFileSync(join(classifierDir, 'tnved-2022.json'), 'utf8')) as TnvedSection[];
const sections = new Map<string, { roman: string; name: string }>();
const chapters = new Map<string, { name: string; section: string }>();
const headings = new Map<string, { name: string; leaves: { code: string; naim: string }[] }>();
const leaves = new Map<string, string>();
for (const section of tnved) {
  if (!section.groups) continue;
  const roman = toSectionCode(section.chapter)!;
  sections.set(roman, { roman, name: sentenceCase(section.naim) });
  for (const group of section.groups) {
    chapters.set(group.code, { name: sentenceCase(group.naim), section: roman });
    for (const heading of group.goods ?? []) {
      headings.set(heading.code, { name: heading.naim, leaves: heading.subs ?? [] });
      for (const sub of heading.subs ?? []) leaves.set(sub.code, sub.naim);
    }
  }
}

/**
 * The subheading's own name, when the leaves give it: only an undivided subheading (one item ending in 0000) has
 * its own line in the file; a divided one has no line of its own, so its name stays null.
 */
function subheadingName(code6: string): string | null {
  const heading = headings.get(code6.slice(0, 4));
  const items = heading?.leaves.filter((leaf) => leaf.code.startsWith(code6)) ?? [];
  const only = items.length === 1 ? items[0] : undefined;
  return only?.code.endsWith('0000') ? fragment(only.naim) : null;
}

/** The subheading wording used inside item names: the leaf-given name, else the curated description. */
function subheadingDescription(code6: string): string | null {
  return subheadingName(code6) ?? subheadingNames[code6] ?? null;
}

const UNINFORMATIVE = new Set(['прочие', 'прочее', 'прочая', 'прочий']);

/** «Схемы электронные интегральные: усилители» rather than «- - - прочие». */
function itemName(headingCode: string, headingName: string, sub: string | null, own: string): string {
  const prefix = shortHeading(headingCode, headingName);
  if (sub === null) return `${prefix}: ${own}`;
  const redundant = UNINFORMATIVE.has(own.toLowerCase()) || sub.toLowerCase().includes(own.toLowerCase());
  return redundant ? `${prefix}: ${sub}` : `${prefix}: ${sub}, ${own}`;
}

const entries = new Map<string, DemoClassifierEntry>();
function add(
  system: 'tnved' | 'okpd2',
  code: string,
  parentCode: string | null,
  level: DemoClassifierLevel,
  nameRu: string | null,
) {
  const key = `${system}:${code}`;
  if (entries.has(key)) return;
  entries.set(key, {
    system,
    code,
    parentCode,
    level,
    nameRu,
    nameEn: null,
    validFrom: '2022-01-01',
    validTo: null,
  });
}

const missingSubheadings = new Set<string>();
for (const code of [...used.tnved].sort()) {
  const leafName = leaves.get(code);
  if (leafName === undefined) {
    console.error(`TN VED ${code} is not in tnved-2022.json`);
    process.exit(1);
  }
  const h4 = code.slice(0, 4);
  const h6 = code.slice(0, 6);
  const ch = code.slice(0, 2);
  const chapter = chapters.get(ch)!;
  const heading = headings.get(h4)!;
  const sub = subheadingDescription(h6);
  if (sub === null) missingSubheadings.add(h6);
  const ownSubheadingName = subheadingName(h6);
  const own = fragment(leafName);
  add('tnved', chapter.section, null, 'section', sections.get(chapter.section)!.name);
  add('tnved', ch, chapter.section, 'chapter', chapter.name);
  add('tnved', h4, ch, 'heading', sentenceCase(heading.name));
  add(
    'tnved',
    h6,
    h4,
    'subheading',
    ownSubheadingName === null
      ? null
      : ownSubheadingName.charAt(0).toUpperCase() + ownSubheadingName.slice(1),
  );
  add('tnved', code, h6, 'item', itemName(h4, heading.name, sub, own));
}
if (missingSubheadings.size > 0)
  console.warn(`subheadings without a name: ${[...missingSubheadings].join(', ')}`);

// ----------------------------------------------------------------------------------------- OKPD2
const okpd2 = JSON.parse(readFileSync(join(classifierDir, 'okpd2-tree.json'), 'utf8')) as Record<
  string,
  Record<string, string>
>;
const okpd2Names = new Map<string, string>();
for (const top of Object.values(okpd2))
  for (const [code, name] of Object.entries(top)) okpd2Names.set(code, name);

const OKPD2_LEVELS: Record<number, DemoClassifierLevel> = {
  2: 'class',
  3: 'subclass',
  4: 'group',
  5: 'subgroup',
  6: 'kind',
  9: 'category',
};
const digits = (code: string) => code.replace(/\./g, '').length;

/**
 * The nearest existing ancestor, as the OKPD2 importer reads the tree: a code like 26.11.22.214 belongs to
 * 26.11.22.210 when the file has it; otherwise, and for every other code, to the longest shorter dotted prefix
 * that exists (26.11.30.000 → 26.11.30 → 26.11.3 → 26.11 → 26.1 → 26).
 */
function okpd2Parent(code: string): string | null {
  const candidates: string[] = [];
  if (digits(code) === 9 && !code.endsWith('0')) candidates.push(`${code.slice(0, -1)}0`);
  const flat = code.replace(/\./g, '');
  for (let n = Math.min(digits(code) - 1, 6); n >= 2; n -= 1) {
    candidates.push(dotted(flat.slice(0, n)));
  }
  return candidates.find((c) => c !== code && okpd2Names.has(c)) ?? null;
}

/** '261130' → '26.11.30', '26113' → '26.11.3' */
function dotted(flat: string): string {
  return [flat.slice(0, 2), flat.slice(2, 4), flat.slice(4, 6)].filter(Boolean).join('.');
}

for (const code of [...used.okpd2].sort()) {
  if (!okpd2Names.has(code)) {
    console.error(`OKPD2 ${code} is not in okpd2-tree.json`);
    process.exit(1);
  }
  let current: string | null = code;
  while (current !== null) {
    const parent = okpd2Parent(current);
    const level = OKPD2_LEVELS[digits(current)];
    if (!level) throw new Error(`unexpected OKPD2 code ${current}`);
    add('okpd2', current, parent, level, okpd2Names.get(current)!);
    current = parent;
  }
}

const systemOrder = { tnved: 0, okpd2: 1 };
/** Sections first (in Roman order), then codes in plain character order. */
const sortKey = (code: string) =>
  /^[IVX]+$/.test(code) ? `0${String(sectionNumberOf(code)).padStart(2, '0')}` : `1${code}`;
const subset = [...entries.values()].sort((a, b) => {
  if (a.system !== b.system) return systemOrder[a.system] - systemOrder[b.system];
  const [x, y] = [sortKey(a.code), sortKey(b.code)];
  return x < y ? -1 : x > y ? 1 : 0;
});
writeFileSync(join(dataDir, 'classifier-subset.json'), `${JSON.stringify(subset, null, 2)}\n`);
console.log(
  `classifier-subset.json: ${subset.length} entries (${used.tnved.size} TN VED and ${used.okpd2.size} OKPD2 codes in use)`,
);

/** Sections sort by their number, not by the spelling of their Roman numeral. */
function sectionNumberOf(code: string): number {
  for (let number = 1; number <= 30; number++) if (toSectionCode(String(number)) === code) return number;
  return 0;
}
