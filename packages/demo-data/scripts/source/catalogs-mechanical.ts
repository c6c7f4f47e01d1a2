/** Catalogs of machine-tool component, bearing and hydraulics makers. */
import { P } from './params';
import type { CatalogSource, ProductSource } from './types';
import { oneOf, range } from './types';

const seq = (prefix: string, start: number, width: number) => (i: number) =>
  `${prefix}${String(start + i).padStart(width, '0')}`;

const comma = (n: number) => String(n).replace('.', ',');

// ------------------------------------------------------------------------------------------- bearings
interface BearingSpec {
  ru: string;
  iso: string;
  kind: 'ball' | 'taper' | 'spherical' | 'cylindrical' | 'angular' | 'thrust' | 'self-aligning';
  d: number;
  D: number;
  B: number;
  cr: number;
  nmax: number;
  seals?: '2RS' | '2Z' | 'открытый';
  precision?: string;
}

const bearingKinds = {
  ball: {
    ru: 'Подшипник шариковый радиальный однорядный',
    en: 'Deep groove ball bearing',
    tnved: '8482109008',
  },
  taper: {
    ru: 'Подшипник роликовый конический однорядный',
    en: 'Tapered roller bearing',
    tnved: '8482200009',
  },
  spherical: {
    ru: 'Подшипник роликовый радиальный сферический двухрядный',
    en: 'Spherical roller bearing',
    tnved: '8482300009',
  },
  cylindrical: {
    ru: 'Подшипник роликовый радиальный с короткими цилиндрическими роликами',
    en: 'Cylindrical roller bearing',
    tnved: '8482500009',
  },
  angular: {
    ru: 'Подшипник шариковый радиально-упорный однорядный',
    en: 'Angular contact ball bearing',
    tnved: '8482109008',
  },
  thrust: { ru: 'Подшипник шариковый упорный одинарный', en: 'Thrust ball bearing', tnved: '8482109008' },
  'self-aligning': {
    ru: 'Подшипник шариковый радиальный сферический двухрядный',
    en: 'Self-aligning ball bearing',
    tnved: '8482109008',
  },
} as const;

function bearingOkpd2(spec: BearingSpec): string {
  switch (spec.kind) {
    case 'ball':
      return spec.seals && spec.seals !== 'открытый' ? '28.15.10.116' : '28.15.10.112';
    case 'taper':
      return '28.15.10.123';
    case 'spherical':
      return '28.15.10.121';
    case 'cylindrical':
      return '28.15.10.122';
    case 'angular':
      return '28.15.10.114';
    case 'thrust':
      return '28.15.10.115';
    case 'self-aligning':
      return '28.15.10.113';
  }
}

function bearing(
  spec: BearingSpec,
  commercial: {
    capacity: number;
    price: number;
    lead: number;
    minOrder: number;
    english: boolean;
    status?: ProductSource['status'];
  },
): ProductSource {
  const kind = bearingKinds[spec.kind];
  const sealText =
    spec.seals === '2RS' ? ' с двумя уплотнениями' : spec.seals === '2Z' ? ' с двумя защитными шайбами' : '';
  const temp = spec.seals === '2RS' ? range(-40, 110) : range(-40, 120);
  const params: Record<string, string | number> = {
    [P.d]: spec.d,
    [P.outerD]: spec.D,
    [P.width]: spec.B,
    [P.precision]: spec.precision ?? 'P0',
    [P.cr]: spec.cr,
    [P.nmax]: spec.nmax,
    [P.temp]: temp,
  };
  if (spec.seals) params[P.seals] = spec.seals;
  return {
    part: spec.ru,
    name: `${kind.ru} ${spec.ru} (${spec.iso})${sealText}`,
    nameEn: commercial.english ? `${kind.en} ${spec.iso} (GOST ${spec.ru})` : undefined,
    tnved: kind.tnved,
    okpd2: bearingOkpd2(spec),
    capacity: commercial.capacity,
    lead: commercial.lead,
    minOrder: commercial.minOrder,
    price: commercial.price,
    status: commercial.status,
    params,
  };
}

