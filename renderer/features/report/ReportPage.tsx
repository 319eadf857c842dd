import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Placeholder until the report screen lands (issue 5). */
export function ReportPage() {
  const { t } = useTranslation();
  return <Title order={2}>{t('nav.report')}</Title>;
}
