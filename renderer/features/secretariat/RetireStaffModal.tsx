import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { writtenName, type StaffRecord } from '../../../shared/domain/secretariat';
import { useDatabase } from '../../db/database-context';
import { retireStaff } from '../../domain/secretariat';
import { useFormat } from '../../i18n/use-format';
import { DateField } from '../common/DateField';
import { describeError } from '../common/describe-error';

/** Records when a person left the staff: a day, a month or a year, as precisely as known. */
export function RetireStaffModal({ person, onClose }: { person: StaffRecord | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { db } = useDatabase();
  const format = useFormat();
  const [to, setTo] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const name = person ? writtenName(person.name, format.locale).text : '';
  const close = () => {
    setTo('');
    setError(null);
    onClose();
  };
  const save = async () => {
    if (!person) return;
    setBusy(true);
    try {
      await retireStaff(db, person.id, to);
      notifications.show({ color: 'green', message: t('secretariat.staff.retired', { name }) });
      close();
    } catch (failure) {
      setError(describeError(failure, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened={person !== null} onClose={close} title={t('secretariat.staff.retireTitle', { name })} centered>
      <Stack>
        <Text size="sm">{t('secretariat.staff.retireBody')}</Text>
        <DateField label={t('secretariat.staff.retireDate')} value={to} onChange={setTo} precision="year" allowEmpty={false} withAsterisk data-testid="retire-date" />
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void save()} loading={busy} disabled={!to}>
            {t('secretariat.staff.retire')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
