import { useQuery } from '@tanstack/react-query';
import { Card, Col, Flex, Progress, Row, Segmented, Statistic, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { dashboardApi, programsApi } from '../api/coopex-api';
import type { CoverageStatus, DashboardSummary, SynchronizationSide } from '../api/types';
import { CoverageBarChart } from '../components/coverage-charts';
import { EmptyState } from '../components/empty-state';
import { MatchRefreshNotice } from '../components/match-refresh-notice';
import { ErrorAlert } from '../components/error-alert';
import { coverageColors, ScoreBar, useCountryName, useIndustryName } from '../components/labels';
import { LinkButton } from '../components/link-button';
import { PageHeader } from '../components/page-header';
import { useFormatters } from '../format/use-formatters';
import { useSession } from '../session/session-context';

type LatestMatch = DashboardSummary['latestMatches'][number];

/** One side of the BY ↔ RU synchronisation as a single stacked bar of its items. */
/** The coverage figures come from stored matches. */
const dashboardReloads = ['dashboard'];

function ProgramCoverageBar({ side }: { side: SynchronizationSide }) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const countryName = useCountryName();
  const totals = side.totals.items;
  const all = totals.covered + totals.partly + totals.not_covered;
  const statuses: CoverageStatus[] = ['covered', 'partly', 'not_covered'];
  return (
    <div className="program-glance">
      <Typography.Text strong>
        {t('dashboard.programsOf', { country: countryName(side.country), count: all })}
      </Typography.Text>
      <div
        className="glance-bar"
        role="img"
        aria-label={statuses.map((status) => `${t(`coverage.${status}`)}: ${totals[status]}`).join(', ')}
      >
        {statuses.map((status) =>
          totals[status] > 0 ? (
            <span
              key={status}
              style={{ flexGrow: totals[status], background: coverageColors[status] }}
              title={`${t(`coverage.${status}`)}: ${totals[status]}`}
            />
          ) : null,
        )}
      </div>
      <Flex gap={12} wrap>
        {statuses.map((status) => (
          <span key={status} className="glance-legend">
            <span
              className="glance-swatch"
              style={{ background: coverageColors[status] }}
              aria-hidden="true"
            />
            {t(`coverage.${status}`)}: {formatters.number(totals[status], 0)}
            {all > 0 ? ` (${formatters.percent(totals[status] / all)})` : ''}
          </span>
        ))}
      </Flex>
    </div>
  );
}

function ProgramsAtAGlance() {
  const { t } = useTranslation();
  const started = useQuery({
    queryKey: ['sync-job', 'BY', 'RU'],
    queryFn: () => programsApi.startSynchronization('BY', 'RU'),
    staleTime: Infinity,
    retry: false,
  });
  const job = useQuery({
    queryKey: ['job', started.data?.id],
    queryFn: () => programsApi.getJob(started.data!.id),
    enabled: Boolean(started.data),
    initialData: started.data,
    refetchInterval: (query) =>
      query.state.data?.status === 'queued' || query.state.data?.status === 'running' ? 1500 : false,
  });
  const current = job.data ?? started.data;
  return (
    <Card
      size="small"
      title={t('dashboard.programsTitle')}
      extra={<Link to="/programs/report?left=BY&right=RU">{t('dashboard.openReport')}</Link>}
    >
      {started.error ? <ErrorAlert error={started.error} /> : null}
      {current && current.status !== 'done' && current.status !== 'failed' ? (
        <Progress
          percent={Math.round(current.progress * 100)}
          status="active"
          aria-label={t('report.computing')}
        />
      ) : null}
      {current?.status === 'done' && current.result ? (
        <Flex vertical gap={16}>
          {current.result.sides.map((side) => (
            <ProgramCoverageBar key={side.country} side={side} />
          ))}
          <Typography.Text type="secondary">
            {t('dashboard.gapsAndOverlaps', {
              gaps: current.result.gaps.length,
              overlaps: current.result.overlaps.length,
            })}
          </Typography.Text>
        </Flex>
      ) : null}
      {!current && !started.error ? <Card loading variant="borderless" /> : null}
    </Card>
  );
}

