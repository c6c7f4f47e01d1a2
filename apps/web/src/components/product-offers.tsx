import { useQuery } from '@tanstack/react-query';
import { Card, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { catalogApi } from '../api/coopex-api';
import type { ProductOffer } from '../api/types';
import { useFormatters } from '../format/use-formatters';
import { EmptyState } from './empty-state';
import { ErrorAlert } from './error-alert';
import { CountryLabel } from './labels';
import { productOffersKey, WithdrawOfferButton } from './line-offers';
import { useOrganisationLabel } from './organisation-name';

/**
 * For the product's own organisation: the hot-list lines it was offered to, each with a way to withdraw the offer
 * (also where the buyer has since stopped showing the list).
 */
export function ProductOffersCard({ productId, productName }: { productId: string; productName: string }) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const organisationLabel = useOrganisationLabel();
  const offers = useQuery({
    queryKey: productOffersKey(productId),
    queryFn: () => catalogApi.productOffers(productId),
  });
  const columns: ColumnsType<ProductOffer> = [
    {
      title: t('offers.line'),
      key: 'line',
      render: (_, offer) => (
        <span>
          <Link to={`/hot-lists/${offer.listId}/lines/${offer.lineId}`}>{offer.lineName}</Link>
          <Typography.Text type="secondary" className="offer-list-title">
            {' '}
            · {offer.listTitle}
          </Typography.Text>
        </span>
      ),
    },
    {
      title: t('offers.buyer'),
      key: 'buyer',
      render: (_, offer) => (
        <span>
          {organisationLabel({ nameRu: offer.buyer.name, nameEn: offer.buyer.nameEn })}{' '}
          <CountryLabel code={offer.buyer.country} />
        </span>
      ),
    },
    {
      title: t('offers.offeredAt'),
      dataIndex: 'offeredAt',
      key: 'offeredAt',
      render: (value: string) => <span className="numeric">{formatters.date(value)}</span>,
      responsive: ['md'],
    },
    {
      title: t('offers.actions'),
      key: 'actions',
      render: (_, offer) => (
        <WithdrawOfferButton
          lineId={offer.lineId}
          productId={productId}
          productName={productName}
          label={offer.lineName}
        />
      ),
    },
  ];
  return (
    <Card title={t('offers.productTitle')} size="small" className="section-card product-offers">
      {offers.error ? <ErrorAlert error={offers.error} onRetry={() => void offers.refetch()} /> : null}
      <Table<ProductOffer>
        rowKey="lineId"
        size="small"
        pagination={false}
        loading={offers.isPending}
        dataSource={offers.data?.items ?? []}
        columns={columns}
        scroll={{ x: 560 }}
        locale={{
          emptyText: offers.isPending ? ' ' : <EmptyState title={t('offers.productEmpty')} />,
        }}
      />
    </Card>
  );
}