const B = {
  '80204': {
    ru: '80204',
    iso: '6204-2Z',
    kind: 'ball',
    d: 20,
    D: 47,
    B: 14,
    cr: 13.5,
    nmax: 15000,
    seals: '2Z',
  },
  '180204': {
    ru: '180204',
    iso: '6204-2RS',
    kind: 'ball',
    d: 20,
    D: 47,
    B: 14,
    cr: 13.5,
    nmax: 10000,
    seals: '2RS',
  },
  '80205': {
    ru: '80205',
    iso: '6205-2Z',
    kind: 'ball',
    d: 25,
    D: 52,
    B: 15,
    cr: 14.8,
    nmax: 13000,
    seals: '2Z',
  },
  '180205': {
    ru: '180205',
    iso: '6205-2RS',
    kind: 'ball',
    d: 25,
    D: 52,
    B: 15,
    cr: 14.8,
    nmax: 9000,
    seals: '2RS',
  },
  '180206': {
    ru: '180206',
    iso: '6206-2RS',
    kind: 'ball',
    d: 30,
    D: 62,
    B: 16,
    cr: 20.3,
    nmax: 7500,
    seals: '2RS',
  },
  '208': {
    ru: '208',
    iso: '6208',
    kind: 'ball',
    d: 40,
    D: 80,
    B: 18,
    cr: 32.5,
    nmax: 8500,
    seals: 'открытый',
  },
  '180305': {
    ru: '180305',
    iso: '6305-2RS',
    kind: 'ball',
    d: 25,
    D: 62,
    B: 17,
    cr: 23.4,
    nmax: 7500,
    seals: '2RS',
  },
  '80305': {
    ru: '80305',
    iso: '6305-2Z',
    kind: 'ball',
    d: 25,
    D: 62,
    B: 17,
    cr: 23.4,
    nmax: 11000,
    seals: '2Z',
  },
  '180306': {
    ru: '180306',
    iso: '6306-2RS',
    kind: 'ball',
    d: 30,
    D: 72,
    B: 19,
    cr: 29.6,
    nmax: 6300,
    seals: '2RS',
  },
  '180308': {
    ru: '180308',
    iso: '6308-2RS',
    kind: 'ball',
    d: 40,
    D: 90,
    B: 23,
    cr: 42.3,
    nmax: 5000,
    seals: '2RS',
  },
  '7207А': { ru: '7207А', iso: '30207', kind: 'taper', d: 35, D: 72, B: 18.25, cr: 54, nmax: 7000 },
  '7208А': { ru: '7208А', iso: '30208', kind: 'taper', d: 40, D: 80, B: 19.75, cr: 61, nmax: 6300 },
  '7510А': { ru: '7510А', iso: '32210', kind: 'taper', d: 50, D: 90, B: 24.75, cr: 86, nmax: 5300 },
  '3610': { ru: '3610', iso: '22310', kind: 'spherical', d: 50, D: 110, B: 40, cr: 190, nmax: 4500 },
  '32208': { ru: '32208', iso: 'NU208', kind: 'cylindrical', d: 40, D: 80, B: 18, cr: 62, nmax: 9000 },
  '2207': { ru: '2207', iso: 'N207', kind: 'cylindrical', d: 35, D: 72, B: 17, cr: 48, nmax: 10000 },
  '46206': { ru: '46206', iso: '7206AC', kind: 'angular', d: 30, D: 62, B: 16, cr: 22, nmax: 12000 },
  '8106': { ru: '8106', iso: '51106', kind: 'thrust', d: 30, D: 47, B: 11, cr: 13.5, nmax: 6000 },
  '1207': { ru: '1207', iso: '1207', kind: 'self-aligning', d: 35, D: 72, B: 17, cr: 21.6, nmax: 9000 },
  '5-36114': {
    ru: '5-36114',
    iso: '7014C P5',
    kind: 'angular',
    d: 70,
    D: 110,
    B: 20,
    cr: 48,
    nmax: 12000,
    precision: 'P5',
  },
} satisfies Record<string, BearingSpec>;

const zhodinoRows: [keyof typeof B, number, number][] = [
  ['80204', 1_100_000, 4.9],
  ['180204', 1_300_000, 5.3],
  ['80205', 900_000, 6.1],
  ['180205', 1_500_000, 6.4],
  ['180206', 800_000, 8.2],
  ['208', 300_000, 11.6],
  ['180305', 600_000, 9.1],
  ['80305', 500_000, 8.8],
  ['180306', 400_000, 12.7],
  ['180308', 250_000, 21.4],
  ['7207А', 350_000, 17.9],
  ['7208А', 300_000, 21.3],
  ['7510А', 180_000, 38.6],
  ['3610', 40_000, 212],
  ['32208', 90_000, 46.5],
  ['46206', 70_000, 31.2],
  ['8106', 150_000, 7.4],
  ['1207', 60_000, 24.8],
];

const tambovRows: [keyof typeof B, number, number][] = [
  ['180205', 1_200_000, 198],
  ['80205', 700_000, 186],
  ['180206', 90_000, 254],
  ['180305', 500_000, 281],
  ['80305', 450_000, 268],
  ['180306', 300_000, 379],
  ['7207А', 260_000, 545],
  ['7208А', 240_000, 638],
  ['7510А', 120_000, 1190],
  ['3610', 30_000, 6450],
  ['2207', 80_000, 1120],
  ['46206', 50_000, 980],
  ['8106', 120_000, 226],
  ['5-36114', 8000, 7850],
];

// --------------------------------------------------------------------------------------- ball screws
function ballScrew(
  d: number,
  lead: number,
  precision: 'C3' | 'C5' | 'C7',
  cr: number,
  lengthMax: number,
  price: number,
  capacity: number,
  english: boolean,
): ProductSource {
  return {
    part: `ШВП ${d}×${lead}-${precision}`,
    name: `Передача шарико-винтовая ${d}×${lead} класса точности ${precision}`,
    nameEn: english ? `Ball screw assembly ${d}×${lead}, accuracy class ${precision}` : undefined,
    description: `Винт Ø${d} мм с шагом ${lead} мм и фланцевой гайкой с преднатягом, длина резьбовой части до ${lengthMax} мм, концы обрабатываются по чертежу заказчика.`,
    tnved: '8483403009',
    okpd2: '28.15.24.120',
    capacity,
    lead: 45,
    minOrder: 1,
    price,
    params: {
      [P.screwD]: d,
      [P.lead]: lead,
      [P.precision]: precision,
      [P.lengthMax]: lengthMax,
      [P.cr]: cr,
      [P.preload]: 'двойная гайка',
    },
  };
}

