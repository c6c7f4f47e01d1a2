import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Skeleton, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { programsApi } from '../api/coopex-api';
import type { ProgramItem } from '../api/types';
import { EmptyState } from '../components/empty-state';
import { ErrorAlert } from '../components/error-alert';
import { CountryLabel, useIndustryName, useUnitName } from '../components/labels';
import { LinkButton } from '../components/link-button';
import { OrganisationName } from '../components/organisation-name';
import { PageHeader } from '../components/page-header';
import { useFormatters } from '../format/use-formatters';

export default function ProgramPage() {
  const { programId = '' } = useParams();
  const { t } = useTranslation();
  const formatters = useFormatters();
  const unitName = useUnitName();
  const industryName = useIndustryName();
  const query = useQuery({ queryKey: ['program', programId], queryFn: () => programsApi.get(programId) });
  const crumbs = [{ label: t('nav.programs'), to: '/programs' }];

  if (query.error) {
    return (
      <>
        <PageHeader title={t('programs.title')} crumbs={crumbs} />
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  }
  if (!query.data) return <Skeleton active />;
  const { program, items } = query.data;
  const otherCountry = program.country === 'BY' ? 'RU' : 'BY';

  const columns: ColumnsType<ProgramItem> = [
    {
      title: t('hotList.externalId'),
      dataIndex: 'externalId',
      key: 'externalId',
      render: (value) => value ?? '—',
      responsive: ['lg'],
    },
    {
      title: t('programs.item'),
      key: 'name',
      render: (_, item) => (
        <>
          <div>{item.name}</div>
          {item.responsibleEnterprise ? (
            <Typography.Text type="secondary">{item.responsibleEnterprise}</Typography.Text>
          ) : null}
        </>
      ),
    },
    { title: t('common.tnved'), dataIndex: 'tnved', key: 'tnved', render: (value) => value ?? '—' },
    {
      title: t('programs.volume'),
      key: 'volume',
      align: 'right',
      render: (_, item) =>
        item.quantityPerYear === null ? (
          '—'
        ) : (
          <span className="numeric">
            {formatters.number(item.quantityPerYear, 0)} {unitName(item.quantityUnit)}
          </span>
        ),
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
      title: t('programs.targetYear'),
      dataIndex: 'targetYear',
      key: 'targetYear',
      render: (value) => value ?? '—',
      responsive: ['md'],
    },
  ];

  return (
    <>
      <PageHeader
        title={program.title}
        crumbs={[...crumbs, { label: program.title }]}
        extra={
          <LinkButton type="primary" to={`/programs/report?left=${program.id}&right=${otherCountry}`}>
            {t('programs.compareWith', { country: otherCountry })}
          </LinkButton>
        }
      />
      <Card size="small">
        <Descriptions
          size="small"
          column={{ xs: 1, md: 3 }}
          items={[
            {
              key: 'country',
              label: t('programs.country'),
              children: <CountryLabel code={program.country} />,
            },
            {
              key: 'ministry',
              label: t('programs.ministry'),
              children: <OrganisationName id={program.ministryId} />,
            },
            {
              key: 'industry',
              label: t('programs.industry'),
              children: industryName(program.industry ?? ''),
            },
            {
              key: 'period',
              label: t('programs.period'),
              children:
                program.periodFrom || program.periodTo
                  ? `${program.periodFrom ?? '…'}–${program.periodTo ?? '…'}`
                  : '—',
            },
            { key: 'items', label: t('programs.items'), children: formatters.number(program.itemCount, 0) },
            { key: 'status', label: t('programs.status'), children: t(`programStatus.${program.status}`) },
          ]}
        />
      </Card>
      <Card size="small" className="section-card" title={t('programs.itemsTitle')}>
        <Table<ProgramItem>
          rowKey="id"
          columns={columns}
          dataSource={items}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          locale={{ emptyText: <EmptyState title={t('programs.noItems')} /> }}
        />
      </Card>
    </>
  );
}
