import { DownloadOutlined, ReloadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Col,
  Flex,
  Progress,
  Row,
  Segmented,
  Statistic,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { programsApi } from '../api/coopex-api';
import type { SynchronizationReport, SynchronizationSide, SynchronizationTotals } from '../api/types';
import { CoverageBarChart, CoveragePie } from '../components/coverage-charts';
import { EmptyState } from '../components/empty-state';
import { ErrorAlert } from '../components/error-alert';
import { CountryLabel, CoverageTag, useCountryName } from '../components/labels';
import { PageHeader } from '../components/page-header';
import { SynchronizationSelector } from '../components/synchronization-selector';
import { useFormatters } from '../format/use-formatters';
import { useMatchReason } from '../format/use-match-reason';

type SideItem = SynchronizationSide['items'][number];
type Gap = SynchronizationReport['gaps'][number];
type Overlap = SynchronizationReport['overlaps'][number];

function sideTitle(side: SynchronizationSide, countryName: (code: string) => string): string {
  return side.programs.length === 1 ? side.programs[0]!.title : countryName(side.country);
}

/** The currency holding most of a side's value: the one the value chart shows first. */
function currencies(totals: SynchronizationTotals): string[] {
  return Object.entries(totals.value)
    .sort(
      ([, left], [, right]) =>
        right.covered + right.partly + right.not_covered - (left.covered + left.partly + left.not_covered),
    )
    .map(([currency]) => currency);
}

function SideSummary({ side }: { side: SynchronizationSide }) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const countryName = useCountryName();
  const sideCurrencies = currencies(side.totals);
  const [currency, setCurrency] = useState(sideCurrencies[0]);
  const value = currency ? side.totals.value[currency] : undefined;
  const title = sideTitle(side, countryName);
  const chapters = side.byChapter
    .map((entry) => ({
      label: entry.chapter,
      covered: entry.totals.items.covered,
      partly: entry.totals.items.partly,
      notCovered: entry.totals.items.not_covered,
    }))
    .sort(
      (left, right) =>
        right.covered + right.partly + right.notCovered - (left.covered + left.partly + left.notCovered),
    )
    .slice(0, 10);

  return (
    <Card
      size="small"
      className="report-side"
      title={
        <Flex vertical>
          <span>{title}</span>
          <Typography.Text type="secondary" className="report-side-subtitle">
            {t('report.suppliedBy', { countries: side.suppliedBy.map(countryName).join(', ') || '—' })}
          </Typography.Text>
        </Flex>
      }
    >
      <Row gutter={8}>
        {(['covered', 'partly', 'not_covered'] as const).map((status) => (
          <Col span={8} key={status}>
            <Statistic
              title={t(`coverage.${status}`)}
              value={side.totals.items[status]}
              formatter={(number) => formatters.number(Number(number), 0)}
            />
          </Col>
        ))}
      </Row>
      <Typography.Title level={3} className="chart-title">
        {t('report.byItems')}
      </Typography.Title>
      <CoveragePie totals={side.totals.items} title={t('report.byItemsOf', { side: title })} />
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} className="chart-title">
          {t('report.byValue')}
        </Typography.Title>
        {sideCurrencies.length > 1 ? (
          <Segmented
            size="small"
            aria-label={t('report.currency')}
            value={currency}
            onChange={setCurrency}
            options={sideCurrencies}
          />
        ) : null}
      </Flex>
      {value && currency ? (
        <CoverageBarChart
          isHorizontal
          height={140}
          title={t('report.byValueOf', { side: title })}
          rows={[
            { label: currency, covered: value.covered, partly: value.partly, notCovered: value.not_covered },
          ]}
          valueFormatter={(amount) => formatters.currency(amount, currency)}
        />
      ) : (
        <Typography.Text type="secondary">{t('report.noValues')}</Typography.Text>
      )}
      <Typography.Title level={3} className="chart-title">
        {t('report.byChapter')}
      </Typography.Title>
      {chapters.length > 0 ? (
        <CoverageBarChart rows={chapters} title={t('report.byChapterOf', { side: title })} height={240} />
      ) : (
        <Typography.Text type="secondary">—</Typography.Text>
      )}
    </Card>
  );
}