const minskPrecision: ProductSource[] = [
  ballScrew(16, 5, 'C7', 9.8, 1000, 380, 3000, true),
  ballScrew(20, 5, 'C7', 11.4, 1500, 455, 3000, true),
  ballScrew(25, 5, 'C5', 13.9, 2500, 690, 2500, true),
  ballScrew(25, 10, 'C5', 15.2, 2500, 720, 2500, true),
  ballScrew(32, 5, 'C5', 21.3, 3000, 880, 2000, true),
  ballScrew(32, 10, 'C5', 33.4, 3000, 940, 2000, true),
  ballScrew(40, 10, 'C5', 37.7, 4000, 1260, 1200, true),
  ballScrew(50, 10, 'C7', 62.3, 5000, 1690, 800, true),
  ...(
    [
      [15, 'фланцевая', 11.4, 96],
      [20, 'фланцевая', 17.6, 118],
      [25, 'фланцевая', 26.1, 142],
      [25, 'узкая', 26.1, 136],
      [30, 'фланцевая', 38.7, 198],
      [35, 'фланцевая', 51.3, 265],
    ] as const
  ).map(([size, carriage, cr, price]): ProductSource => ({
    part: `НЛК-${size}${carriage === 'фланцевая' ? 'Ф' : 'У'}`,
    name: `Каретка линейной направляющей НЛК-${size}${carriage === 'фланцевая' ? 'Ф' : 'У'} (${carriage}, типоразмер ${size})`,
    nameEn: `Linear guide carriage NLK-${size}${carriage === 'фланцевая' ? 'F (flanged' : 'U (narrow'}), size ${size}`,
    description:
      'Четырехрядная шариковая каретка с равной грузоподъемностью по четырем направлениям, класс точности H.',
    tnved: '8482109008',
    okpd2: '28.15.10.117',
    capacity: 20_000,
    lead: 30,
    minOrder: 2,
    price,
    params: { [P.size]: size, [P.carriage]: carriage, [P.precision]: 'H', [P.cr]: cr, [P.preload]: 'легкий' },
  })),
  ...(
    [
      [15, 82],
      [25, 126],
      [35, 198],
    ] as const
  ).map(([size, price]): ProductSource => ({
    part: `НЛР-${size}`,
    name: `Рельс линейной направляющей НЛР-${size}, L до 4000 мм`,
    nameEn: `Linear guide rail NLR-${size}, up to 4000 mm`,
    description: 'Цена за 1 м. Раскрой в размер по заказу, закаленная и шлифованная дорожка качения.',
    tnved: '8482109008',
    okpd2: '28.15.10.117',
    capacity: 30_000,
    unit: 'м',
    lead: 30,
    minOrder: 1,
    price,
    params: { [P.size]: size, [P.lengthMax]: 4000, [P.precision]: 'H' },
  })),
  {
    part: 'ПУР-2557',
    name: 'Подшипник упорно-радиальный игольчато-роликовый для опор ШВП ПУР-2557 (25×57×28)',
    nameEn: 'Axial angular contact bearing for ball screw supports PUR-2557 (25×57×28)',
    description: 'С двумя уплотнениями, класс точности P4, взаимозаменяем с подшипниками типа ZKLN 2557-2RS.',
    tnved: '8482109008',
    okpd2: '28.15.10.114',
    capacity: 15_000,
    lead: 45,
    minOrder: 2,
    price: 164,
    params: { [P.d]: 25, [P.outerD]: 57, [P.width]: 28, [P.precision]: 'P4', [P.seals]: '2RS' },
  },
  {
    part: 'ОФ-25',
    name: 'Опора винта ШВП фиксированная ОФ-25',
    nameEn: 'Fixed-side ball screw support OF-25',
    tnved: '8483200000',
    okpd2: '28.15.23.110',
    capacity: 8000,
    lead: 30,
    minOrder: 1,
    price: 128,
    params: { [P.d]: 20, [P.precision]: 'P5' },
  },
  {
    part: 'МС-25',
    name: 'Муфта сильфонная МС-25 (8×10 мм)',
    nameEn: 'Bellows coupling MS-25, bores 8×10 mm',
    tnved: '8483608000',
    okpd2: '28.15.26.190',
    capacity: 12_000,
    lead: 21,
    minOrder: 1,
    price: 54,
    params: { [P.outerD]: 25, [P.speedMax]: 10000 },
  },
];

const kovrov: ProductSource[] = [
  ballScrew(16, 5, 'C7', 9.6, 1000, 11_600, 4000, false),
  ballScrew(20, 5, 'C7', 11.2, 1500, 13_900, 4000, false),
  ballScrew(25, 5, 'C5', 13.7, 2500, 21_400, 3000, false),
  ballScrew(32, 5, 'C5', 21, 3000, 26_800, 2500, false),
  ballScrew(32, 10, 'C7', 32.8, 3000, 24_700, 2500, false),
  ballScrew(40, 5, 'C5', 24.6, 4000, 35_200, 1500, false),
  ballScrew(40, 10, 'C3', 37.5, 3000, 58_900, 400, false),
  ballScrew(50, 10, 'C5', 61.8, 5000, 53_600, 1000, false),
  ballScrew(63, 10, 'C5', 92.4, 6000, 79_800, 600, false),
  ...(
    [
      [30, 5, 118, 96_500],
      [48, 6, 264, 158_000],
      [64, 8, 412, 236_000],
    ] as const
  ).map(([d, lead, cr, price]): ProductSource => ({
    part: `ПРВП ${d}×${lead}`,
    name: `Передача планетарная роликовинтовая ПРВП ${d}×${lead}`,
    description:
      'Для тяжелонагруженных приводов прессов и испытательных машин. Ресурс в 10–15 раз выше ШВП того же диаметра.',
    tnved: '8483403009',
    okpd2: '28.15.24.120',
    capacity: 500,
    lead: 90,
    minOrder: 1,
    price,
    params: { [P.screwD]: d, [P.lead]: lead, [P.cr]: cr, [P.precision]: 'C5' },
  })),
  {
    part: 'ГШФ-32×10',
    name: 'Гайка шариковая фланцевая ГШФ-32×10 с преднатягом',
    tnved: '8483403009',
    okpd2: '28.15.24.120',
    capacity: 3000,
    lead: 45,
    minOrder: 1,
    price: 12_800,
    params: { [P.screwD]: 32, [P.lead]: 10, [P.precision]: 'C5' },
  },
  {
    part: 'ОПШ-20',
    name: 'Опора винта ШВП плавающая ОПШ-20',
    tnved: '8483200000',
    okpd2: '28.15.23.110',
    capacity: 5000,
    lead: 30,
    minOrder: 1,
    price: 3100,
    params: { [P.d]: 20 },
  },
];

