import { existsSync, readFileSync } from 'node:fs';
import type { CatalogItem, MatchQuery } from '@coopex/matching';

/** A small deterministic generator (mulberry32), so every run and every worker builds the same catalog. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface ProductFamily {
  heading: string;
  nouns: Array<[string, string]>;
  adjectives: Array<[string, string]>;
  prefixes: string[];
  parameter: { name: string; unit: string; ranges: Array<[number, number]> };
}

/** Product families of the union's industries, with the TN VED heading each belongs to. */
const families: ProductFamily[] = [
  {
    heading: '8542',
    nouns: [
      ['микросхема', 'integrated circuit'],
      ['усилитель операционный', 'operational amplifier'],
      ['микроконтроллер', 'microcontroller'],
      ['стабилизатор напряжения', 'voltage regulator'],
    ],
    adjectives: [
      ['интегральная', 'integrated'],
      ['малошумящий', 'low-noise'],
      ['сдвоенный', 'dual'],
      ['прецизионный', 'precision'],
    ],
    prefixes: ['КР', 'К', '1564', '1986', 'LM', 'TL', 'AD', 'MCP'],
    parameter: {
      name: 'Диапазон рабочих температур',
      unit: 'degC',
      ranges: [
        [-60, 125],
        [-40, 85],
        [0, 70],
        [-45, 100],
      ],
    },
  },
  {
    heading: '8541',
    nouns: [
      ['транзистор', 'transistor'],
      ['диод', 'diode'],
      ['тиристор', 'thyristor'],
      ['светодиод', 'LED'],
    ],
    adjectives: [
      ['биполярный', 'bipolar'],
      ['полевой', 'field-effect'],
      ['выпрямительный', 'rectifier'],
      ['мощный', 'power'],
    ],
    prefixes: ['КТ', 'КП', 'КД', '2Т', 'IRF', 'BC', 'BD'],
    parameter: {
      name: 'Диапазон рабочих температур',
      unit: 'degC',
      ranges: [
        [-60, 150],
        [-55, 125],
        [-40, 85],
      ],
    },
  },
  {
    heading: '8482',
    nouns: [
      ['подшипник', 'bearing'],
      ['подшипник роликовый', 'roller bearing'],
      ['подшипник шариковый', 'ball bearing'],
    ],
    adjectives: [
      ['радиальный', 'radial'],
      ['конический', 'tapered'],
      ['упорный', 'thrust'],
      ['игольчатый', 'needle'],
      ['однорядный', 'single-row'],
    ],
    prefixes: ['180', '6', '7', '46', '8', '3'],
    parameter: {
      name: 'Внутренний диаметр',
      unit: 'mm',
      ranges: [
        [25, 25],
        [30, 30],
        [40, 40],
        [50, 50],
        [60, 60],
      ],
    },
  },
  {
    heading: '8413',
    nouns: [
      ['насос', 'pump'],
      ['насос шестеренный', 'gear pump'],
      ['насос аксиально-поршневой', 'axial piston pump'],
    ],
    adjectives: [
      ['гидравлический', 'hydraulic'],
      ['топливный', 'fuel'],
      ['масляный', 'oil'],
      ['центробежный', 'centrifugal'],
    ],
    prefixes: ['НШ', 'НП', '310.', 'A10', 'PLP'],
    parameter: {
      name: 'Рабочее давление',
      unit: 'MPa',
      ranges: [
        [0, 16],
        [0, 20],
        [0, 28],
        [0, 35],
      ],
    },
  },
  {
    heading: '8421',
    nouns: [
      ['фильтр', 'filter'],
      ['элемент фильтрующий', 'filter element'],
      ['фильтр масляный', 'oil filter'],
    ],
    adjectives: [
      ['топливный', 'fuel'],
      ['воздушный', 'air'],
      ['гидравлический', 'hydraulic'],
      ['тонкой очистки', 'fine'],
    ],
    prefixes: ['ФМ', 'ЭФТ', 'W', 'PU', 'C', 'ФГ'],
    parameter: {
      name: 'Тонкость фильтрации',
      unit: 'um',
      ranges: [
        [0, 10],
        [0, 25],
        [0, 40],
      ],
    },
  },
  {
    heading: '8481',
    nouns: [
      ['клапан', 'valve'],
      ['гидрораспределитель', 'directional valve'],
      ['кран шаровой', 'ball valve'],
    ],
    adjectives: [
      ['предохранительный', 'relief'],
      ['обратный', 'check'],
      ['пропорциональный', 'proportional'],
      ['электромагнитный', 'solenoid'],
    ],
    prefixes: ['КП', 'Р', 'ПГ', '4WE', 'DBW', 'КШ'],
    parameter: {
      name: 'Рабочее давление',
      unit: 'MPa',
      ranges: [
        [0, 16],
        [0, 25],
        [0, 32],
      ],
    },
  },
  {
    heading: '8501',
    nouns: [
      ['электродвигатель', 'electric motor'],
      ['двигатель асинхронный', 'induction motor'],
      ['серводвигатель', 'servo motor'],
    ],
    adjectives: [
      ['трехфазный', 'three-phase'],
      ['взрывозащищенный', 'explosion-proof'],
      ['крановый', 'crane'],
      ['малогабаритный', 'compact'],
    ],
    prefixes: ['АИР', '5А', 'ДСМ', '1FK', 'АДМ'],
    parameter: {
      name: 'Номинальная мощность',
      unit: 'kW',
      ranges: [
        [0.75, 0.75],
        [1.5, 1.5],
        [5.5, 5.5],
        [15, 15],
      ],
    },
  },
  {
    heading: '8536',
    nouns: [
      ['реле', 'relay'],
      ['соединитель', 'connector'],
      ['выключатель автоматический', 'circuit breaker'],
    ],
    adjectives: [
      ['электромагнитное', 'electromagnetic'],
      ['герметичный', 'sealed'],
      ['штепсельный', 'plug'],
      ['промежуточное', 'interface'],
    ],
    prefixes: ['РЭС', 'СНЦ', '2РМ', 'ВА', 'DT'],
    parameter: {
      name: 'Номинальный ток',
      unit: 'A',
      ranges: [
        [0, 5],
        [0, 10],
        [0, 16],
        [0, 63],
      ],
    },
  },
  {
    heading: '8708',
    nouns: [
      ['колодка тормозная', 'brake pad'],
      ['диск сцепления', 'clutch disc'],
      ['коробка передач', 'gearbox'],
      ['мост ведущий', 'drive axle'],
    ],
    adjectives: [
      ['задний', 'rear'],
      ['передний', 'front'],
      ['усиленный', 'heavy-duty'],
      ['ведомый', 'driven'],
    ],
    prefixes: ['ТК', 'ДС', 'КП', '5320', '6520', 'WVA'],
    parameter: {
      name: 'Масса',
      unit: 'kg',
      ranges: [
        [0, 2],
        [0, 12],
        [0, 300],
      ],
    },
  },
  {
    heading: '9018',
    nouns: [
      ['катетер', 'catheter'],
      ['шприц', 'syringe'],
      ['монитор пациента', 'patient monitor'],
      ['датчик ультразвуковой', 'ultrasound probe'],
    ],
    adjectives: [
      ['одноразовый', 'disposable'],
      ['стерильный', 'sterile'],
      ['прикроватный', 'bedside'],
      ['конвексный', 'convex'],
    ],
    prefixes: ['КФ', 'ШО', 'МП', 'УЗД', 'C5'],
    parameter: {
      name: 'Диапазон рабочих температур',
      unit: 'degC',
      ranges: [
        [5, 40],
        [10, 35],
        [0, 45],
      ],
    },
  },
];

