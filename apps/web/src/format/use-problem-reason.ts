import { useTranslation } from 'react-i18next';
import { describeProblemReason } from './problem-reason';

export function useProblemReason(): (reason: string) => string {
  const { t } = useTranslation();
  return (reason) => describeProblemReason(reason, t);
}
