import { useTranslation } from 'react-i18next';
import type { ParameterRequirement, ParameterValue } from '../api/types';
import { useUnitName } from '../components/labels';
import { useFormatters } from './use-formatters';

/** Parameter values and hot-list requirements in words, with numbers and units of the interface language. */
export function useParameterText() {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const unitName = useUnitName();

  const withUnit = (text: string, unit: string | undefined) => (unit ? `${text} ${unitName(unit)}` : text);
  const range = (min: number | null, max: number | null, unit: string | undefined) => {
    if (min !== null && max !== null) {
      return withUnit(`${formatters.number(min, 6)} … ${formatters.number(max, 6)}`, unit);
    }
    if (min !== null) return withUnit(`≥ ${formatters.number(min, 6)}`, unit);
    if (max !== null) return withUnit(`≤ ${formatters.number(max, 6)}`, unit);
    return t('parameters.any');
  };

  return {
    value(value: ParameterValue): string {
      switch (value.kind) {
        case 'number':
          return withUnit(formatters.number(value.value, 6), value.unit);
        case 'range':
          return range(value.min, value.max, value.unit);
        case 'set':
          return value.values.join(' | ');
        case 'text':
          return value.value;
      }
    },
    requirement(requirement: ParameterRequirement): string {
      switch (requirement.kind) {
        case 'range':
          return t('parameters.mustMeet', {
            range: range(requirement.min, requirement.max, requirement.unit),
          });
        case 'values':
          return t('parameters.oneOf', { values: requirement.values.join(', ') });
        case 'pattern':
          return t('parameters.pattern', { pattern: requirement.pattern });
      }
    },
  };
}
