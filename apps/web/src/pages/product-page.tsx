import { EyeOutlined, LockOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Card, Col, Descriptions, List, Row, Skeleton, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { catalogApi, classifiersApi } from '../api/coopex-api';
import type { Product } from '../api/types';
import { EmptyState } from '../components/empty-state';
import { ErrorAlert } from '../components/error-alert';
import { CountryLabel, useUnitName } from '../components/labels';
import { OrganisationName } from '../components/organisation-name';
import { PageHeader } from '../components/page-header';
import { ProductOffersCard } from '../components/product-offers';
import { useFormatters } from '../format/use-formatters';
import { useParameterText } from '../format/use-parameter-text';
import { useSession } from '../session/session-context';
import { CapacityText, HiddenValue } from '../components/product-values';

/** Fields a supplier may keep from other organisations; everything else in a catalog is open to the union. */
const confidentialFields = ['price', 'currency', 'capacityPerYear'] as const;

function TnvedPath({ code }: { code: string }) {
  const { i18n } = useTranslation();
  const lookup = useQuery({
    queryKey: ['classifier', 'tnved', 'code', code],
    queryFn: () => classifiersApi.lookUp('tnved', code),
    staleTime: 60 * 60_000,
    retry: false,
  });
  const names = (lookup.data?.path ?? [])
    .filter((node) => /^\d+$/.test(node.code))
    .map((node) => (i18n.language === 'en' ? (node.nameEn ?? node.nameRu) : (node.nameRu ?? node.nameEn)))
    .filter((name): name is string => Boolean(name));
  return (
    <span>
      <span className="numeric">{code}</span>
      {names.length > 0 ? (
        <Typography.Paragraph type="secondary">{names.join(' › ')}</Typography.Paragraph>
      ) : null}
    </span>
  );
}

function VisibilityCard({ product }: { product: Product }) {
  const { t } = useTranslation();
  const hidden = new Set(product.hiddenFields ?? []);
  return (
    <Card title={t('product.visibilityTitle')} size="small">
      <Typography.Paragraph>
        {hidden.size > 0 ? t('product.visibilityRestricted') : t('product.visibilityFull')}
      </Typography.Paragraph>
      <List
        size="small"
        dataSource={[...confidentialFields]}
        renderItem={(field) => (
          <List.Item>
            <span>{t(`product.fields.${field}`)}</span>
            {hidden.has(field) ? (
              <Tag icon={<LockOutlined />} color="orange">
                {t('product.hiddenFromYou')}
              </Tag>
            ) : (
              <Tag icon={<EyeOutlined />} color="green">
                {t('product.visibleToYou')}
              </Tag>
            )}
          </List.Item>
        )}
      />
      <Typography.Paragraph type="secondary" className="visibility-note">
        {t('product.visibilityOpen')}
      </Typography.Paragraph>
      {/* Only a viewer without the exact figure sees the band in its place. */}
      {product.capacityBand && hidden.has('capacityPerYear') ? (
        <Typography.Paragraph type="secondary">{t('product.bandNote')}</Typography.Paragraph>
      ) : null}
    </Card>
  );
}

export default function ProductPage() {
  const { productId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const formatters = useFormatters();
  const unitName = useUnitName();
  const parameterText = useParameterText();
  const { activeMembership } = useSession();
  const query = useQuery({
    queryKey: ['product', productId],
    queryFn: () => catalogApi.getProduct(productId),
  });
  const crumbs = [{ label: t('nav.catalog'), to: '/catalog' }];

  if (query.error) {
    return (
      <>
        <PageHeader title={t('product.title')} crumbs={crumbs} />
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  }
  if (!query.data) return <Skeleton active />;
  const product = query.data;
  const title = i18n.language === 'en' && product.nameEn ? product.nameEn : product.nameRu;
  // Its own organisation's suppliers (and admins) see where the product was offered, and may withdraw the offers.
  const canSeeOffers = Boolean(
    activeMembership &&
    activeMembership.organisationId === product.organisationId &&
    (activeMembership.canSupply || activeMembership.role === 'admin'),
  );

  return (
    <>
      <PageHeader
        title={title}
        crumbs={[...crumbs, { label: product.partNumber ?? title }]}
        subtitle={i18n.language === 'en' && product.nameEn ? product.nameRu : product.nameEn}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Card title={t('product.details')} size="small">
            <Descriptions
              column={{ xs: 1, md: 2 }}
              size="small"
              items={[
                {
                  key: 'supplier',
                  label: t('product.supplier'),
                  children: <OrganisationName id={product.organisationId} />,
                },
                {
                  key: 'manufacturer',
                  label: t('product.manufacturer'),
                  children: product.manufacturer ?? '—',
                },
                { key: 'partNumber', label: t('product.partNumber'), children: product.partNumber ?? '—' },
                { key: 'externalId', label: t('product.externalId'), children: product.externalId ?? '—' },
                {
                  key: 'tnved',
                  label: t('product.tnved'),
                  children: product.tnved ? <TnvedPath code={product.tnved} /> : '—',
                  span: 2,
                },
                { key: 'okpd2', label: t('product.okpd2'), children: product.okpd2 ?? '—' },
                {
                  key: 'country',
                  label: t('product.country'),
                  children: <CountryLabel code={product.country} />,
                },
                {
                  key: 'capacity',
                  label: t('product.capacity'),
                  children: <CapacityText product={product} />,
                },
                {
                  key: 'leadTime',
                  label: t('product.leadTime'),
                  children:
                    product.leadTimeDays === null ? '—' : t('product.days', { count: product.leadTimeDays }),
                },
                {
                  key: 'minimumOrder',
                  label: t('product.minimumOrder'),
                  children:
                    product.minimumOrder === null
                      ? '—'
                      : `${formatters.number(product.minimumOrder)} ${unitName(product.minimumOrderUnit)}`,
                },
                {
                  key: 'price',
                  label: t('product.price'),
                  children:
                    product.price !== null ? (
                      formatters.currency(product.price, product.currency)
                    ) : product.hiddenFields?.includes('price') ? (
                      <HiddenValue />
                    ) : (
                      '—'
                    ),
                },
                { key: 'status', label: t('product.status'), children: t(`productStatus.${product.status}`) },
                {
                  key: 'updatedAt',
                  label: t('product.updatedAt'),
                  children: formatters.dateTime(product.updatedAt),
                },
              ]}
            />
            {product.description ? (
              <Typography.Paragraph className="product-description">
                {product.description}
              </Typography.Paragraph>
            ) : null}
          </Card>
          {canSeeOffers ? <ProductOffersCard productId={product.id} productName={title} /> : null}
          <Card title={t('product.parameters')} size="small" className="section-card">
            <Table
              rowKey="name"
              size="small"
              pagination={false}
              dataSource={product.parameters}
              locale={{ emptyText: <EmptyState title={t('product.noParameters')} /> }}
              columns={[
                { title: t('product.parameterName'), dataIndex: 'name', key: 'name' },
                {
                  title: t('product.parameterValue'),
                  key: 'value',
                  render: (_, parameter) => parameterText.value(parameter.value),
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <VisibilityCard product={product} />
        </Col>
      </Row>
    </>
  );
}