// ------------------------------------------------------------------------------------ chucks & tooling
const orsha: ProductSource[] = [
  ...(
    [
      [160, 3, 4000, 40, 'цилиндрический центрирующий пояс', 512],
      [200, 3, 3400, 55, 'цилиндрический центрирующий пояс', 684],
      [250, 3, 2800, 76, 'A6', 938],
      [315, 3, 2200, 103, 'A8', 1390],
      [250, 4, 2000, 76, 'A6', 1062],
    ] as const
  ).map(([dia, jaws, rpm, bore, nose, price]): ProductSource => ({
    part: `ПТ${jaws}-${dia}`,
    name: `Патрон токарный ${jaws === 3 ? 'трехкулачковый самоцентрирующий' : 'четырехкулачковый с независимым перемещением кулачков'} ПТ${jaws}-${dia}`,
    description: `Класс точности Н, комплект прямых и обратных кулачков. Присоединение: ${nose}.`,
    tnved: '8466209100',
    okpd2: '28.49.23.195',
    capacity: dia >= 315 ? 2500 : 6000,
    lead: 30,
    minOrder: 1,
    price,
    params: {
      [P.chuckD]: dia,
      [P.jaws]: jaws,
      [P.speedMax]: rpm,
      [P.bore]: bore,
      [P.spindleNose]: nose,
      [P.runout]: 0.04,
    },
  })),
  {
    part: 'ПМК-250',
    name: 'Патрон механизированный клиновой ПМК-250 с гидроцилиндром',
    description:
      'Трехкулачковый клиновой патрон со сквозным отверстием 75 мм, вращающийся гидроцилиндр в комплекте.',
    tnved: '8466209100',
    okpd2: '28.49.23.195',
    capacity: 1200,
    lead: 45,
    minOrder: 1,
    price: 6840,
    params: {
      [P.chuckD]: 250,
      [P.jaws]: 3,
      [P.speedMax]: 4200,
      [P.bore]: 75,
      [P.spindleNose]: 'A8',
      [P.runout]: 0.02,
    },
  },
  ...(
    [
      ['ER16', '1..10', 10, 182],
      ['ER25', '1..16', 15, 246],
      ['ER32', '2..20', 18, 318],
      ['ER40', '3..26', 23, 452],
    ] as const
  ).map(([type, clamp, count, price]): ProductSource => ({
    part: `НЦ-${type}-${count}`,
    name: `Набор цанг ${type} (${count} шт., Ø${clamp.replace('..', '–')} мм) в кассете`,
    description: 'Цанги по ISO 15488 (DIN 6499), биение не более 0,005 мм.',
    tnved: '8466102000',
    okpd2: '28.49.21.110',
    capacity: 8000,
    unit: 'набор',
    lead: 14,
    minOrder: 1,
    price,
    params: { [P.colletType]: type, [P.clampRange]: clamp, [P.runout]: 0.005, [P.standard]: 'ISO 15488' },
  })),
  ...(
    [
      ['HSK-A63', 'ER32', 100, 20000, 'G2.5', 236],
      ['ISO 40', 'ER32', 70, 15000, 'G6.3', 148],
      ['BT40', 'ER32', 70, 15000, 'G6.3', 152],
      ['ISO 40', 'ER40', 80, 12000, 'G6.3', 171],
    ] as const
  ).map(([shank, collet, reach, rpm, balance, price]): ProductSource => ({
    part: `ПЦ-${shank.replace(' ', '')}-${collet}-${reach}`,
    name: `Патрон цанговый ${shank} ${collet}-${reach}`,
    description: `Отбалансирован по классу ${balance}, допускаемая частота вращения до ${rpm} об/мин.`,
    tnved: '8466103800',
    okpd2: '28.49.21.110',
    capacity: 10_000,
    lead: 21,
    minOrder: 1,
    price,
    params: {
      [P.shank]: shank,
      [P.colletType]: collet,
      [P.reach]: reach,
      [P.speedMax]: rpm,
      [P.balance]: balance,
    },
  })),
  {
    part: 'ТСГ-160',
    name: 'Тиски станочные гидравлические ТСГ-160',
    tnved: '8466209800',
    okpd2: '28.49.23.199',
    capacity: 1500,
    lead: 30,
    minOrder: 1,
    price: 1870,
    params: { [P.jawWidth]: 160, [P.clampRange]: '0..200' },
  },
  {
    part: 'СПД-200',
    name: 'Стол поворотный делительный с ЧПУ СПД-200',
    description:
      'Планшайба Ø200 мм, сервопривод, гидравлический зажим, управление четвертой осью от ЧПУ станка.',
    tnved: '8466300000',
    okpd2: '28.49.23.192',
    capacity: 300,
    lead: 60,
    minOrder: 1,
    price: 21_400,
    params: { [P.tableD]: 200, [P.indexAccuracy]: 15, [P.speedMax]: 33 },
  },
  {
    part: 'ЦВ-КМ4',
    name: 'Центр вращающийся усиленный КМ4',
    tnved: '8466209100',
    okpd2: '28.49.22.000',
    capacity: 4000,
    lead: 14,
    minOrder: 1,
    price: 214,
    params: { [P.shank]: 'Морзе 4', [P.speedMax]: 4000 },
  },
];

