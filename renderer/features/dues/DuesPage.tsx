import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Placeholder until the dues ledger screen lands (issue 5). */
export function DuesPage() {
  const { t } = useTranslation();
  return <Title order={2}>{t('nav.dues')}</Title>;
}
