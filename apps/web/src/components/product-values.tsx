import { LockOutlined } from '@ant-design/icons';
import { Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Product } from '../api/types';
import { useFormatters } from '../format/use-formatters';
import { useUnitName } from './labels';

export function HiddenValue() {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('product.hiddenHint')}>
      <span className="muted" aria-label={t('product.hidden')}>
        <LockOutlined /> {t('product.hidden')}
      </span>
    </Tooltip>
  );
}

/** Capacity as the viewer may see it: the figure, else the published range, else that it is hidden. */
export function CapacityText({ product }: { product: Product }) {
  const formatters = useFormatters();
  const unitName = useUnitName();
  const { t } = useTranslation();
  if (product.capacityPerYear !== null) {
    return (
      <span className="numeric">
        {t('product.perYear', {
          value: `${formatters.number(product.capacityPerYear, 0)} ${unitName(product.capacityUnit)}`.trim(),
        })}
      </span>
    );
  }
  if (product.capacityBand) {
    const band = product.capacityBand;
    return (
      <span className="numeric">
        {t('product.perYear', {
          value: `${formatters.compact(band.from)} … ${formatters.compact(band.to)} ${unitName(band.unit)}`,
        })}
      </span>
    );
  }
  if (product.hiddenFields?.includes('capacityPerYear')) return <HiddenValue />;
  return <span className="muted">—</span>;
}