export default function DashboardPage() {
  const { t, i18n } = useTranslation();
  const formatters = useFormatters();
  const countryName = useCountryName();
  const industryName = useIndustryName();
  // Names in the interface language where the data has them; Russian otherwise.
  const localName = (russian: string, english: string | null) =>
    i18n.language === 'en' && english ? english : russian;
  const { activeMembership, canSeePrograms } = useSession();
  const canBuy = Boolean(activeMembership?.canBuy);
  const [scope, setScope] = useState<'union' | 'mine'>('union');
  const organisationId = scope === 'mine' ? activeMembership?.organisationId : undefined;
  const summary = useQuery({
    queryKey: ['dashboard', organisationId],
    queryFn: () => dashboardApi.get(organisationId),
  });
  const data = summary.data;
  const openLines = data?.openLines;
  const coveredShare = openLines && openLines.total > 0 ? openLines.covered / openLines.total : null;

  const columns: ColumnsType<LatestMatch> = [
    {
      title: t('dashboard.need'),
      key: 'line',
      render: (_, match) => (
        <Flex vertical>
          <Link to={`/hot-lists/${match.listId}/lines/${match.lineId}`}>
            {localName(match.lineName, match.lineNameEn)}
          </Link>
          <Typography.Text type="secondary">
            {localName(match.buyerName, match.buyerNameEn)} · {match.buyerCountry}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('dashboard.bestCandidate'),
      key: 'product',
      render: (_, match) => (
        <Flex vertical>
          <Link to={`/catalog/${match.productId}`}>{localName(match.productName, match.productNameEn)}</Link>
          <Typography.Text type="secondary">
            {localName(match.supplierName, match.supplierNameEn)} · {match.supplierCountry}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('matching.score'),
      dataIndex: 'score',
      key: 'score',
      render: (score: number) => <ScoreBar score={score} />,
    },
    {
      title: t('line.failed'),
      dataIndex: 'failedCount',
      key: 'failed',
      render: (count: number) =>
        count > 0 ? (
          <Tag color="error">{t('line.failedCount', { count })}</Tag>
        ) : (
          <Tag color="success">{t('line.meetsAll')}</Tag>
        ),
      responsive: ['md'],
    },
    {
      title: t('dashboard.computedAt'),
      dataIndex: 'computedAt',
      key: 'computedAt',
      render: (value: string) => <span className="numeric">{formatters.dateTime(value)}</span>,
      responsive: ['xxl'],
    },
  ];

  return (
    <>
      <PageHeader
        title={t('dashboard.title')}
        subtitle={t('dashboard.subtitle')}
        extra={
          canBuy ? (
            <Segmented
              aria-label={t('dashboard.scope')}
              value={scope}
              onChange={setScope}
              options={[
                { value: 'union', label: t('dashboard.wholeUnion') },
                { value: 'mine', label: t('dashboard.myLists') },
              ]}
            />
          ) : null
        }
      />
      {summary.error ? <ErrorAlert error={summary.error} onRetry={() => void summary.refetch()} /> : null}
      <MatchRefreshNotice reloads={dashboardReloads} />
      <Row gutter={[16, 16]}>
        <Col xs={12} md={6}>
          <Card size="small" loading={summary.isPending}>
            <Statistic
              title={t('dashboard.openLines')}
              value={openLines?.total ?? 0}
              formatter={(value) => formatters.number(Number(value), 0)}
            />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small" loading={summary.isPending}>
            <Statistic
              title={t('dashboard.coveredShare')}
              value={coveredShare === null ? '—' : formatters.percent(coveredShare)}
            />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small" loading={summary.isPending}>
            <Statistic
              title={t('dashboard.products')}
              value={data?.catalog.products ?? 0}
              formatter={(value) => formatters.number(Number(value), 0)}
            />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small" loading={summary.isPending}>
            <Statistic
              title={t('dashboard.suppliers')}
              value={data?.catalog.suppliers ?? 0}
              formatter={(value) => formatters.number(Number(value), 0)}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('dashboard.byCountry')} loading={summary.isPending}>
            {data && data.byCountry.length > 0 ? (
              <CoverageBarChart
                title={t('dashboard.byCountry')}
                rows={data.byCountry.map((row) => ({ ...row, label: countryName(row.country) }))}
              />
            ) : (
              <EmptyState title={t('dashboard.noOpenLines')} hint={t('dashboard.noOpenLinesHint')} />
            )}
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('dashboard.byIndustry')} loading={summary.isPending}>
            {data && data.byIndustry.length > 0 ? (
              <CoverageBarChart
                isHorizontal
                title={t('dashboard.byIndustry')}
                rows={data.byIndustry
                  .slice(0, 8)
                  .map((row) => ({ ...row, label: industryName(row.industry) }))}
              />
            ) : (
              <EmptyState title={t('dashboard.noOpenLines')} />
            )}
          </Card>
        </Col>
        <Col xs={24} xl={16}>
          <Card
            size="small"
            title={t('dashboard.latestMatches')}
            extra={
              <LinkButton to="/hot-lists" size="small">
                {t('dashboard.allHotLists')}
              </LinkButton>
            }
          >
            <Table<LatestMatch>
              rowKey="lineId"
              size="small"
              columns={columns}
              dataSource={data?.latestMatches ?? []}
              scroll={{ x: 560 }}
              loading={summary.isFetching}
              pagination={false}
              locale={{
                emptyText: summary.isPending ? ' ' : <EmptyState title={t('dashboard.noMatches')} />,
              }}
            />
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          {canSeePrograms ? <ProgramsAtAGlance /> : null}
          {data && openLines ? (
            <Card
              size="small"
              className={canSeePrograms ? 'section-card' : undefined}
              title={t('dashboard.coverageLegendTitle')}
            >
              <Typography.Paragraph type="secondary">{t('dashboard.coverageLegend')}</Typography.Paragraph>
              <Typography.Text>
                {t('dashboard.hotListsCount', { count: data.catalog.hotLists })}
              </Typography.Text>
            </Card>
          ) : null}
        </Col>
      </Row>
    </>
  );
}