const sterlitamak: ProductSource[] = [
  ...(
    [
      ['ЭШ-170-18', 170, 18000, 15, 'HSK-A63', 1_480_000],
      ['ЭШ-120-30', 120, 30000, 5.5, 'HSK-E40', 1_160_000],
      ['ЭШ-200-12', 200, 12000, 22, 'HSK-A100', 1_920_000],
    ] as const
  ).map(([part, dia, rpm, kw, iface, price]): ProductSource => ({
    part,
    name: `Электрошпиндель ${part} (${rpm} об/мин, ${comma(kw)} кВт, ${iface})`,
    nameEn: `Motor spindle ${part.replace('ЭШ', 'ESh')}, ${rpm} rpm, ${kw} kW, ${iface}`,
    description: `Мотор-шпиндель с жидкостным охлаждением, керамические подшипники, автоматический зажим инструмента ${iface}, датчик положения.`,
    tnved: '8466937000',
    okpd2: '28.41.40.000',
    capacity: 150,
    lead: 120,
    minOrder: 1,
    price,
    params: { [P.speedMax]: rpm, [P.powerS1]: kw, [P.toolInterface]: iface, [P.diameter]: dia },
  })),
  {
    part: 'ШУТ-250',
    name: 'Узел шпиндельный токарный ШУТ-250 (A2-8)',
    nameEn: 'Lathe spindle unit ShUT-250, A2-8 nose',
    tnved: '8466937000',
    okpd2: '28.41.40.000',
    capacity: 300,
    lead: 90,
    minOrder: 1,
    price: 386_000,
    params: { [P.speedMax]: 3500, [P.spindleNose]: 'A2-8', [P.bore]: 86 },
  },
  {
    part: 'ШУФ-40',
    name: 'Узел шпиндельный фрезерный ШУФ-40 с ременным приводом (ISO 40)',
    nameEn: 'Belt-driven milling spindle unit ShUF-40, ISO 40',
    tnved: '8466937000',
    okpd2: '28.41.40.000',
    capacity: 400,
    lead: 75,
    minOrder: 1,
    price: 298_000,
    params: { [P.speedMax]: 8000, [P.toolInterface]: 'ISO 40', [P.powerS1]: 11 },
  },
  ...(
    [
      ['РГ-12-VDI40', 12, 'VDI 40', 412_000],
      ['РГ-8-VDI30', 8, 'VDI 30', 286_000],
      ['РГ-12-BMT65', 12, 'BMT 65', 498_000],
    ] as const
  ).map(([part, positions, seat, price]): ProductSource => ({
    part,
    name: `Головка револьверная ${positions}-позиционная ${part} (${seat})`,
    nameEn: `${positions}-station turret ${part.replace('РГ', 'RG')} (${seat})`,
    description: 'Сервоприводная револьверная головка для токарных станков с ЧПУ, время смены позиции 0,2 с.',
    tnved: '8466937000',
    okpd2: '28.41.40.000',
    capacity: 250,
    lead: 90,
    minOrder: 1,
    price,
    params: { [P.positions]: positions, [P.toolSeat]: seat },
  })),
  {
    part: 'АСИ-24',
    name: 'Устройство автоматической смены инструмента АСИ-24 (ISO 40)',
    nameEn: 'Automatic tool changer ASI-24, 24 tools, ISO 40',
    tnved: '8466937000',
    okpd2: '28.41.40.000',
    capacity: 200,
    lead: 90,
    minOrder: 1,
    price: 534_000,
    params: { [P.positions]: 24, [P.toolInterface]: 'ISO 40' },
  },
  ...(
    [
      ['ПС-250', 250, 15, 612_000],
      ['ПС-320', 320, 10, 784_000],
    ] as const
  ).map(([part, dia, acc, price]): ProductSource => ({
    part,
    name: `Стол поворотный с ЧПУ ${part} (планшайба Ø${dia} мм)`,
    nameEn: `CNC rotary table ${part.replace('ПС', 'PS')}, Ø${dia} mm`,
    tnved: '8466300000',
    okpd2: '28.49.23.191',
    capacity: 180,
    lead: 75,
    minOrder: 1,
    price,
    params: { [P.tableD]: dia, [P.indexAccuracy]: acc },
  })),
  {
    part: 'ЦПШ-15',
    name: 'Цилиндр пневмогидравлический разжима инструмента ЦПШ-15',
    nameEn: 'Tool release cylinder TsPSh-15',
    tnved: '8466937000',
    okpd2: '28.41.40.000',
    capacity: 600,
    lead: 45,
    minOrder: 1,
    price: 84_500,
    status: 'draft',
    params: { [P.toolInterface]: 'ISO 40' },
  },
];