function CoverageTable({ side }: { side: SynchronizationSide }) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const matchReason = useMatchReason();
  const columns: ColumnsType<SideItem> = [
    {
      title: t('programs.item'),
      key: 'name',
      render: (_, item) => (
        <Flex vertical>
          <span>{item.name}</span>
          <Typography.Text type="secondary">{item.programTitle}</Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('common.tnved'),
      dataIndex: 'tnved',
      key: 'tnved',
      render: (value) => value ?? '—',
      responsive: ['lg'],
    },
    {
      title: t('programs.valuePerYear'),
      key: 'value',
      align: 'right',
      render: (_, item) => (
        <span className="numeric">{formatters.currency(item.valuePerYear, item.currency)}</span>
      ),
    },
    {
      title: t('report.coverage'),
      dataIndex: 'status',
      key: 'status',
      filters: (['covered', 'partly', 'not_covered'] as const).map((status) => ({
        text: t(`coverage.${status}`),
        value: status,
      })),
      onFilter: (value, item) => item.status === value,
      render: (_, item) => <CoverageTag status={item.status} />,
    },
    {
      title: t('report.producers'),
      key: 'producers',
      render: (_, item) =>
        item.producers.length === 0 ? (
          '—'
        ) : (
          <ul className="plain-list">
            {item.producers.slice(0, 3).map((producer) => (
              <li key={producer.productId}>
                {producer.supplierName} <Tag>{producer.country}</Tag>
                {producer.failed.length > 0 ? (
                  <span className="failed-requirement"> {producer.failed.map(matchReason).join('; ')}</span>
                ) : null}
              </li>
            ))}
          </ul>
        ),
    },
    {
      title: t('report.shortfall'),
      key: 'shortfall',
      render: (_, item) => {
        // A full capacity is nothing missing, and a short one is already said by the shortfall reason (in red):
        // the share alone is shown only when it is short and no reason says so.
        const isCapacityShort = item.capacityShare !== null && item.capacityShare < 1;
        if (item.shortfall.length === 0 && !isCapacityShort) return '—';
        return (
          <Flex vertical>
            {isCapacityShort && item.shortfall.length === 0 ? (
              <span>{t('report.capacityShare', { share: formatters.percent(item.capacityShare) })}</span>
            ) : null}
            {item.shortfall.map((reason) => (
              <span key={reason} className="failed-requirement">
                {matchReason(reason)}
              </span>
            ))}
          </Flex>
        );
      },
      responsive: ['md'],
    },
  ];
  return (
    <Table<SideItem>
      rowKey="itemId"
      size="small"
      columns={columns}
      dataSource={side.items}
      pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
      scroll={{ x: 800 }}
      locale={{ emptyText: <EmptyState title={t('report.noItems')} /> }}
    />
  );
}

function GapsTable({ gaps }: { gaps: Gap[] }) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  return (
    <Table<Gap>
      rowKey={(gap) => `${gap.productKind ?? ''}:${gap.items.map((item) => item.name).join('|')}`}
      size="small"
      dataSource={gaps}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      locale={{ emptyText: <EmptyState title={t('report.noGaps')} /> }}
      columns={[
        {
          title: t('report.productKind'),
          dataIndex: 'productKind',
          key: 'kind',
          render: (kind: string | null) => kind ?? t('report.otherKind'),
        },
        {
          title: t('report.gapItems'),
          key: 'items',
          render: (_, gap) => (
            <ul className="plain-list">
              {gap.items.map((item) => (
                <li key={`${item.programTitle}:${item.externalId ?? item.name}`}>
                  <Tag>{item.country}</Tag> {item.name}
                  {item.valuePerYear !== null ? (
                    <Typography.Text type="secondary">
                      {' '}
                      · {formatters.currency(item.valuePerYear, item.currency)}
                    </Typography.Text>
                  ) : null}
                </li>
              ))}
            </ul>
          ),
        },
        {
          title: t('report.valuePerYear'),
          dataIndex: 'valuePerYear',
          key: 'value',
          align: 'right',
          render: (value: number) => <span className="numeric">{formatters.number(value, 0)}</span>,
        },
      ]}
    />
  );
}

