import { Alert, Group, SegmentedControl, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useIsAuthority } from '../common/use-authority';
import { ReportTextsPanel } from './ReportTextsPanel';
import { STAFF_PARAM } from './staff-path';
import { StaffList } from './StaffList';

const TABS = ['staff', 'texts'] as const;
type Tab = (typeof TABS)[number];

/**
 * The secretariat's own records: its staff list, and the texts of each year's report (forewords,
 * chapter VI). Pohang keeps them; every other office sees them read-only. Which of the two is
 * shown is in the address (?tab=texts), so Back from a form returns to it.
 */
export function SecretariatPage() {
  const { t } = useTranslation();
  const mayEdit = useIsAuthority() === true;
  const [params, setParams] = useSearchParams();
  const tab: Tab = params.get('tab') === 'texts' ? 'texts' : 'staff';
  const choose = (value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === 'texts') next.set('tab', value);
        else next.delete('tab');
        next.delete('sort');
        next.delete(STAFF_PARAM);
        return next;
      },
      { replace: true },
    );

  const header = (
    <>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('secretariat.title')}</Title>
          <Text c="dimmed" maw={880}>
            {t('secretariat.intro')}
          </Text>
        </div>
      </Group>
      {!mayEdit && (
        <Alert color="blue" data-testid="secretariat-read-only">
          {t('secretariat.readOnly')}
        </Alert>
      )}
      <SegmentedControl
        value={tab}
        onChange={choose}
        data={TABS.map((value) => ({ value, label: t(`secretariat.tabs.${value}`) }))}
        aria-label={t('secretariat.title')}
        style={{ alignSelf: 'flex-start' }}
        data-testid="secretariat-tabs"
      />
    </>
  );
  return tab === 'staff' ? <StaffList header={header} mayEdit={mayEdit} /> : <ReportTextsPanel header={header} mayEdit={mayEdit} />;
}
