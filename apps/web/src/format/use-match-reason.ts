import { useTranslation } from 'react-i18next';
import { describeMatchReason } from './match-reason';

export function useMatchReason(): (reason: string) => string {
  const { t } = useTranslation();
  return (reason) => describeMatchReason(reason, t);
}
