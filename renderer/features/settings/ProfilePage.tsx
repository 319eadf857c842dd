import { Autocomplete, Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../db/database-context';
import { loadProfile, saveProfile } from '../../domain/profile';
import { describeError } from '../common/describe-error';

/** Who works on this laptop: the office and person that new visits default to. */
export function ProfilePage() {
  const { db } = useDatabase();
  const profile = useLiveQuery(() => loadProfile(db), [db]);
  if (profile === undefined) return null;
  return <ProfileForm initial={profile ?? { office: '', person: '' }} />;
}

function ProfileForm({ initial }: { initial: { office: string; person: string } }) {
  const { t } = useTranslation();
  const { db } = useDatabase();
  const [office, setOffice] = useState(initial.office);
  const [person, setPerson] = useState(initial.person);
  const [error, setError] = useState<string | null>(null);
  const offices = [t('profile.offices.pohang'), t('profile.offices.hyogo'), t('profile.offices.seconded')];
  return (
    <Stack
      maw={520}
      component="form"
      onSubmit={(event) => {
        event.preventDefault();
        saveProfile(db, { office, person })
          .then(() => {
            setError(null);
            notifications.show({ color: 'green', message: t('profile.saved') });
          })
          .catch((failure: unknown) => setError(describeError(failure, t)));
      }}
    >
      <Title order={2}>{t('profile.title')}</Title>
      <Text c="dimmed">{t('profile.intro')}</Text>
      <Autocomplete label={t('profile.office')} data={offices} value={office} onChange={setOffice} withAsterisk />
      <TextInput label={t('profile.person')} value={person} onChange={(event) => setPerson(event.currentTarget.value)} withAsterisk error={error} />
      <Button type="submit" w="fit-content">
        {t('common.save')}
      </Button>
    </Stack>
  );
}