function OverlapsTable({
  overlaps,
  leftTitle,
  rightTitle,
}: {
  overlaps: Overlap[];
  leftTitle: string;
  rightTitle: string;
}) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const sideCell = (side: Overlap['left']) => (
    <Flex vertical>
      <span>{side.name}</span>
      <Typography.Text type="secondary">
        {[side.tnved, side.programTitle].filter(Boolean).join(' · ')}
      </Typography.Text>
    </Flex>
  );
  return (
    <Table<Overlap>
      rowKey={(overlap) =>
        `${overlap.left.externalId ?? overlap.left.name}:${overlap.right.externalId ?? overlap.right.name}`
      }
      size="small"
      dataSource={overlaps}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      locale={{ emptyText: <EmptyState title={t('report.noOverlaps')} /> }}
      columns={[
        { title: leftTitle, key: 'left', render: (_, overlap) => sideCell(overlap.left) },
        { title: rightTitle, key: 'right', render: (_, overlap) => sideCell(overlap.right) },
        {
          title: t('report.similarity'),
          dataIndex: 'similarity',
          key: 'similarity',
          render: (value: number) => formatters.percent(value),
        },
      ]}
    />
  );
}

export default function ProgramReportPage() {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const countryName = useCountryName();
  const queryClient = useQueryClient();
  const [searchParameters] = useSearchParams();
  const left = searchParameters.get('left') ?? '';
  const right = searchParameters.get('right') ?? '';
  const hasSides = left.length >= 2 && right.length >= 2;
  const [coverageSide, setCoverageSide] = useState<0 | 1>(0);

  // The server keeps one job per pair and catalog state: asking again returns it, or starts one when stale.
  const started = useQuery({
    queryKey: ['sync-job', left, right],
    queryFn: () => programsApi.startSynchronization(left, right),
    enabled: hasSides,
    staleTime: Infinity,
  });
  const jobId = started.data?.id;
  const job = useQuery({
    queryKey: ['job', jobId],
    queryFn: () => programsApi.getJob(jobId as string),
    enabled: Boolean(jobId),
    initialData: started.data,
    refetchInterval: (query) => {
      const status = query.state.data?.status;
      return status === 'queued' || status === 'running' ? 1000 : false;
    },
  });
  const crumbs = [{ label: t('nav.programs'), to: '/programs' }];

  if (!hasSides) {
    return (
      <>
        <PageHeader title={t('report.title')} crumbs={crumbs} />
        <SynchronizationSelector />
      </>
    );
  }
  const current = job.data ?? started.data;
  const error = started.error ?? job.error;
  const report = current?.status === 'done' ? current.result : null;
  const [leftSide, rightSide] = report?.sides ?? [];
  const leftTitle = leftSide ? sideTitle(leftSide, countryName) : left;
  const rightTitle = rightSide ? sideTitle(rightSide, countryName) : right;

  return (
    <>
      <PageHeader
        title={report ? t('report.titleOf', { left: leftTitle, right: rightTitle }) : t('report.title')}
        crumbs={[...crumbs, { label: t('report.title') }]}
        subtitle={
          report
            ? t('report.computedAt', {
                date: formatters.dateTime(report.computedAt),
                products: formatters.number(report.catalogProducts, 0),
              })
            : undefined
        }
        extra={
          <Button
            icon={<DownloadOutlined />}
            href={programsApi.workbookUrl(left, right)}
            download
            disabled={!report}
          >
            {t('report.exportXlsx')}
          </Button>
        }
      />
      {error ? <ErrorAlert error={error} onRetry={() => void started.refetch()} /> : null}
      {current && (current.status === 'queued' || current.status === 'running') ? (
        <Card size="small">
          <Typography.Paragraph>{t('report.computing')}</Typography.Paragraph>
          <Progress
            percent={Math.round(current.progress * 100)}
            status="active"
            aria-label={t('report.computing')}
          />
        </Card>
      ) : null}
      {current?.status === 'failed' ? (
        <Alert
          type="error"
          showIcon
          title={t('report.failed')}
          action={<Button onClick={() => void started.refetch()}>{t('common.retry')}</Button>}
        />
      ) : null}
      {current?.isStale ? (
        <Alert
          type="warning"
          showIcon
          className="form-alert"
          title={t('report.stale')}
          action={
            <Button
              icon={<ReloadOutlined />}
              onClick={() => void queryClient.invalidateQueries({ queryKey: ['sync-job', left, right] })}
            >
              {t('report.recompute')}
            </Button>
          }
        />
      ) : null}
      {report && leftSide && rightSide ? (
        <>
          <Row gutter={[16, 16]} className="report-sides">
            <Col xs={24} lg={12}>
              <SideSummary side={leftSide} />
            </Col>
            <Col xs={24} lg={12}>
              <SideSummary side={rightSide} />
            </Col>
          </Row>
          <Card size="small" className="section-card">
            <Tabs
              items={[
                {
                  key: 'coverage',
                  label: t('report.coverageTab'),
                  children: (
                    <>
                      <Segmented<0 | 1>
                        aria-label={t('report.side')}
                        value={coverageSide}
                        onChange={setCoverageSide}
                        options={[
                          { value: 0, label: leftTitle },
                          { value: 1, label: rightTitle },
                        ]}
                        className="table-toolbar"
                      />
                      <CoverageTable side={coverageSide === 0 ? leftSide : rightSide} />
                    </>
                  ),
                },
                {
                  key: 'gaps',
                  label: t('report.gapsTab', { count: report.gaps.length }),
                  children: (
                    <>
                      <Typography.Paragraph type="secondary">{t('report.gapsHint')}</Typography.Paragraph>
                      <GapsTable gaps={report.gaps} />
                    </>
                  ),
                },
                {
                  key: 'overlaps',
                  label: t('report.overlapsTab', { count: report.overlaps.length }),
                  children: (
                    <>
                      <Typography.Paragraph type="secondary">{t('report.overlapsHint')}</Typography.Paragraph>
                      <OverlapsTable
                        overlaps={report.overlaps}
                        leftTitle={leftTitle}
                        rightTitle={rightTitle}
                      />
                    </>
                  ),
                },
                {
                  key: 'false-friends',
                  label: t('report.falseFriendsTab', { count: report.falseFriends.length }),
                  children: (
                    <>
                      <Typography.Paragraph type="secondary">
                        {t('report.falseFriendsHint')}
                      </Typography.Paragraph>
                      <OverlapsTable
                        overlaps={report.falseFriends}
                        leftTitle={leftTitle}
                        rightTitle={rightTitle}
                      />
                    </>
                  ),
                },
              ]}
            />
          </Card>
          <Card size="small" className="section-card" title={t('report.producersTitle')}>
            <Row gutter={[16, 16]}>
              {[leftSide, rightSide].map((side) => (
                <Col xs={24} lg={12} key={side.country + sideTitle(side, countryName)}>
                  <Typography.Title level={3} className="chart-title">
                    {t('report.producersFor', { side: sideTitle(side, countryName) })}
                  </Typography.Title>
                  <Table
                    size="small"
                    rowKey="supplierId"
                    dataSource={side.byProducer}
                    pagination={{ pageSize: 10, hideOnSinglePage: true }}
                    locale={{ emptyText: <EmptyState title={t('report.noProducers')} /> }}
                    columns={[
                      { title: t('product.supplier'), dataIndex: 'supplierName', key: 'name' },
                      {
                        title: t('product.country'),
                        dataIndex: 'country',
                        key: 'country',
                        render: (code: string) => <CountryLabel code={code} />,
                      },
                      { title: t('programs.items'), dataIndex: 'items', key: 'items', align: 'right' },
                    ]}
                  />
                </Col>
              ))}
            </Row>
          </Card>
        </>
      ) : null}
      {!current && !error ? <Card loading /> : null}
      {!report && current?.status === 'done' ? <EmptyState title={t('report.noItems')} /> : null}
    </>
  );
}
