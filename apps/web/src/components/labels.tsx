import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CoverageStatus, Criticality, DemandLineStatus } from '../api/types';

/** Country codes as names in the interface language; codes the interface does not name stay codes. */
export function useCountryName(): (code: string | null | undefined) => string {
  const { t } = useTranslation();
  return (code) => (code ? t(`countries.${code.trim()}`, { defaultValue: code }) : '—');
}

export function CountryLabel({ code }: { code: string | null | undefined }) {
  const countryName = useCountryName();
  if (!code) return <span>—</span>;
  return (
    <span className="country-label">
      <span className="country-code" aria-hidden="true">
        {code}
      </span>{' '}
      {countryName(code)}
    </span>
  );
}

/** Unit codes (pcs, degC) as people write them in the interface language. */
export function useUnitName(): (code: string | null | undefined) => string {
  const { t } = useTranslation();
  return (code) => (code ? t(`units.${code}`, { defaultValue: code }) : '');
}

export function useIndustryName(): (industry: string) => string {
  const { t } = useTranslation();
  return (industry) =>
    industry ? t(`industries.${industry}`, { defaultValue: industry }) : t('industries.unspecified');
}

const statusColors: Record<DemandLineStatus, string> = {
  open: 'default',
  candidates_found: 'processing',
  contacted: 'blue',
  sample: 'purple',
  qualified: 'cyan',
  delivering: 'green',
  closed: 'success',
  cancelled: 'error',
};

export function LineStatusTag({ status }: { status: DemandLineStatus }) {
  const { t } = useTranslation();
  return <Tag color={statusColors[status]}>{t(`lineStatus.${status}`)}</Tag>;
}

const criticalityColors: Record<Criticality, string> = {
  production_stop: 'red',
  high: 'orange',
  medium: 'gold',
  low: 'default',
};

export function CriticalityTag({ criticality }: { criticality: Criticality }) {
  const { t } = useTranslation();
  return <Tag color={criticalityColors[criticality]}>{t(`criticality.${criticality}`)}</Tag>;
}

export const coverageColors: Record<CoverageStatus, string> = {
  covered: '#237804',
  partly: '#ad6800',
  not_covered: '#a8071a',
};

export function CoverageTag({ status }: { status: CoverageStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={coverageColors[status]} variant="solid">
      {t(`coverage.${status}`)}
    </Tag>
  );
}

/** A 0..1 score as a percentage bar that screen readers read as a number. */
export function ScoreBar({ score, label }: { score: number; label?: string }) {
  const { t } = useTranslation();
  const percent = Math.round(score * 100);
  const color = score >= 0.7 ? '#237804' : score >= 0.4 ? '#ad6800' : '#a8071a';
  return (
    <Tooltip title={label ?? t('matching.score')}>
      <span
        className="score-bar"
        role="meter"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-label={label ?? t('matching.score')}
      >
        <span className="score-bar-track">
          <span className="score-bar-fill" style={{ width: `${percent}%`, background: color }} />
        </span>
        <span className="score-bar-value">{percent}%</span>
      </span>
    </Tooltip>
  );
}
