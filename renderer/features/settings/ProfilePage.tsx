import { Section } from '../common/Section';
import { Button, Card, Code, Group, Radio, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconKey } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { OFFICE_ROLES, type OfficeRole } from '../../../shared/sync/collections';
import { useDatabase } from '../../db/database-context';
import { useFormat } from '../../i18n/use-format';
import { loadProfile, saveProfile } from '../../domain/profile';
import { ensureSigningKey, loadSigningKey } from '../../sync/identity';
import { ValidationError } from '../../domain/errors';
import { describeError, translateIssue } from '../common/describe-error';
import { SetupSteps } from '../common/SetupSteps';
import { DraftNotice } from '../common/use-form-draft';
import { useStateDraft } from '../common/use-state-draft';
import { StorageSection } from './StorageSection';

type ProfileValues = { office: string; person: string; role: OfficeRole | '' };

/**
 * Who works on this laptop (the defaults of new visits), which office it is, and its signing key.
 * Right after the first run (`?setup`) it is the run's second step: the same form, which then also
 * makes the signing key and leads on to the registry.
 */
export function ProfilePage() {
  const { db } = useDatabase();
  const [search] = useSearchParams();
  const profile = useLiveQuery(() => loadProfile(db), [db]);
  if (profile === undefined) return null;
  const initial: ProfileValues = { office: profile?.office ?? '', person: profile?.person ?? '', role: profile?.role ?? '' };
  if (search.has('setup')) {
    // The same card as the run's first step, so the two read as one flow.
    return (
      <Card withBorder maw={640} mx="auto" mt="xl" padding="xl" component="section" aria-labelledby="profile-title">
        <Stack>
          <SetupSteps active={1} />
          <ProfileForm initial={initial} setup />
        </Stack>
      </Card>
    );
  }
  return (
    <Stack maw={620}>
      <ProfileForm initial={initial} setup={false} />
      <SigningKey />
      <StorageSection />
    </Stack>
  );
}

function ProfileForm({ initial, setup }: { initial: ProfileValues; setup: boolean }) {
  const { t } = useTranslation();
  const { db } = useDatabase();
  const navigate = useNavigate();
  const draft = useStateDraft<ProfileValues>('profile', initial);
  const { office, person, role } = draft.values;
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<keyof ProfileValues, string>>>({});
  const [busy, setBusy] = useState(false);
  const roleName = (option: OfficeRole) => t(`sync.roles.${option}`);
  // One question: the office's part decides its name too, until someone writes a name of their own.
  const chooseRole = (next: OfficeRole) =>
    draft.setValues((current) => ({
      ...current,
      role: next,
      office: current.office.trim() === '' || OFFICE_ROLES.some((option) => roleName(option) === current.office) ? roleName(next) : current.office,
    }));
  const submit = async () => {
    setBusy(true);
    try {
      const saved = await saveProfile(db, { office, person, role: role || undefined });
      setError(null);
      setFieldErrors({});
      if (setup) {
        // Sync needs the key as much as the office: made now, so no later screen asks again.
        await ensureSigningKey(db);
        await draft.saved();
        notifications.show({ color: 'green', message: t('firstRun.ready', { office: saved.office, person: saved.person }) });
        void navigate('/members', { replace: true });
      } else {
        await draft.savedAndReset({ office: saved.office, person: saved.person, role: saved.role });
        notifications.show({ color: 'green', message: t('profile.saved') });
      }
    } catch (failure) {
      // Each message beside its field; what no field shows (a full disk) above the button.
      const issues = failure instanceof ValidationError ? failure.issues : [];
      setFieldErrors(Object.fromEntries(issues.map((issue) => [issue.path, translateIssue(issue.message, t, issue.values)])));
      setError(issues.length > 0 ? null : describeError(failure, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack
      component="form"
      aria-labelledby="profile-title"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Title order={2} id="profile-title">
        {setup ? t('firstRun.laptopTitle') : t('profile.title')}
      </Title>
      <Text c="dimmed">{setup ? t('firstRun.laptopIntro') : t('profile.intro')}</Text>
      <DraftNotice restoredAt={draft.restoredAt} onDiscard={() => void draft.discard()} />
      <Radio.Group label={t('profile.role')} description={t('profile.roleHint')} value={role} onChange={(value) => chooseRole(value as OfficeRole)} error={fieldErrors.role} withAsterisk>
        <Stack gap="xs" mt="xs">
          {OFFICE_ROLES.map((option) => (
            <Radio key={option} value={option} label={roleName(option)} description={t(`profile.roleDescriptions.${option}`)} />
          ))}
        </Stack>
      </Radio.Group>
      <TextInput
        label={t('profile.office')}
        description={t('profile.officeHint')}
        value={office}
        onChange={(event) => draft.set('office', event.currentTarget.value)}
        error={fieldErrors.office}
        withAsterisk
      />
      <TextInput label={t('profile.person')} value={person} onChange={(event) => draft.set('person', event.currentTarget.value)} error={fieldErrors.person} withAsterisk />
      {error && (
        <Text c="red" size="sm" role="alert">
          {error}
        </Text>
      )}
      <Group>
        <Button type="submit" loading={busy}>
          {setup ? t('firstRun.finish') : t('common.save')}
        </Button>
        {setup && (
          <Button variant="default" component={Link} to="/members" replace>
            {t('firstRun.later')}
          </Button>
        )}
      </Group>
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
