import { Alert, Button, Code, Container, Stack, Text, Title } from '@mantine/core';
import { IconDatabaseOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { OpenFailure } from '../../db/open-database';

/** Shown instead of the app when the database cannot be opened or upgraded; it never deletes data. */
export function DatabaseErrorScreen({ failure, onRetry }: { failure: OpenFailure; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Container size="sm" py="xl" component="main">
      <Stack>
        <Title order={1} size="h2">
          {t('dbError.title')}
        </Title>
        <Alert color="red" icon={<IconDatabaseOff aria-hidden />} role="alert" data-testid="db-error-reason">
          <Text fw={600}>{t(`dbError.${failure.reason}`)}</Text>
          <Text>{t('dbError.intro')}</Text>
        </Alert>
        <Text>{t('dbError.advice')}</Text>
        <Title order={2} size="h5">
          {t('dbError.details')}
        </Title>
        <Code block>{failure.detail}</Code>
        <Button onClick={onRetry} w="fit-content">
          {t('common.retry')}
        </Button>
      </Stack>
    </Container>
  );
}
