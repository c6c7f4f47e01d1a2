import { SendOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Flex,
  List,
  Popconfirm,
  Row,
  Segmented,
  Skeleton,
  Space,
  Steps,
  Table,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { hotListsApi } from '../api/coopex-api';
import type { DemandLine, DemandLineStatus, MatchCandidate } from '../api/types';
import { CandidateExplanation, RequirementsTag } from '../components/candidate-explanation';
import { EmptyState } from '../components/empty-state';
import { MatchRefreshNotice } from '../components/match-refresh-notice';
import { LineOffers, lineOffersKey, OfferDialog, OfferedMark } from '../components/line-offers';
import { describeError, ErrorAlert } from '../components/error-alert';
import { CountryLabel, CriticalityTag, LineStatusTag, ScoreBar, useUnitName } from '../components/labels';
import { OrganisationName } from '../components/organisation-name';
import { PageHeader } from '../components/page-header';
import { allowedMoves, isForwardMove, lifecyclePath } from '../format/line-lifecycle';
import { useFormatters } from '../format/use-formatters';
import { useParameterText } from '../format/use-parameter-text';
import { useSession } from '../session/session-context';

const countryFilters = ['all', 'BY', 'RU'] as const;
type CountryFilter = (typeof countryFilters)[number];

const lineMatchesReloads = ['line-matches'];

function LineDetails({ line }: { line: DemandLine }) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const unitName = useUnitName();
  const parameterText = useParameterText();
  return (
    <Card title={t('line.details')} size="small">
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'externalId', label: t('hotList.externalId'), children: line.externalId ?? '—' },
          { key: 'partNumber', label: t('line.partNumber'), children: line.partNumber ?? '—' },
          { key: 'manufacturer', label: t('line.manufacturer'), children: line.manufacturer ?? '—' },
          {
            key: 'origin',
            label: t('line.originCountry'),
            children: <CountryLabel code={line.originCountry} />,
          },
          { key: 'tnved', label: t('common.tnved'), children: line.tnved ?? '—' },
          { key: 'okpd2', label: t('common.okpd2'), children: line.okpd2 ?? '—' },
          {
            key: 'quantity',
            label: t('line.quantityPerYear'),
            children:
              line.quantityPerYear === null
                ? '—'
                : `${formatters.number(line.quantityPerYear, 0)} ${unitName(line.quantityUnit)}`,
          },
          { key: 'neededBy', label: t('hotList.neededBy'), children: formatters.date(line.neededBy) },
          {
            key: 'targetPrice',
            label: t('line.targetPrice'),
            children: formatters.currency(line.targetPrice, line.currency),
          },
          {
            key: 'criticality',
            label: t('hotList.criticality'),
            children: <CriticalityTag criticality={line.criticality} />,
          },
          {
            key: 'analogueGrade',
            label: t('line.minimumAnalogueGrade'),
            children: line.minimumAnalogueGrade
              ? t(`analogueGrade.${line.minimumAnalogueGrade}`)
              : t('line.anyGrade'),
          },
        ]}
      />
      {line.description ? <Typography.Paragraph>{line.description}</Typography.Paragraph> : null}
      <Typography.Title level={2} className="card-subtitle">
        {t('line.requirements')}
      </Typography.Title>
      {line.requirements.length === 0 ? (
        <Typography.Text type="secondary">{t('line.noRequirements')}</Typography.Text>
      ) : (
        <List
          size="small"
          dataSource={line.requirements}
          renderItem={(requirement) => (
            <List.Item>
              <Flex vertical>
                <Typography.Text strong>{requirement.name}</Typography.Text>
                <span>{parameterText.requirement(requirement.requirement)}</span>
              </Flex>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}

function Lifecycle({ line, canMove }: { line: DemandLine; canMove: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const move = useMutation({
    mutationFn: (status: DemandLineStatus) => hotListsApi.moveLine(line.id, status),
    onSuccess: async (moved) => {
      message.success(t('line.moved', { status: t(`lineStatus.${moved.status}`) }));
      await queryClient.invalidateQueries({ queryKey: ['line-matches', line.id] });
      await queryClient.invalidateQueries({ queryKey: ['demand-lines', line.listId] });
    },
    onError: (error) => message.error(describeError(error, t)),
  });
  const currentIndex = lifecyclePath.indexOf(line.status);
  const moves = allowedMoves(line.status);

  return (
    <Card title={t('line.lifecycle')} size="small" className="section-card">
      <Flex align="center" gap={8} wrap>
        <span>{t('line.currentStatus')}</span>
        <LineStatusTag status={line.status} />
      </Flex>
      <Steps
        className="lifecycle-steps"
        size="small"
        orientation="vertical"
        current={currentIndex}
        status={line.status === 'cancelled' ? 'error' : currentIndex === -1 ? 'wait' : 'process'}
        items={lifecyclePath.map((status) => ({ title: t(`lineStatus.${status}`) }))}
      />
      {canMove ? (
        <Space wrap>
          {moves.map((status) =>
            status === 'cancelled' ? (
              <Popconfirm
                key={status}
                title={t('line.cancelConfirm')}
                okText={t('line.cancelLine')}
                cancelText={t('common.no')}
                onConfirm={() => move.mutate(status)}
              >
                <Button danger loading={move.isPending && move.variables === status}>
                  {t('line.cancelLine')}
                </Button>
              </Popconfirm>
            ) : (
              <Button
                key={status}
                type={isForwardMove(line.status, status) ? 'primary' : 'default'}
                loading={move.isPending && move.variables === status}
                disabled={move.isPending}
                onClick={() => move.mutate(status)}
              >
                {isForwardMove(line.status, status)
                  ? t('line.moveTo', { status: t(`lineStatus.${status}`) })
                  : t('line.moveBack', { status: t(`lineStatus.${status}`) })}
              </Button>
            ),
          )}
          {moves.length === 0 ? (
            <Typography.Text type="secondary">{t('line.noMoves')}</Typography.Text>
          ) : null}
        </Space>
      ) : (
        <Typography.Text type="secondary">{t('line.readOnly')}</Typography.Text>
      )}
    </Card>
  );
}

export default function DemandLinePage() {
  const { listId = '', lineId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { activeMembership } = useSession();
  const [countryFilter, setCountryFilter] = useState<CountryFilter>('all');
  const [offering, setOffering] = useState<MatchCandidate | null>(null);
  const offers = useQuery({ queryKey: lineOffersKey(lineId), queryFn: () => hotListsApi.listOffers(lineId) });
  const list = useQuery({ queryKey: ['demand-list', listId], queryFn: () => hotListsApi.getList(listId) });
  const matches = useQuery({
    queryKey: ['line-matches', lineId, countryFilter],
    queryFn: () =>
      hotListsApi.getMatches(lineId, {
        limit: 10,
        countries: countryFilter === 'all' ? undefined : [countryFilter],
      }),
  });
  const crumbs = [
    { label: t('nav.hotLists'), to: '/hot-lists' },
    { label: list.data?.title ?? '…', to: `/hot-lists/${listId}` },
  ];

  if (matches.error && !matches.data) {
    return (
      <>
        <PageHeader title={t('line.title')} crumbs={crumbs} />
        <ErrorAlert error={matches.error} onRetry={() => void matches.refetch()} />
      </>
    );
  }
  if (!matches.data) return <Skeleton active />;
  const { line, candidates } = matches.data;
  const canMove = Boolean(
    activeMembership?.canBuy && list.data && list.data.organisationId === activeMembership.organisationId,
  );
  // A supplier (supply rights, or an enterprise's admin) offers its own candidates to someone else's line.
  const canOffer = Boolean(
    activeMembership &&
    activeMembership.organisationKind === 'enterprise' &&
    (activeMembership.canSupply || activeMembership.role === 'admin') &&
    list.data &&
    list.data.organisationId !== activeMembership.organisationId,
  );
  const ownCandidates = canOffer
    ? candidates.filter((candidate) => candidate.supplier.id === activeMembership?.organisationId)
    : [];
  const offeredProducts = new Set((offers.data?.items ?? []).map((offer) => offer.product.id));

  const columns: ColumnsType<MatchCandidate> = [
    { title: '#', dataIndex: 'rank', key: 'rank', width: 48 },
    {
      title: t('line.candidate'),
      key: 'product',
      render: (_, candidate) => (
        <Space orientation="vertical" size={0}>
          <Link to={`/catalog/${candidate.productId}`}>
            {i18n.language === 'en' && candidate.nameEn ? candidate.nameEn : candidate.name}
          </Link>
          <Typography.Text type="secondary">
            {[candidate.partNumber, candidate.manufacturer].filter(Boolean).join(' · ') || '—'}
          </Typography.Text>
          {/* The supplier's own products can be offered to the buyer, which shows it their price and capacity. */}
          {canOffer && !offers.isPending && candidate.supplier.id === activeMembership?.organisationId ? (
            offeredProducts.has(candidate.productId) ? (
              <OfferedMark />
            ) : (
              <Button
                size="small"
                type="primary"
                icon={<SendOutlined />}
                className="offer-button"
                onClick={() => setOffering(candidate)}
              >
                {t('offers.offer')}
              </Button>
            )
          ) : null}
        </Space>
      ),
    },
    {
      title: t('product.supplier'),
      key: 'supplier',
      render: (_, candidate) => (
        <Space orientation="vertical" size={0}>
          {/* The match names the supplier in Russian only; the organisation record has the English name too. */}
          <OrganisationName id={candidate.supplier.id} />
          <CountryLabel code={candidate.supplier.country} />
        </Space>
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
      key: 'failed',
      render: (_, candidate) => <RequirementsTag candidate={candidate} />,
    },
  ];
  return (
    <>
      <PageHeader
        title={line.name}
        crumbs={[...crumbs, { label: line.externalId ?? line.name }]}
        subtitle={line.nameEn}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={8}>
          <LineDetails line={line} />
          <Lifecycle line={line} canMove={canMove} />
        </Col>
        <Col xs={24} xl={16}>
          <LineOffers
            lineId={lineId}
            offers={offers.data?.items ?? []}
            isLoading={offers.isPending}
            error={offers.error}
            onRetry={() => void offers.refetch()}
            canWithdraw={(offer) => canOffer && offer.supplier.id === activeMembership?.organisationId}
          />
          <Card
            title={t('line.candidates')}
            size="small"
            className="section-card"
            extra={
              <Segmented<CountryFilter>
                aria-label={t('line.supplierCountry')}
                size="small"
                value={countryFilter}
                onChange={setCountryFilter}
                options={countryFilters.map((value) => ({
                  value,
                  label: value === 'all' ? t('line.allCountries') : value,
                }))}
              />
            }
          >
            <Typography.Paragraph type="secondary">
              {t('line.candidatesHint')}
              {ownCandidates.length > 0 ? ` ${t('offers.ownCandidatesHint')}` : null}
            </Typography.Paragraph>
            {matches.error ? <ErrorAlert error={matches.error} /> : null}
            {matches.data.isStored ? <MatchRefreshNotice reloads={lineMatchesReloads} /> : null}
            <Table<MatchCandidate>
              key={`${countryFilter}:${candidates[0]?.productId ?? ''}`}
              className="candidate-table"
              rowKey="productId"
              size="middle"
              pagination={false}
              loading={matches.isFetching}
              dataSource={candidates}
              columns={columns}
              scroll={{ x: 640 }}
              rowClassName={(candidate) => (candidate.failed.length > 0 ? 'candidate-failed' : '')}
              expandable={{
                expandedRowRender: (candidate) => <CandidateExplanation candidate={candidate} />,
                defaultExpandedRowKeys: candidates[0] ? [candidates[0].productId] : [],
                expandRowByClick: false,
              }}
              locale={{
                emptyText: <EmptyState title={t('line.noCandidates')} hint={t('line.noCandidatesHint')} />,
              }}
            />
          </Card>
        </Col>
      </Row>
      {offering ? (
        <OfferDialog lineId={line.id} candidate={offering} onClose={() => setOffering(null)} />
      ) : null}
    </>
  );
}