// ------------------------------------------------------------------------------------ carbide tools
const INSERT_OKPD = '25.73.40.276';
const cheboksary: ProductSource[] = [
  ...(
    [
      ['CNMG 120408-PM', 'CNMG 120408', 'ЧТ25П', oneOf('P', 'M'), 'CVD TiCN-Al2O3', 248],
      ['CNMG 120412-PR', 'CNMG 120412', 'ЧТ25П', 'P', 'CVD TiCN-Al2O3', 256],
      ['DNMG 150608-PM', 'DNMG 150608', 'ЧТ25П', oneOf('P', 'M'), 'CVD TiCN-Al2O3', 274],
      ['WNMG 080408-MM', 'WNMG 080408', 'ЧТ30М', 'M', 'PVD TiAlN', 262],
      ['SNMG 120408-KR', 'SNMG 120408', 'ЧТ15К', 'K', 'CVD TiCN-Al2O3', 239],
      ['TNMG 160408-PM', 'TNMG 160408', 'ЧТ25П', oneOf('P', 'M'), 'CVD TiCN-Al2O3', 221],
      ['VBMT 160404-PF', 'VBMT 160404', 'ЧТ20П', 'P', 'PVD TiAlN', 296],
      ['CCMT 09T304-MF', 'CCMT 09T304', 'ЧТ30М', 'M', 'PVD TiAlN', 188],
      ['APKT 11T308-PM', 'APKT 11T308', 'ЧТ30П', oneOf('P', 'M', 'K'), 'PVD TiAlN', 214],
      ['APKT 160408-PM', 'APKT 160408', 'ЧТ30П', oneOf('P', 'M', 'K'), 'PVD TiAlN', 265],
      ['SEKT 1204AFTN', 'SEKT 1204AF', 'ЧТ20К', oneOf('P', 'K'), 'PVD TiAlN', 242],
    ] as const
  ).map(([part, iso, grade, materials, coating, price]): ProductSource => ({
    part,
    name: `Пластина сменная твердосплавная ${part}, сплав ${grade}`,
    nameEn: `Indexable carbide insert ${part}, grade ${grade.replace('ЧТ', 'ChT').replace('П', 'P').replace('М', 'M').replace('К', 'K')}`,
    description: `Пластина ${iso} с покрытием ${coating}. Упаковка 10 шт.`,
    okpd2: INSERT_OKPD,
    capacity: 600_000,
    lead: 30,
    minOrder: 10,
    price,
    params: { [P.iso]: iso, [P.grade]: grade, [P.materials]: materials, [P.coating]: coating },
  })),
  ...(
    [
      [6, 4, 57, 1180],
      [8, 4, 63, 1460],
      [10, 4, 72, 1890],
      [12, 4, 83, 2470],
    ] as const
  ).map(([dia, z, length, price]): ProductSource => ({
    part: `ФКТ-${dia}-Z${z}`,
    name: `Фреза концевая цельная твердосплавная Ø${dia} мм, ${z} зуба, покрытие AlTiN`,
    nameEn: `Solid carbide end mill Ø${dia} mm, ${z} flutes, AlTiN coated`,
    tnved: '8207701000',
    okpd2: '25.73.40.163',
    capacity: 120_000,
    lead: 30,
    minOrder: 5,
    price,
    params: {
      [P.diameter]: dia,
      [P.flutes]: z,
      [P.lengthTotal]: length,
      [P.coating]: 'AlTiN',
      [P.material]: 'твердый сплав',
    },
  })),
  ...(
    [
      [6.8, 5, 1720],
      [8.5, 5, 2140],
      [10.2, 5, 2690],
    ] as const
  ).map(([dia, ld, price]): ProductSource => ({
    part: `СТ-${comma(dia)}-${ld}D`,
    name: `Сверло цельное твердосплавное Ø${comma(dia)} мм ${ld}×D с внутренним подводом СОЖ`,
    nameEn: `Solid carbide drill Ø${dia} mm, ${ld}×D, through-coolant`,
    tnved: '8207505000',
    okpd2: '25.73.40.112',
    capacity: 80_000,
    lead: 30,
    minOrder: 5,
    price,
    params: { [P.diameter]: dia, [P.coating]: 'TiAlN', [P.material]: 'твердый сплав' },
  })),
];

// ----------------------------------------------------------------------------------------- hydraulics
function orbitalMotor(
  displacement: number,
  price: number,
  capacity: number,
  english: boolean,
): ProductSource {
  const pnom = displacement <= 160 ? 16 : 14;
  return {
    part: `МГП-${displacement}`,
    name: `Гидромотор героторный МГП-${displacement}`,
    nameEn: english ? `Orbital hydraulic motor MGP-${displacement}` : undefined,
    description: 'Фланец SAE A-2, вал цилиндрический Ø25 мм со шпонкой, порты G1/2.',
    tnved: '8412298109',
    okpd2: '28.12.12.119',
    capacity,
    lead: 30,
    minOrder: 1,
    price,
    params: {
      [P.displacement]: displacement,
      [P.pnom]: pnom,
      [P.pmax]: pnom + 4,
      [P.speedMax]: Math.round(60_000 / displacement) * 10,
      [P.temp]: range(-30, 80),
    },
  };
}

