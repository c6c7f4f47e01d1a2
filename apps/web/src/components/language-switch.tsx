import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLanguage, type Language } from '../i18n/i18n';

export function LanguageSwitch() {
  const { t } = useTranslation();
  return (
    <Segmented<Language>
      aria-label={t('layout.language')}
      size="small"
      value={currentLanguage()}
      onChange={(language) => void changeLanguage(language)}
      options={[
        {
          value: 'ru',
          label: (
            <span lang="ru" title="Русский">
              RU
            </span>
          ),
        },
        {
          value: 'en',
          label: (
            <span lang="en" title="English">
              EN
            </span>
          ),
        },
      ]}
    />
  );
}
