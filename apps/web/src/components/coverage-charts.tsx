import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Legend,
  Pie,
  PieChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useTranslation } from 'react-i18next';
import type { CoverageStatus } from '../api/types';
import { useFormatters } from '../format/use-formatters';
import { coverageColors } from './labels';

export interface CoverageRow {
  label: string;
  covered: number;
  partly: number;
  notCovered: number;
}

const series: Array<{ key: keyof Omit<CoverageRow, 'label'>; status: CoverageStatus }> = [
  { key: 'covered', status: 'covered' },
  { key: 'partly', status: 'partly' },
  { key: 'notCovered', status: 'not_covered' },
];

/**
 * Covered / partly / not covered as stacked bars, one bar per row. Charts are pictures to a screen reader, so the
 * figure carries the same numbers as text. No animation: figures appear at once (and for those who reduce motion).
 */
export function CoverageBarChart({
  rows,
  title,
  isHorizontal = false,
  height = 280,
  valueFormatter,
}: {
  rows: CoverageRow[];
  title: string;
  isHorizontal?: boolean;
  height?: number;
  valueFormatter?: (value: number) => string;
}) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const format = valueFormatter ?? ((value: number) => formatters.number(value, 0));
  const summary = rows
    .map(
      (row) =>
        `${row.label}: ${t('coverage.covered')} ${format(row.covered)}, ${t('coverage.partly')} ${format(row.partly)}, ${t('coverage.not_covered')} ${format(row.notCovered)}`,
    )
    .join('; ');
  const labelWidth = isHorizontal
    ? Math.min(220, Math.max(80, ...rows.map((row) => row.label.length * 7)))
    : 0;
  return (
    <figure className="chart-figure" aria-label={`${title}. ${summary}`} role="img">
      <ResponsiveContainer width="100%" height={height}>
        <BarChart
          data={rows}
          layout={isHorizontal ? 'vertical' : 'horizontal'}
          margin={{ left: 8, right: 32, top: 8 }}
        >
          <CartesianGrid strokeDasharray="3 3" />
          {isHorizontal ? (
            <>
              <XAxis type="number" tickFormatter={(value: number) => formatters.compact(value)} />
              <YAxis type="category" dataKey="label" width={labelWidth} tick={{ fontSize: 12 }} />
            </>
          ) : (
            <>
              <XAxis dataKey="label" tick={{ fontSize: 12 }} />
              <YAxis tickFormatter={(value: number) => formatters.compact(value)} />
            </>
          )}
          <Tooltip formatter={(value) => format(Number(value))} />
          <Legend itemSorter={null} />
          {series.map(({ key, status }) => (
            <Bar
              key={key}
              dataKey={key}
              name={t(`coverage.${status}`)}
              stackId="coverage"
              fill={coverageColors[status]}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}

export function CoveragePie({
  totals,
  title,
  valueFormatter,
}: {
  totals: Record<CoverageStatus, number>;
  title: string;
  valueFormatter?: (value: number) => string;
}) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const format = valueFormatter ?? ((value: number) => formatters.number(value, 0));
  const data = (['covered', 'partly', 'not_covered'] as const).map((status) => ({
    status,
    name: t(`coverage.${status}`),
    value: totals[status],
  }));
  const summary = data.map((slice) => `${slice.name}: ${format(slice.value)}`).join(', ');
  return (
    <figure className="chart-figure" aria-label={`${title}. ${summary}`} role="img">
      <ResponsiveContainer width="100%" height={220}>
        <PieChart>
          <Pie
            data={data}
            dataKey="value"
            nameKey="name"
            innerRadius={50}
            outerRadius={80}
            isAnimationActive={false}
          >
            {data.map((slice) => (
              <Cell key={slice.status} fill={coverageColors[slice.status]} />
            ))}
          </Pie>
          <Tooltip formatter={(value) => format(Number(value))} />
          <Legend itemSorter={null} />
        </PieChart>
      </ResponsiveContainer>
    </figure>
  );
}
