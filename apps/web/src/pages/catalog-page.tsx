import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  AutoComplete,
  Button,
  Card,
  Col,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Table,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { catalogApi, type ProductFilter } from '../api/coopex-api';
import type { Product } from '../api/types';
import { EmptyState } from '../components/empty-state';
import { ErrorAlert } from '../components/error-alert';
import { CountryLabel, useUnitName } from '../components/labels';
import { CapacityText, HiddenValue } from '../components/product-values';
import { OrganisationName } from '../components/organisation-name';
import { PageHeader } from '../components/page-header';
import { OrganisationSelect, TnvedSelect } from '../components/remote-selects';
import { useDraft, useSearchState } from '../components/use-search-state';
import { useFormatters } from '../format/use-formatters';
import { unionCountryCodes } from '../format/countries';

const filterKeys = [
  'q',
  'country',
  'tnved',
  'organisationId',
  'parameter',
  'parameterFrom',
  'parameterTo',
] as const;

function toNumber(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const number = Number(value);
  return Number.isFinite(number) ? number : undefined;
}

export default function CatalogPage() {
  const { t, i18n } = useTranslation();
  const formatters = useFormatters();
  const unitName = useUnitName();
  const search = useSearchState(filterKeys);
  const { values } = search;
  // The text fields show what is typed and apply it to the URL; they are never remounted, so focus stays put.
  const [query, setQuery] = useDraft(values.q);
  const [parameter, setParameter] = useDraft(values.parameter);
  const filter: ProductFilter = {
    q: values.q,
    country: values.country,
    tnved: values.tnved,
    organisationId: values.organisationId,
    parameter: values.parameter,
    parameterFrom: values.parameter ? toNumber(values.parameterFrom) : undefined,
    parameterTo: values.parameter ? toNumber(values.parameterTo) : undefined,
  };
  const products = useQuery({
    queryKey: ['products', filter, search.page, search.pageSize],
    queryFn: () => catalogApi.listProducts(filter, { page: search.page, pageSize: search.pageSize }),
    placeholderData: keepPreviousData,
  });
  const isFiltered = filterKeys.some((key) => values[key] !== undefined);

  // Parameter names come from the products on screen: a million-product catalog is never listed in full.
  const parameterOptions = useMemo(() => {
    const names = new Map<string, string | undefined>();
    for (const product of products.data?.items ?? []) {
      for (const parameter of product.parameters) {
        if (parameter.value.kind === 'number' || parameter.value.kind === 'range') {
          names.set(parameter.name, parameter.value.unit);
        }
      }
    }
    return [...names.entries()]
      .sort(([left], [right]) => left.localeCompare(right))
      .map(([name, unit]) => ({ value: name, label: unit ? `${name}, ${unitName(unit)}` : name }));
  }, [products.data, unitName]);

  const columns: ColumnsType<Product> = [
    {
      title: t('product.name'),
      key: 'name',
      render: (_, product) => (
        <Space orientation="vertical" size={0}>
          <Link to={`/catalog/${product.id}`}>
            {i18n.language === 'en' && product.nameEn ? product.nameEn : product.nameRu}
          </Link>
          {product.manufacturer ? (
            <Typography.Text type="secondary">{product.manufacturer}</Typography.Text>
          ) : null}
        </Space>
      ),
    },
    {
      title: t('product.partNumber'),
      dataIndex: 'partNumber',
      key: 'partNumber',
      render: (value) => value ?? '—',
    },
    {
      title: t('product.tnved'),
      dataIndex: 'tnved',
      key: 'tnved',
      render: (value) => value ?? '—',
      responsive: ['xxl'],
    },
    {
      title: t('product.supplier'),
      key: 'supplier',
      render: (_, product) => <OrganisationName id={product.organisationId} />,
    },
    {
      title: t('product.country'),
      dataIndex: 'country',
      key: 'country',
      render: (value: string | null) => <CountryLabel code={value} />,
      responsive: ['xxl'],
    },
    {
      title: t('product.capacity'),
      key: 'capacity',
      render: (_, product) => <CapacityText product={product} />,
    },
    {
      title: t('product.leadTime'),
      dataIndex: 'leadTimeDays',
      key: 'leadTime',
      render: (value: number | null) =>
        value === null ? '—' : <span className="numeric">{t('product.days', { count: value })}</span>,
      responsive: ['xxl'],
    },
    {
      title: t('product.price'),
      key: 'price',
      align: 'right',
      render: (_, product) =>
        product.price !== null ? (
          <span className="numeric">{formatters.currency(product.price, product.currency)}</span>
        ) : product.hiddenFields?.includes('price') ? (
          <HiddenValue />
        ) : (
          '—'
        ),
    },
  ];

  return (
    <>
      <PageHeader title={t('catalog.title')} subtitle={t('catalog.subtitle')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={7} xl={6} xxl={5}>
          <Card title={t('catalog.filters')} size="small" className="facet-panel">
            <Form layout="vertical" aria-label={t('catalog.filters')}>
              <Form.Item label={t('catalog.search')} htmlFor="catalog-search">
                <Input.Search
                  id="catalog-search"
                  value={query}
                  onChange={(event) => setQuery(event.target.value)}
                  placeholder={t('catalog.searchPlaceholder')}
                  allowClear
                  enterButton
                  onSearch={(q) => search.setFilters({ q: q.trim() })}
                />
              </Form.Item>
              <Form.Item label={t('catalog.country')} htmlFor="catalog-country">
                <Select
                  id="catalog-country"
                  allowClear
                  placeholder={t('common.any')}
                  value={values.country}
                  onChange={(country: string | undefined) => search.setFilters({ country })}
                  options={unionCountryCodes.map((code) => ({
                    value: code,
                    label: <CountryLabel code={code} />,
                  }))}
                />
              </Form.Item>
              <Form.Item label={t('catalog.tnved')} htmlFor="catalog-tnved">
                <TnvedSelect
                  id="catalog-tnved"
                  value={values.tnved}
                  onChange={(tnved) => search.setFilters({ tnved })}
                />
              </Form.Item>
              <Form.Item label={t('catalog.supplier')} htmlFor="catalog-supplier">
                <OrganisationSelect
                  id="catalog-supplier"
                  kind="enterprise"
                  country={values.country}
                  value={values.organisationId}
                  onChange={(organisationId) => search.setFilters({ organisationId })}
                />
              </Form.Item>
              <Form.Item
                label={t('catalog.parameter')}
                htmlFor="catalog-parameter"
                extra={t('catalog.parameterHint')}
              >
                <AutoComplete
                  id="catalog-parameter"
                  value={parameter}
                  onChange={(next: string | undefined) => setParameter(next ?? '')}
                  options={parameterOptions}
                  placeholder={t('catalog.parameterPlaceholder')}
                  allowClear
                  onSelect={(selected: string | undefined) => search.setFilters({ parameter: selected })}
                  onBlur={() => {
                    const name = parameter.trim();
                    if (name === (values.parameter ?? '')) return;
                    // Without a parameter its bounds mean nothing: they go with it.
                    search.setFilters(
                      name
                        ? { parameter: name }
                        : { parameter: undefined, parameterFrom: undefined, parameterTo: undefined },
                    );
                  }}
                  onClear={() =>
                    search.setFilters({
                      parameter: undefined,
                      parameterFrom: undefined,
                      parameterTo: undefined,
                    })
                  }
                />
              </Form.Item>
              {/* A bound typed right after the parameter's name applies that name too: nothing waits for a blur. */}
              <Space.Compact block>
                <InputNumber
                  aria-label={t('catalog.parameterFrom')}
                  placeholder={t('catalog.from')}
                  disabled={!parameter.trim()}
                  value={toNumber(values.parameterFrom) ?? null}
                  onChange={(value) =>
                    search.setFilters({ parameter: parameter.trim(), parameterFrom: value ?? undefined })
                  }
                  style={{ width: '50%' }}
                />
                <InputNumber
                  aria-label={t('catalog.parameterTo')}
                  placeholder={t('catalog.to')}
                  disabled={!parameter.trim()}
                  value={toNumber(values.parameterTo) ?? null}
                  onChange={(value) =>
                    search.setFilters({ parameter: parameter.trim(), parameterTo: value ?? undefined })
                  }
                  style={{ width: '50%' }}
                />
              </Space.Compact>
              <Button block className="facet-reset" disabled={!isFiltered} onClick={search.clear}>
                {t('catalog.reset')}
              </Button>
            </Form>
          </Card>
        </Col>
        <Col xs={24} lg={17} xl={18} xxl={19}>
          {products.error ? (
            <ErrorAlert error={products.error} onRetry={() => void products.refetch()} />
          ) : null}
          <Table<Product>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={products.data?.items ?? []}
            loading={products.isFetching}
            scroll={{ x: 640 }}
            locale={{
              emptyText: products.isPending ? (
                ' '
              ) : (
                <EmptyState
                  title={isFiltered ? t('catalog.emptyFiltered') : t('catalog.empty')}
                  hint={isFiltered ? t('catalog.emptyFilteredHint') : undefined}
                  action={
                    isFiltered ? <Button onClick={search.clear}>{t('catalog.reset')}</Button> : undefined
                  }
                />
              ),
            }}
            pagination={{
              current: search.page,
              pageSize: search.pageSize,
              total: products.data?.total ?? 0,
              showSizeChanger: true,
              pageSizeOptions: [20, 50, 100],
              showTotal: (total) =>
                t('common.totalFound', { count: total, formatted: formatters.number(total, 0) }),
              onChange: search.setPage,
            }}
          />
        </Col>
      </Row>
    </>
  );
}