function gearPump(
  type: string,
  displacement: number,
  pnom: number,
  price: number,
  capacity: number,
  english: boolean,
): ProductSource {
  return {
    part: type,
    name: `Насос шестеренный ${type}`,
    nameEn: english
      ? `Gear pump ${type.replace('НШ', 'NSh').replace('А', 'A').replace('Д', 'D')}`
      : undefined,
    description: `Рабочий объем ${displacement} см³, правое вращение, фланцевое крепление.`,
    tnved: '8413603100',
    okpd2: '28.12.13.110',
    capacity,
    lead: 21,
    minOrder: 1,
    price,
    params: {
      [P.displacement]: displacement,
      [P.pnom]: pnom,
      [P.pmax]: pnom + 5,
      [P.rpm]: 2400,
      [P.rotation]: 'правое',
      [P.temp]: range(-40, 80),
    },
  };
}

function hydraulicCylinder(
  part: string,
  name: string,
  piston: number,
  rod: number,
  stroke: number,
  pnom: number,
  price: number,
  capacity: number,
  english: boolean,
  nameEn?: string,
): ProductSource {
  return {
    part,
    name,
    nameEn: english ? nameEn : undefined,
    tnved: '8412218008',
    okpd2: '28.12.11.111',
    capacity,
    lead: 30,
    minOrder: 1,
    price,
    params: {
      [P.piston]: piston,
      [P.rod]: rod,
      [P.stroke]: stroke,
      [P.pnom]: pnom,
      [P.temp]: range(-40, 80),
    },
  };
}

const berezino: ProductSource[] = [
  orbitalMotor(80, 412, 9000, true),
  orbitalMotor(100, 428, 9000, true),
  orbitalMotor(125, 446, 8000, true),
  orbitalMotor(160, 468, 8000, true),
  orbitalMotor(200, 497, 6000, true),
  orbitalMotor(250, 532, 5000, true),
  ...(
    [
      [6, 31.5, 60, 24, 318],
      [10, 32, 120, 24, 436],
      [10, 32, 120, 220, 442],
    ] as const
  ).map(([dn, pnom, flow, volts, price]): ProductSource => ({
    part: `ВЕ${dn}.574-${volts}`,
    name: `Гидрораспределитель золотниковый ВЕ${dn}.574 с электромагнитным управлением, ${volts} В`,
    nameEn: `Solenoid directional control valve VE${dn}.574, ${volts} V, size ${dn}`,
    description: 'Схема 574 (4/3, центр закрыт), стыковое присоединение по ISO 4401.',
    tnved: '8481201009',
    okpd2: '28.12.15.112',
    capacity: 14_000,
    lead: 30,
    minOrder: 1,
    price,
    params: {
      [P.dn]: dn,
      [P.pnom]: pnom,
      [P.flow]: flow,
      [P.controlVoltage]: volts,
      [P.temp]: range(-30, 70),
    },
  })),
  ...(
    [
      [3, 924],
      [4, 1186],
      [5, 1452],
    ] as const
  ).map(([sections, price]): ProductSource => ({
    part: `РС-80-${sections}`,
    name: `Гидрораспределитель секционный РС-80-${sections} с ручным управлением (${sections} секции)`,
    nameEn: `Sectional directional valve RS-80-${sections}, manual, ${sections} sections`,
    tnved: '8481201009',
    okpd2: '28.12.15.114',
    capacity: 6000,
    lead: 30,
    minOrder: 1,
    price,
    params: { [P.sections]: sections, [P.flow]: 80, [P.pnom]: 20, [P.temp]: range(-40, 80) },
  })),
  {
    part: 'КПМ-20',
    name: 'Гидроклапан предохранительный модульный КПМ-20',
    nameEn: 'Modular pressure relief valve KPM-20',
    tnved: '8481201009',
    okpd2: '28.12.14.111',
    capacity: 10_000,
    lead: 21,
    minOrder: 1,
    price: 186,
    params: { [P.dn]: 20, [P.pSetting]: range(1, 32), [P.flow]: 160 },
  },
  {
    part: 'ФГН-32-10',
    name: 'Фильтр гидравлический напорный ФГН-32-10 (10 мкм)',
    nameEn: 'High-pressure hydraulic filter FGN-32-10, 10 µm',
    tnved: '8421290009',
    okpd2: '28.29.12.140',
    capacity: 9000,
    lead: 21,
    minOrder: 1,
    price: 264,
    params: { [P.fineness]: 10, [P.pnom]: 32, [P.flow]: 100 },
  },
];

