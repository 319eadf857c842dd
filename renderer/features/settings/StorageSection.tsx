import { Badge, Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { requestPersistentStorage, storageState, type StorageState } from '../../db/storage';
import { useFormat } from '../../i18n/use-format';
import { Section } from '../common/Section';

/** How much room the data takes and whether the engine has promised to keep it. */
export function StorageSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const [state, setState] = useState<StorageState | null>(null);
  const refresh = useCallback(() => storageState().then(setState), []);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  if (!state) return null;
  const share = state.usage !== undefined && state.quota ? (state.usage / state.quota) * 100 : undefined;
  return (
    <Section title={t('profile.storage.title')} intro={t('profile.storage.intro')} gap="xs">
      <Stack gap="xs" data-testid="storage">
        {state.usage !== undefined && state.quota !== undefined && (
          <>
            <Text size="sm" data-testid="storage-usage">
              {t('profile.storage.usage', { used: format.bytes(state.usage), quota: format.bytes(state.quota) })}
            </Text>
            <Progress value={Math.max(share ?? 0, 0.5)} aria-label={t('profile.storage.title')} />
          </>
        )}
        <Group gap="xs">
          <Badge variant="light" color={state.persisted ? 'teal' : 'red'} data-testid="storage-persisted" data-persisted={String(state.persisted)}>
            {state.persisted ? t('profile.storage.persisted') : t('profile.storage.notPersisted')}
          </Badge>
          {!state.persisted && (
            <Button size="xs" variant="light" onClick={() => void requestPersistentStorage().then(refresh)}>
              {t('profile.storage.ask')}
            </Button>
          )}
        </Group>
        {!state.persisted && (
          <Text size="xs" c="dimmed">
            {t('profile.storage.notPersistedHint')}
          </Text>
        )}
      </Stack>
    </Section>
  );
}
