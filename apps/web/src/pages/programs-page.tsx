import { useQuery } from '@tanstack/react-query';
import { Card, Segmented, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { programsApi } from '../api/coopex-api';
import type { Program } from '../api/types';
import { EmptyState } from '../components/empty-state';
import { ErrorAlert } from '../components/error-alert';
import { CountryLabel, useIndustryName } from '../components/labels';
import { PageHeader } from '../components/page-header';
import { SynchronizationSelector } from '../components/synchronization-selector';
import { useFormatters } from '../format/use-formatters';

export default function ProgramsPage() {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const industryName = useIndustryName();
  const [country, setCountry] = useState<string>('all');
  const programs = useQuery({
    queryKey: ['programs', country],
    queryFn: () => programsApi.list(country === 'all' ? undefined : country),
  });

  const columns: ColumnsType<Program> = [
    {
      title: t('programs.programTitle'),
      key: 'title',
      render: (_, program) => <Link to={`/programs/${program.id}`}>{program.title}</Link>,
    },
    {
      title: t('programs.country'),
      dataIndex: 'country',
      key: 'country',
      render: (code: string) => <CountryLabel code={code} />,
    },
    {
      title: t('programs.industry'),
      dataIndex: 'industry',
      key: 'industry',
      render: (industry: string | null) => industryName(industry ?? ''),
      responsive: ['lg'],
    },
    {
      title: t('programs.period'),
      key: 'period',
      render: (_, program) =>
        program.periodFrom || program.periodTo
          ? `${program.periodFrom ?? '…'}–${program.periodTo ?? '…'}`
          : '—',
    },
    {
      title: t('programs.items'),
      dataIndex: 'itemCount',
      key: 'itemCount',
      align: 'right',
      render: (value: number) => formatters.number(value, 0),
    },
    {
      title: t('programs.status'),
      dataIndex: 'status',
      key: 'status',
      render: (status: Program['status']) => <Tag>{t(`programStatus.${status}`)}</Tag>,
      responsive: ['md'],
    },
  ];

  return (
    <>
      <PageHeader title={t('programs.title')} subtitle={t('programs.subtitle')} />
      <SynchronizationSelector />
      <Card
        size="small"
        className="section-card"
        title={t('programs.listTitle')}
        extra={
          <Segmented
            aria-label={t('programs.country')}
            size="small"
            value={country}
            onChange={setCountry}
            options={[
              { value: 'all', label: t('programs.allCountries') },
              { value: 'BY', label: 'BY' },
              { value: 'RU', label: 'RU' },
            ]}
          />
        }
      >
        {programs.error ? (
          <ErrorAlert error={programs.error} onRetry={() => void programs.refetch()} />
        ) : null}
        <Table<Program>
          rowKey="id"
          columns={columns}
          dataSource={programs.data?.items ?? []}
          loading={programs.isFetching}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{
            emptyText: programs.isPending ? (
              ' '
            ) : (
              <EmptyState title={t('programs.empty')} hint={t('programs.emptyHint')} />
            ),
          }}
        />
      </Card>
    </>
  );
}
