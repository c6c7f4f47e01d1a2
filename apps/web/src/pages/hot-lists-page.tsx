import { UploadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Flex, Input, Segmented, Select, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { hotListsApi } from '../api/coopex-api';
import type { DemandList } from '../api/types';
import { EmptyState } from '../components/empty-state';
import { LinkButton } from '../components/link-button';
import { ErrorAlert } from '../components/error-alert';
import { CountryLabel } from '../components/labels';
import { OrganisationName } from '../components/organisation-name';
import { PageHeader } from '../components/page-header';
import { useDraft, useSearchState } from '../components/use-search-state';
import { unionCountryCodes } from '../format/countries';
import { useFormatters } from '../format/use-formatters';
import { useSession } from '../session/session-context';

const filterKeys = ['q', 'country', 'scope'] as const;

export default function HotListsPage() {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const { activeMembership } = useSession();
  const search = useSearchState(filterKeys);
  const [query, setQuery] = useDraft(search.values.q);
  const canUpload = Boolean(activeMembership?.canBuy);
  // Buyers start with their own lists; everyone else with the whole union.
  const scope = search.values.scope ?? (canUpload ? 'mine' : 'union');
  const organisationId = scope === 'mine' ? activeMembership?.organisationId : undefined;
  const filter = { q: search.values.q, country: search.values.country, organisationId };
  const lists = useQuery({
    queryKey: ['demand-lists', filter, search.page, search.pageSize],
    queryFn: () => hotListsApi.listLists(filter, { page: search.page, pageSize: search.pageSize }),
    placeholderData: keepPreviousData,
  });

  const columns: ColumnsType<DemandList> = [
    {
      title: t('hotLists.listTitle'),
      key: 'title',
      render: (_, list) => <Link to={`/hot-lists/${list.id}`}>{list.title}</Link>,
    },
    {
      title: t('hotLists.buyer'),
      key: 'buyer',
      render: (_, list) => <OrganisationName id={list.organisationId} />,
    },
    {
      title: t('hotLists.lines'),
      dataIndex: 'lineCount',
      key: 'lineCount',
      align: 'right',
      render: (value: number) => <span className="numeric">{formatters.number(value, 0)}</span>,
    },
    {
      title: t('hotLists.updatedAt'),
      dataIndex: 'updatedAt',
      key: 'updatedAt',
      render: (value: string) => <span className="numeric">{formatters.date(value)}</span>,
      responsive: ['md'],
    },
  ];

  return (
    <>
      <PageHeader
        title={t('hotLists.title')}
        subtitle={t('hotLists.subtitle')}
        extra={
          canUpload ? (
            <LinkButton to="/hot-lists/upload" type="primary" icon={<UploadOutlined />}>
              {t('hotLists.upload')}
            </LinkButton>
          ) : null
        }
      />
      <Card size="small">
        <Flex gap={12} wrap className="table-toolbar">
          {activeMembership ? (
            <Segmented
              aria-label={t('hotLists.scope')}
              value={scope}
              onChange={(value) => search.setFilters({ scope: value })}
              options={[
                { value: 'mine', label: t('hotLists.mine') },
                { value: 'union', label: t('hotLists.union') },
              ]}
            />
          ) : null}
          <Input.Search
            aria-label={t('hotLists.search')}
            placeholder={t('hotLists.search')}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            allowClear
            onSearch={(q) => search.setFilters({ q: q.trim() })}
            className="toolbar-search"
          />
          <Select
            aria-label={t('hotLists.buyerCountry')}
            allowClear
            placeholder={t('hotLists.buyerCountry')}
            value={search.values.country}
            onChange={(country: string | undefined) => search.setFilters({ country })}
            options={unionCountryCodes.map((code) => ({ value: code, label: <CountryLabel code={code} /> }))}
            className="toolbar-select"
          />
        </Flex>
        {lists.error ? <ErrorAlert error={lists.error} onRetry={() => void lists.refetch()} /> : null}
        <Table<DemandList>
          rowKey="id"
          columns={columns}
          dataSource={lists.data?.items ?? []}
          loading={lists.isFetching}
          locale={{
            emptyText: lists.isPending ? (
              ' '
            ) : (
              <EmptyState
                title={scope === 'mine' ? t('hotLists.emptyMine') : t('hotLists.empty')}
                hint={scope === 'mine' && canUpload ? t('hotLists.emptyMineHint') : undefined}
                action={
                  scope === 'mine' && canUpload ? (
                    <Link to="/hot-lists/upload">{t('hotLists.upload')}</Link>
                  ) : undefined
                }
              />
            ),
          }}
          pagination={{
            current: search.page,
            pageSize: search.pageSize,
            total: lists.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100],
            showTotal: (total) =>
              t('common.totalFound', { count: total, formatted: formatters.number(total, 0) }),
            onChange: search.setPage,
          }}
        />
      </Card>
    </>
  );
}
