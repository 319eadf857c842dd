import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Placeholder until the dashboard screen lands (issue 5). */
export function DashboardPage() {
  const { t } = useTranslation();
  return <Title order={2}>{t('nav.dashboard')}</Title>;
}
