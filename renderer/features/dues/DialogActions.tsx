import { Alert, Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DialogWrite } from './use-dialog-write';

type Props = {
  write: DialogWrite;
  /** What takes the record back (clears an entry, reopens a postponement), where there is one to take back. */
  undo?: { label: string; onClick: () => void };
  saveLabel: string;
  saveColor?: string;
  onSave: () => void;
};

/** The foot of a ledger dialog: the message no field shows, the undo on the left, Cancel and save on the right. */
export function DialogActions({ write, undo, saveLabel, saveColor, onSave }: Props) {
  const { t } = useTranslation();
  return (
    <>
      {write.errors.general && <Alert color="red">{write.errors.general}</Alert>}
      <Group justify="space-between">
        {undo ? (
          <Button variant="subtle" color="red" disabled={write.busy} onClick={undo.onClick}>
            {undo.label}
          </Button>
        ) : (
          <span />
        )}
        <Group>
          <Button variant="default" onClick={write.cancel}>
            {t('common.cancel')}
          </Button>
          <Button color={saveColor} onClick={onSave} loading={write.busy}>
            {saveLabel}
          </Button>
        </Group>
      </Group>
    </>
  );
}
