import { CheckOutlined, RollbackOutlined, SendOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { hotListsApi } from '../api/coopex-api';
import type { LineOffer, MatchCandidate } from '../api/types';
import { useFormatters } from '../format/use-formatters';
import { EmptyState } from './empty-state';
import { describeError, ErrorAlert } from './error-alert';
import { FormDialog } from './form-dialog';
import { CountryLabel } from './labels';
import { useOrganisationLabel } from './organisation-name';
import { CapacityText, HiddenValue } from './product-values';

export const lineOffersKey = (lineId: string) => ['line-offers', lineId] as const;
export const productOffersKey = (productId: string) => ['product-offers', productId] as const;

/**
 * What suppliers offered to a line. The buyer sees the offered price and exact capacity; others what they may. A
 * supplier may withdraw its own offers (`canWithdraw`: whether the signed-in organisation may withdraw this one).
 */
export function LineOffers({
  lineId,
  offers,
  isLoading,
  error,
  onRetry,
  canWithdraw,
}: {
  lineId: string;
  offers: LineOffer[];
  isLoading: boolean;
  error: unknown;
  onRetry: () => void;
  canWithdraw: (offer: LineOffer) => boolean;
}) {
  const { t, i18n } = useTranslation();
  const formatters = useFormatters();
  const organisationLabel = useOrganisationLabel();
  const columns: ColumnsType<LineOffer> = [
    {
      title: t('line.candidate'),
      key: 'product',
      render: (_, offer) => (
        <Space orientation="vertical" size={0}>
          <Link to={`/catalog/${offer.product.id}`}>
            {i18n.language === 'en' && offer.product.nameEn ? offer.product.nameEn : offer.product.nameRu}
          </Link>
          {offer.product.partNumber ? (
            <Typography.Text type="secondary">{offer.product.partNumber}</Typography.Text>
          ) : null}
          {offer.note ? (
            <Typography.Text className="offer-note" aria-label={t('offers.note')}>
              {t('offers.noteQuoted', { note: offer.note })}
            </Typography.Text>
          ) : null}
        </Space>
      ),
    },
    {
      title: t('product.supplier'),
      key: 'supplier',
      render: (_, offer) => (
        <Space orientation="vertical" size={0}>
          <span>{organisationLabel({ nameRu: offer.supplier.name, nameEn: offer.supplier.nameEn })}</span>
          <CountryLabel code={offer.supplier.country} />
        </Space>
      ),
    },
    {
      title: t('product.price'),
      key: 'price',
      align: 'right',
      render: (_, offer) =>
        offer.product.price !== null ? (
          <span className="numeric">{formatters.currency(offer.product.price, offer.product.currency)}</span>
        ) : offer.product.hiddenFields?.includes('price') ? (
          <HiddenValue />
        ) : (
          '—'
        ),
    },
    {
      title: t('product.capacity'),
      key: 'capacity',
      render: (_, offer) => <CapacityText product={offer.product} />,
    },
    {
      title: t('product.leadTime'),
      key: 'leadTime',
      render: (_, offer) =>
        offer.product.leadTimeDays === null ? (
          '—'
        ) : (
          <span className="numeric">{t('product.days', { count: offer.product.leadTimeDays })}</span>
        ),
      responsive: ['xxl'],
    },
    {
      title: t('offers.offeredAt'),
      dataIndex: 'offeredAt',
      key: 'offeredAt',
      render: (value: string) => <span className="numeric">{formatters.date(value)}</span>,
      responsive: ['md'],
    },
  ];
  if (offers.some(canWithdraw)) {
    columns.push({
      title: t('offers.actions'),
      key: 'actions',
      render: (_, offer) => {
        if (!canWithdraw(offer)) return null;
        const name =
          i18n.language === 'en' && offer.product.nameEn ? offer.product.nameEn : offer.product.nameRu;
        return (
          <WithdrawOfferButton lineId={lineId} productId={offer.product.id} productName={name} label={name} />
        );
      },
    });
  }
  return (
    <Card title={t('offers.title')} size="small" className="line-offers">
      <Typography.Paragraph type="secondary">{t('offers.hint')}</Typography.Paragraph>
      {error ? <ErrorAlert error={error} onRetry={onRetry} /> : null}
      <Table<LineOffer>
        className="offer-table"
        rowKey={(offer) => offer.product.id}
        size="middle"
        pagination={false}
        loading={isLoading}
        dataSource={offers}
        columns={columns}
        scroll={{ x: 560 }}
        locale={{
          emptyText: isLoading ? ' ' : <EmptyState title={t('offers.empty')} hint={t('offers.emptyHint')} />,
        }}
      />
    </Card>
  );
}

/**
 * Withdraws the signed-in organisation's offer of a product to a line, after asking; the lists of offers showing it
 * (the line's, the product's) are read again. `label` names the row for screen readers.
 */
export function WithdrawOfferButton({
  lineId,
  productId,
  productName,
  label,
}: {
  lineId: string;
  productId: string;
  productName: string;
  label: string;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const withdraw = useMutation({
    mutationFn: () => hotListsApi.withdrawOffer(lineId, productId),
    onSuccess: async () => {
      message.success(t('offers.withdrawn'));
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: lineOffersKey(lineId) }),
        queryClient.invalidateQueries({ queryKey: productOffersKey(productId) }),
      ]);
    },
    onError: (failure) => message.error(describeError(failure, t)),
  });
  return (
    <Popconfirm
      title={t('offers.withdrawConfirm', { product: productName })}
      okText={t('offers.withdraw')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.no')}
      onConfirm={() => withdraw.mutate()}
    >
      <Button
        size="small"
        icon={<RollbackOutlined />}
        loading={withdraw.isPending}
        aria-label={`${t('offers.withdraw')}: ${label}`}
      >
        {t('offers.withdraw')}
      </Button>
    </Popconfirm>
  );
}

/** A supplier offers its product to the line's buyer, with an optional note; the buyer then sees price and capacity. */
export function OfferDialog({
  lineId,
  candidate,
  onClose,
}: {
  lineId: string;
  candidate: MatchCandidate;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ note?: string }>();
  const productName = i18n.language === 'en' && candidate.nameEn ? candidate.nameEn : candidate.name;
  const offer = useMutation({
    mutationFn: (note: string | null) =>
      hotListsApi.offerProduct(lineId, { productId: candidate.productId, note }),
    onSuccess: async () => {
      message.success(t('offers.sent'));
      onClose();
      await queryClient.invalidateQueries({ queryKey: lineOffersKey(lineId) });
    },
  });
  return (
    <FormDialog
      title={t('offers.dialogTitle')}
      okText={t('offers.submit')}
      okIcon={<SendOutlined />}
      isSaving={offer.isPending}
      errorText={offer.error ? describeError(offer.error, t) : null}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Typography.Paragraph>{t('offers.dialogText', { product: productName })}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={({ note }) => offer.mutate(note?.trim() || null)}>
        <Form.Item label={t('offers.noteLabel')} name="note">
          <Input.TextArea rows={3} maxLength={2000} showCount placeholder={t('offers.notePlaceholder')} />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}

/** Shown instead of the offer button once the product is among the line's offers. */
export function OfferedMark() {
  const { t } = useTranslation();
  return (
    <Tag color="success" icon={<CheckOutlined />}>
      {t('offers.offered')}
    </Tag>
  );
}