const designationLetters = 'АБВГДЕЖИКЛМНПРСТУ';

/** Real ten-digit TN VED codes under each family's heading, from the classifier when it is beside the checkout. */
export function loadTnvedItems(classifierPath: string | null): Map<string, string[]> {
  const items = new Map<string, string[]>(families.map((family) => [family.heading, []]));
  if (classifierPath && existsSync(classifierPath)) {
    const sections = JSON.parse(readFileSync(classifierPath, 'utf8')) as Array<{
      groups?: Array<{ goods?: Array<{ code: string; subs?: Array<{ code: string }> }> }>;
    }>;
    for (const section of sections) {
      for (const group of section.groups ?? []) {
        for (const heading of group.goods ?? []) {
          const list = items.get(heading.code);
          if (list) for (const sub of heading.subs ?? []) list.push(sub.code);
        }
      }
    }
  }
  for (const [heading, list] of items) if (list.length === 0) list.push(`${heading}000000`);
  return items;
}

export interface GeneratedCatalog {
  items: CatalogItem[];
  queries: Array<{ query: MatchQuery; goldKey: string }>;
}

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

/**
 * A catalog of `size` products of both countries, with Russian names (English for half), part numbers, a real TN VED
 * code and a typed parameter; and `queryCount` demand lines written the way buyers write them: another word order,
 * fewer words, sometimes English, a part number with another package suffix or Cyrillic look-alike letters.
 */
