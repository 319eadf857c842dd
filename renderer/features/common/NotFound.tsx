import { Alert, Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

/** Shown for a record that does not exist or was deleted (for instance after following an old link). */
export function NotFound() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Stack maw={640}>
      <Alert color="yellow" role="alert">
        {t('common.notFound')}
      </Alert>
      <Button variant="default" w="fit-content" onClick={() => void navigate(-1)}>
        {t('common.back')}
      </Button>
    </Stack>
  );
}
