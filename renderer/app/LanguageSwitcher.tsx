import { IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DeferredSelect } from '../features/common/deferred-widgets';
import { isLocale, LOCALE_NATIVE_NAMES, LOCALES } from '../../shared/i18n/locales';
import { useLocale } from '../i18n/use-locale';

const OPTIONS = LOCALES.map((locale) => ({ value: locale, label: LOCALE_NATIVE_NAMES[locale] }));

/** Switches the whole interface between the six languages; each is named in its own script. */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const [locale, setLocale] = useLocale();
  return (
    <DeferredSelect
      aria-label={t('settings.language')}
      data={OPTIONS}
      value={locale}
      onChange={(value) => isLocale(value) && setLocale(value)}
      allowDeselect={false}
      leftSection={<IconLanguage size={16} aria-hidden />}
      w={150}
      comboboxProps={{ withinPortal: true }}
      data-testid="language-switcher"
    />
  );
}
