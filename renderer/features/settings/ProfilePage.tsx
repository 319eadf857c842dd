import { Section } from '../common/Section';
import { Autocomplete, Button, Code, Group, Radio, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconKey } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OFFICE_ROLES, type OfficeRole } from '../../../shared/sync/collections';
import { useDatabase } from '../../db/database-context';
import { useFormat } from '../../i18n/use-format';
import { loadProfile, saveProfile } from '../../domain/profile';
import { ensureSigningKey, loadSigningKey } from '../../sync/identity';
import { describeError } from '../common/describe-error';
import { StorageSection } from './StorageSection';

/** Who works on this laptop (the defaults of new visits), which office it is, and its signing key. */
export function ProfilePage() {
  const { db } = useDatabase();
  const profile = useLiveQuery(() => loadProfile(db), [db]);
  if (profile === undefined) return null;
  return (
    <Stack maw={620}>
      <ProfileForm initial={profile ?? { office: '', person: '' }} />
      <SigningKey />
      <StorageSection />
    </Stack>
  );
}

function ProfileForm({ initial }: { initial: { office: string; person: string; role?: OfficeRole } }) {
  const { t } = useTranslation();
  const { db } = useDatabase();
  const [office, setOffice] = useState(initial.office);
  const [person, setPerson] = useState(initial.person);
  const [role, setRole] = useState<OfficeRole | ''>(initial.role ?? '');
  const [error, setError] = useState<string | null>(null);
  const offices = [t('profile.offices.pohang'), t('profile.offices.hyogo'), t('profile.offices.seconded')];
  return (
    <Stack
      component="form"
      onSubmit={(event) => {
        event.preventDefault();
        saveProfile(db, { office, person, role: role || undefined })
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
      <TextInput label={t('profile.person')} value={person} onChange={(event) => setPerson(event.currentTarget.value)} withAsterisk />
      <Radio.Group
        label={t('profile.role')}
        description={t('profile.roleHint')}
        value={role}
        onChange={(value) => setRole(value as OfficeRole)}
        withAsterisk
      >
        <Stack gap="xs" mt="xs">
          {OFFICE_ROLES.map((option) => (
            <Radio key={option} value={option} label={t(`sync.roles.${option}`)} description={t(`profile.roleDescriptions.${option}`)} />
          ))}
        </Stack>
      </Radio.Group>
      {error && (
        <Text c="red" size="sm" role="alert">
          {error}
        </Text>
      )}
      <Button type="submit" w="fit-content">
        {t('common.save')}
      </Button>
    </Stack>
  );
}

/** The installation's Ed25519 key: generated here once, never shown or exported, only its fingerprint. */
function SigningKey() {
  const { t } = useTranslation();
  const { db } = useDatabase();
  const format = useFormat();
  const key = useLiveQuery(() => loadSigningKey(db), [db]);
  const [busy, setBusy] = useState(false);
  if (key === undefined) return null;
  return (
    <Section title={t('profile.key.title')} intro={t('profile.key.intro')} gap="xs">
      {key ? (
        <>
          <Group gap="xs">
            <Text size="sm">{t('sync.identity.fingerprint')}</Text>
            <Code fz="md" data-testid="key-fingerprint">
              {key.fingerprint}
            </Code>
          </Group>
          <Text size="xs" c="dimmed">
            {t('profile.key.created', { when: format.dateTime(key.createdAt) })}
          </Text>
        </>
      ) : (
        <Button
          leftSection={<IconKey size={18} aria-hidden />}
          loading={busy}
          w="fit-content"
          onClick={() => {
            setBusy(true);
            ensureSigningKey(db)
              .catch((failure: unknown) => notifications.show({ color: 'red', message: describeError(failure, t) }))
              .finally(() => setBusy(false));
          }}
        >
          {t('profile.key.generate')}
        </Button>
      )}
    </Section>
  );
}
