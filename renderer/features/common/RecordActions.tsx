import { Button, Group } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Edit and Delete for a record's page; deleting asks first (the caller opens its confirmation). */
export function RecordActions({ editPath, onDelete }: { editPath: string; onDelete: () => void }) {
  const { t } = useTranslation();
  return (
    <Group>
      <Button component={Link} to={editPath} leftSection={<IconPencil size={16} aria-hidden />}>
        {t('common.edit')}
      </Button>
      <Button color="red" variant="light" leftSection={<IconTrash size={16} aria-hidden />} onClick={onDelete}>
        {t('common.delete')}
      </Button>
    </Group>
  );
}