const michurinsk: ProductSource[] = [
  gearPump('НШ-16Д-3', 16, 20, 7900, 25_000, false),
  gearPump('НШ-32А-3', 32, 20, 10_400, 40_000, false),
  gearPump('НШ-50А-3', 50, 20, 12_900, 30_000, false),
  gearPump('НШ-71А-3', 71, 16, 16_800, 12_000, false),
  ...(
    [
      ['313.3.28', 28, 107_000],
      ['313.3.56', 56, 144_500],
    ] as const
  ).map(([part, displacement, price]): ProductSource => ({
    part,
    name: `Насос аксиально-поршневой регулируемый ${part}`,
    description: 'Наклонный блок, регулятор мощности, номинальное давление 20 МПа, пиковое 35 МПа.',
    tnved: '8413506100',
    okpd2: '28.12.13.140',
    capacity: 3000,
    lead: 60,
    minOrder: 1,
    price,
    params: {
      [P.displacement]: displacement,
      [P.pnom]: 20,
      [P.pmax]: 35,
      [P.rpm]: 2400,
      [P.temp]: range(-40, 80),
    },
  })),
  {
    part: '310.3.56',
    name: 'Гидромотор аксиально-поршневой нерегулируемый 310.3.56',
    tnved: '8412298109',
    okpd2: '28.12.12.114',
    capacity: 4000,
    lead: 45,
    minOrder: 1,
    price: 96_400,
    params: { [P.displacement]: 56, [P.pnom]: 20, [P.pmax]: 35, [P.temp]: range(-40, 80) },
  },
  orbitalMotor(160, 15_600, 7000, false),
  orbitalMotor(250, 17_900, 5000, false),
  hydraulicCylinder('ЦС-80×200', 'Гидроцилиндр ЦС-80×200', 80, 40, 200, 16, 14_300, 9000, false),
  hydraulicCylinder('ЦС-100×200', 'Гидроцилиндр ЦС-100×200', 100, 40, 200, 16, 17_800, 8000, false),
  ...(
    [
      [32, 100, 3250],
      [50, 100, 4680],
      [63, 160, 6120],
      [80, 200, 8940],
    ] as const
  ).map(([piston, stroke, price]): ProductSource => ({
    part: `ПЦ-${piston}×${stroke}`,
    name: `Пневмоцилиндр ПЦ-${piston}×${stroke} по ISO 15552 с магнитным поршнем`,
    description: 'Профильная гильза, регулируемое пневматическое демпфирование в конечных положениях.',
    tnved: '8412310009',
    okpd2: '28.12.11.121',
    capacity: 20_000,
    lead: 21,
    minOrder: 1,
    price,
    params: {
      [P.piston]: piston,
      [P.stroke]: stroke,
      [P.standard]: 'ISO 15552',
      [P.airPressure]: range(0.5, 10),
      [P.temp]: range(-20, 80),
    },
  })),
  {
    part: 'КП-20',
    name: 'Клапан предохранительный гидравлический КП-20 (Ду 20)',
    tnved: '8481201009',
    okpd2: '28.12.14.111',
    capacity: 9000,
    lead: 21,
    minOrder: 1,
    price: 5400,
    params: { [P.dn]: 20, [P.pSetting]: range(2, 25), [P.flow]: 160, [P.temp]: range(-40, 80) },
  },
  {
    part: 'ПР-5/2-G1/4-24',
    name: 'Пневмораспределитель 5/2 с электромагнитным управлением G1/4, 24 В',
    tnved: '8481209009',
    okpd2: '28.12.14.130',
    capacity: 30_000,
    lead: 14,
    minOrder: 1,
    price: 2380,
    params: { [P.controlVoltage]: 24, [P.airPressure]: range(1.5, 8), [P.temp]: range(-10, 60) },
  },
];

export const mechanicalCatalogs: CatalogSource[] = [
  {
    organisation: 'by-zhodino-bearings',
    manufacturer: 'ОАО "Жодинский завод подшипников качения"',
    currency: 'BYN',
    english: true,
    externalId: seq('ZPK-', 5001, 4),
    products: zhodinoRows.map(([key, capacity, price]) =>
      bearing(B[key], { capacity, price, lead: 14, minOrder: key === '3610' ? 10 : 100, english: true }),
    ),
  },
  {
    organisation: 'ru-tambov-bearings',
    manufacturer: 'АО "Тамбовский завод подшипников качения"',
    currency: 'RUB',
    english: false,
    externalId: seq('ТЗПК-', 301, 5),
    products: tambovRows.map(([key, capacity, price]) =>
      bearing(B[key], {
        capacity,
        price,
        lead: key === '5-36114' ? 60 : 21,
        minOrder: key === '5-36114' ? 2 : 50,
        english: false,
      }),
    ),
  },
  {
    organisation: 'by-minsk-precision',
    manufacturer: 'ОАО "Минский завод прецизионных узлов"',
    currency: 'BYN',
    english: true,
    externalId: seq('MZPU-', 2101, 4),
    products: minskPrecision,
  },
  {
    organisation: 'ru-kovrov-ballscrew',
    manufacturer: 'АО "Ковровский завод шарико-винтовых передач"',
    currency: 'RUB',
    english: false,
    externalId: seq('КЗШВП.', 1001, 4),
    products: kovrov,
  },
  {
    organisation: 'by-orsha-tooling',
    manufacturer: 'ОАО "Оршанский завод станочной оснастки"',
    currency: 'BYN',
    english: false,
    externalId: seq('ОЗСО-', 71, 4),
    products: orsha,
  },
  {
    organisation: 'ru-sterlitamak-spindles',
    manufacturer: 'АО "Стерлитамакский завод станочных узлов"',
    currency: 'RUB',
    english: true,
    externalId: seq('SZSU-', 401, 4),
    products: sterlitamak,
  },
  {
    organisation: 'ru-cheboksary-carbide',
    manufacturer: 'ООО "Чебоксарский завод твердосплавного инструмента"',
    currency: 'RUB',
    english: true,
    externalId: seq('CZTI-', 10_001, 5),
    products: cheboksary,
  },
  {
    organisation: 'by-berezino-hydraulics',
    manufacturer: 'ОАО "Березинский завод гидроаппаратуры"',
    currency: 'BYN',
    english: true,
    externalId: seq('BZG-', 601, 4),
    products: berezino,
  },
  {
    organisation: 'ru-michurinsk-hydraulics',
    manufacturer: 'АО "Мичуринский завод гидроприводов"',
    currency: 'RUB',
    english: false,
    externalId: seq('МЗГП-', 2201, 4),
    products: michurinsk,
  },
];

export { gearPump, hydraulicCylinder };