export function generateCatalog(options: {
  size: number;
  queryCount: number;
  seed: number;
  tnvedItems: Map<string, string[]>;
}): GeneratedCatalog {
  const random = createRandom(options.seed);
  const items: CatalogItem[] = [];
  for (let index = 0; index < options.size; index++) {
    const family = pick(random, families);
    const [noun, nounEn] = pick(random, family.nouns);
    const [adjective, adjectiveEn] = pick(random, family.adjectives);
    const designation = `${pick(random, family.prefixes)}${Math.floor(random() * 9000 + 100)}${pick(random, [...designationLetters])}${index % 7 === 0 ? `-${Math.floor(random() * 9) + 1}` : ''}`;
    const [min, max] = pick(random, family.parameter.ranges);
    const isEnglishNamed = random() < 0.5;
    items.push({
      key: `P${index}`,
      organisationId: `O${index % 5000}`,
      country: random() < 0.5 ? 'BY' : 'RU',
      name: `${noun[0]!.toUpperCase()}${noun.slice(1)} ${adjective} ${designation}`,
      nameEn: isEnglishNamed ? `${adjectiveEn} ${nounEn} ${designation}` : null,
      description:
        random() < 0.3
          ? `${adjective} ${noun}, исполнение ${pick(random, ['УХЛ', 'Т', 'О', 'В'])}${Math.floor(random() * 4) + 1}`
          : null,
      manufacturer: null,
      partNumber: designation,
      tnved: pick(random, options.tnvedItems.get(family.heading)!),
      okpd2: null,
      parameters: [
        {
          name: family.parameter.name,
          value:
            min === max
              ? { kind: 'number', value: min, unit: family.parameter.unit }
              : { kind: 'range', min, max, unit: family.parameter.unit },
        },
      ],
      capacityPerYear: Math.floor(random() * 100_000) + 100,
      capacityUnit: 'pcs',
      leadTimeDays: Math.floor(random() * 120) + 10,
      isActive: true,
    });
  }
  const lookAlike: Record<string, string> = {
    A: 'А',
    B: 'В',
    C: 'С',
    E: 'Е',
    K: 'К',
    M: 'М',
    H: 'Н',
    O: 'О',
    P: 'Р',
    T: 'Т',
    X: 'Х',
  };
  const queries: GeneratedCatalog['queries'] = [];
  for (let index = 0; index < options.queryCount; index++) {
    const item = items[Math.floor(random() * items.length)]!;
    const words = item.name.split(' ').filter((word) => word !== item.partNumber);
    const variant = random();
    const name =
      variant < 0.3 && item.nameEn
        ? item.nameEn.replace(item.partNumber!, '').trim()
        : variant < 0.6
          ? [...words].reverse().join(' ').toLowerCase()
          : words.slice(0, Math.max(1, words.length - 1)).join(' ');
    const partNumber =
      random() < 0.5
        ? [...item.partNumber!].map((character) => lookAlike[character] ?? character).join('')
        : `${item.partNumber}${pick(random, ['', 'N', 'DR', 'T6'])}`;
    queries.push({
      query: { name, partNumber, tnved: item.tnved, quantityPerYear: 1000, quantityUnit: 'pcs' },
      goldKey: item.key,
    });
  }
  return { items, queries };
}
