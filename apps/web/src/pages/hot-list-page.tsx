import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Flex, Input, Select, Skeleton, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { hotListsApi } from '../api/coopex-api';
import { demandLineStatuses, type DemandLine, type DemandLineStatus } from '../api/types';
import { EmptyState } from '../components/empty-state';
import { ErrorAlert } from '../components/error-alert';
import { HotListSharingDialog, HotListVisibility } from '../components/hot-list-sharing';
import { CriticalityTag, LineStatusTag, useUnitName } from '../components/labels';
import { LinkButton } from '../components/link-button';
import { OrganisationName } from '../components/organisation-name';
import { PageHeader } from '../components/page-header';
import { useDraft, useSearchState } from '../components/use-search-state';
import { useFormatters } from '../format/use-formatters';
import { useSession } from '../session/session-context';

const filterKeys = ['q', 'status'] as const;

function isLineStatus(value: string | undefined): value is DemandLineStatus {
  return demandLineStatuses.includes(value as DemandLineStatus);
}

export default function HotListPage() {
  const { listId = '' } = useParams();
  const { t } = useTranslation();
  const formatters = useFormatters();
  const unitName = useUnitName();
  const { session, activeMembership } = useSession();
  const search = useSearchState(filterKeys);
  const [query, setQuery] = useDraft(search.values.q);
  const [isSharing, setIsSharing] = useState(false);
  const status = isLineStatus(search.values.status) ? search.values.status : undefined;
  const list = useQuery({ queryKey: ['demand-list', listId], queryFn: () => hotListsApi.getList(listId) });
  const filter = { q: search.values.q, status };
  const lines = useQuery({
    queryKey: ['demand-lines', listId, filter, search.page, search.pageSize],
    queryFn: () => hotListsApi.listLines(listId, filter, { page: search.page, pageSize: search.pageSize }),
    placeholderData: keepPreviousData,
  });
  const crumbs = [{ label: t('nav.hotLists'), to: '/hot-lists' }];

  if (list.error) {
    return (
      <>
        <PageHeader title={t('hotList.title')} crumbs={crumbs} />
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      </>
    );
  }
  if (!list.data) return <Skeleton active />;
  const isOwn = list.data.organisationId === activeMembership?.organisationId;
  // The server lets the owner's admins and buyers (and platform admins) choose who sees the list.
  const canShare = Boolean(
    session?.user.isPlatformAdmin ||
    (isOwn && (activeMembership?.role === 'admin' || activeMembership?.canBuy)),
  );

  const columns: ColumnsType<DemandLine> = [
    {
      title: t('hotList.externalId'),
      dataIndex: 'externalId',
      key: 'externalId',
      render: (value: string | null) => value ?? '—',
      responsive: ['lg'],
    },
    {
      title: t('hotList.item'),
      key: 'name',
      render: (_, line) => (
        <Space orientation="vertical" size={0}>
          <Link to={`/hot-lists/${listId}/lines/${line.id}`}>{line.name}</Link>
          {line.partNumber ? (
            <Typography.Text type="secondary">
              {line.partNumber}
              {line.manufacturer ? ` · ${line.manufacturer}` : ''}
            </Typography.Text>
          ) : null}
        </Space>
      ),
    },
    {
      title: t('hotList.quantity'),
      key: 'quantity',
      align: 'right',
      render: (_, line) =>
        line.quantityPerYear === null ? (
          '—'
        ) : (
          <span className="numeric">
            {formatters.number(line.quantityPerYear, 0)} {unitName(line.quantityUnit)}
          </span>
        ),
    },
    {
      title: t('hotList.neededBy'),
      dataIndex: 'neededBy',
      key: 'neededBy',
      render: (value: string | null) => <span className="numeric">{formatters.date(value)}</span>,
      responsive: ['md'],
    },
    {
      title: t('hotList.criticality'),
      dataIndex: 'criticality',
      key: 'criticality',
      render: (_, line) => <CriticalityTag criticality={line.criticality} />,
    },
    {
      title: t('hotList.status'),
      dataIndex: 'status',
      key: 'status',
      render: (_, line) => <LineStatusTag status={line.status} />,
    },
  ];

  return (
    <>
      <PageHeader
        title={list.data.title}
        crumbs={[...crumbs, { label: list.data.title }]}
        subtitle={list.data.description}
        extra={
          <>
            <Button icon={<DownloadOutlined />} href={hotListsApi.exportUrl(listId, 'xlsx')} download>
              {t('hotList.exportXlsx')}
            </Button>
            <Button icon={<DownloadOutlined />} href={hotListsApi.exportUrl(listId, 'csv')} download>
              {t('hotList.exportCsv')}
            </Button>
            {isOwn && activeMembership?.canBuy ? (
              <LinkButton to={`/hot-lists/upload?listId=${listId}`} icon={<UploadOutlined />}>
                {t('hotList.addFromFile')}
              </LinkButton>
            ) : null}
          </>
        }
      />
      <Card size="small">
        <Descriptions
          size="small"
          column={{ xs: 1, md: 3 }}
          items={[
            {
              key: 'buyer',
              label: t('hotLists.buyer'),
              children: <OrganisationName id={list.data.organisationId} />,
            },
            { key: 'lines', label: t('hotLists.lines'), children: formatters.number(list.data.lineCount, 0) },
            {
              key: 'visibility',
              label: t('hotList.visibility'),
              children: (
                <HotListVisibility
                  list={list.data}
                  onChange={canShare ? () => setIsSharing(true) : undefined}
                />
              ),
            },
          ]}
        />
      </Card>
      <Card size="small" className="section-card">
        <Flex gap={12} wrap className="table-toolbar">
          <Input.Search
            aria-label={t('hotList.search')}
            placeholder={t('hotList.search')}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            allowClear
            onSearch={(q) => search.setFilters({ q: q.trim() })}
            className="toolbar-search"
          />
          <Select
            aria-label={t('hotList.status')}
            allowClear
            placeholder={t('hotList.anyStatus')}
            value={status}
            onChange={(next: string | undefined) => search.setFilters({ status: next })}
            options={demandLineStatuses.map((value) => ({ value, label: t(`lineStatus.${value}`) }))}
            className="toolbar-select"
          />
        </Flex>
        {lines.error ? <ErrorAlert error={lines.error} onRetry={() => void lines.refetch()} /> : null}
        <Table<DemandLine>
          rowKey="id"
          columns={columns}
          dataSource={lines.data?.items ?? []}
          loading={lines.isFetching}
          locale={{
            emptyText: lines.isPending ? (
              ' '
            ) : (
              <EmptyState
                title={filter.q || filter.status ? t('hotList.emptyFiltered') : t('hotList.empty')}
              />
            ),
          }}
          pagination={{
            current: search.page,
            pageSize: search.pageSize,
            total: lines.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100],
            showTotal: (total) =>
              t('common.totalFound', { count: total, formatted: formatters.number(total, 0) }),
            onChange: search.setPage,
          }}
        />
      </Card>
      {isSharing ? <HotListSharingDialog list={list.data} onClose={() => setIsSharing(false)} /> : null}
    </>
  );
}
