import type { Writable } from 'node:stream';
import { findUnitByCode } from '@coopex/domain';
import { writeWorkbook, type WorkbookSheet } from '@coopex/import';
import type { SideReport, SynchronizationReport } from './synchronize-programs';

const statusNames = { covered: 'покрыто', partly: 'частично', not_covered: 'не покрыто' } as const;

/** The synchronisation report as a workbook for ministries: a summary, each side's coverage, gaps and overlaps. */
export async function exportSynchronizationReport(options: {
  report: SynchronizationReport;
  destination: string | Writable;
}): Promise<void> {
  const { report } = options;
  const [left, right] = report.sides;
  const sheets: WorkbookSheet[] = [
    {
      name: 'Сводка',
      caption: [
        `Синхронизация программ импортозамещения: ${left.country} ↔ ${right.country}`,
        `Рассчитано ${report.computedAt.slice(0, 16).replace('T', ' ')} UTC по каталогу из ${report.catalogProducts} изделий`,
      ],
      headers: [
        'Программы',
        'Поставщики',
        'Позиций',
        'Покрыто',
        'Частично',
        'Не покрыто',
        'Стоимость, покрыто',
        'Стоимость, частично',
        'Стоимость, не покрыто',
        'Валюта',
      ],
      rows: [left, right].flatMap((side) => summaryRows(side)),
    },
    {
      name: 'Разрезы',
      caption: ['Покрытие по отраслям, главам ТН ВЭД и предприятиям, которые могут взять позиции программы'],
      headers: [
        'Сторона',
        'Разрез',
        'Значение',
        'Позиций',
        'Покрыто',
        'Частично',
        'Не покрыто',
        'Стоимость, покрыто',
        'Валюта',
      ],
      rows: [left, right].flatMap((side) => breakdownRows(side)),
    },
    coverageSheet(left, right.country),
    coverageSheet(right, left.country),
    {
      name: 'Пробелы',
      caption: [
        'Позиции, которые не производит никто в Союзе: кандидаты в совместные проекты (по убыванию стоимости)',
      ],
      headers: [
        'Проект',
        'Вид продукции',
        'Страна',
        'Программа',
        'Код позиции',
        'Наименование',
        'ТН ВЭД',
        'Стоимость в год',
        'Валюта',
      ],
      rows: report.gaps.flatMap((group, index) =>
        group.items.map((item) => [
          index + 1,
          group.productKind,
          item.country,
          item.programTitle,
          item.externalId,
          item.name,
          item.tnved,
          item.valuePerYear,
          item.currency,
        ]),
      ),
    },
    {
      name: 'Пересечения',
      caption: ['Позиции, которые планируют освоить обе стороны: договориться, кто что производит'],
      headers: [
        `Программа ${left.country}`,
        'Позиция',
        'Наименование',
        'ТН ВЭД',
        `Программа ${right.country}`,
        'Позиция',
        'Наименование',
        'ТН ВЭД',
        'Сходство',
      ],
      rows: report.overlaps.map((pair) => overlapRow(pair)),
    },
    {
      name: 'Не пересечения',
      caption: ['Одна товарная позиция ТН ВЭД, но разные изделия: не считаются пересечениями'],
      headers: [
        `Программа ${left.country}`,
        'Позиция',
        'Наименование',
        'ТН ВЭД',
        `Программа ${right.country}`,
        'Позиция',
        'Наименование',
        'ТН ВЭД',
        'Сходство',
      ],
      rows: report.falseFriends.map((pair) => overlapRow(pair)),
    },
  ];
  await writeWorkbook({ destination: options.destination, sheets });
}

function summaryRows(side: SideReport): Array<Array<string | number | null>> {
  const currencies = Object.keys(side.totals.value);
  return (currencies.length > 0 ? currencies : ['—']).map((currency) => {
    const value = side.totals.value[currency];
    return [
      side.programs.map((program) => program.title).join('; '),
      side.suppliedBy.join(', '),
      side.items.length,
      side.totals.items.covered,
      side.totals.items.partly,
      side.totals.items.not_covered,
      value?.covered ?? null,
      value?.partly ?? null,
      value?.not_covered ?? null,
      currency,
    ];
  });
}

function breakdownRows(side: SideReport): Array<Array<string | number | null>> {
  const totalsRow = (dimension: string, key: string, totals: SideReport['totals']) => {
    const [currency, value] = Object.entries(totals.value)[0] ?? ['—', undefined];
    const count = totals.items.covered + totals.items.partly + totals.items.not_covered;
    return [
      side.country,
      dimension,
      key,
      count,
      totals.items.covered,
      totals.items.partly,
      totals.items.not_covered,
      value?.covered ?? null,
      currency,
    ];
  };
  return [
    ...side.byIndustry.map((entry) => totalsRow('отрасль', entry.industry, entry.totals)),
    ...side.byChapter.map((entry) => totalsRow('глава ТН ВЭД', entry.chapter, entry.totals)),
    ...side.byProducer.map((producer) => {
      const [currency, value] = Object.entries(producer.value)[0] ?? ['—', null];
      return [
        side.country,
        'предприятие',
        `${producer.supplierName} (${producer.country})`,
        producer.items,
        null,
        null,
        null,
        value,
        currency,
      ];
    }),
  ];
}

function coverageSheet(side: SideReport, supplier: string): WorkbookSheet {
  return {
    name: `${side.country} ← ${supplier}`,
    caption: [`Что производители ${supplier} могут поставить по программам ${side.country}`],
    headers: [
      'Программа',
      'Код позиции',
      'Наименование',
      'ТН ВЭД',
      'Объем в год',
      'Ед.',
      'Стоимость в год',
      'Валюта',
      'Покрытие',
      'Доля мощности',
      'Чего не хватает',
      'Производители',
    ],
    rows: side.items.map((item) => [
      item.programTitle,
      item.externalId,
      item.name,
      item.tnved,
      item.quantityPerYear,
      // People read «шт», «т»; the stored code is for machines.
      item.quantityUnit ? (findUnitByCode(item.quantityUnit)?.aliases[0] ?? item.quantityUnit) : null,
      item.valuePerYear,
      item.currency,
      statusNames[item.status],
      item.capacityShare,
      item.shortfall.join('; ') || null,
      item.producers
        .slice(0, 5)
        .map(
          (producer) =>
            `${producer.supplierName}: ${producer.productName}${producer.failed.length > 0 ? ' (не выполнено: ' + producer.failed.join('; ') + ')' : ''}`,
        )
        .join('\n') || null,
    ]),
  };
}

function overlapRow(pair: SynchronizationReport['overlaps'][number]): Array<string | number | null> {
  return [
    pair.left.programTitle,
    pair.left.externalId,
    pair.left.name,
    pair.left.tnved,
    pair.right.programTitle,
    pair.right.externalId,
    pair.right.name,
    pair.right.tnved,
    pair.similarity,
  ];
}
