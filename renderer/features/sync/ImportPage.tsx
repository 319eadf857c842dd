import { Alert, Anchor, Button, Checkbox, Group, Paper, PasswordInput, Progress, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconShieldLock } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { ImportPlan, ImportSummary } from '../../../shared/sync/import';
import type { FirstContact, TrustedAuthor } from '../../sync/protocol';
import { SyncError } from '../../sync/sync-client';
import { useSync, type BundleSource, type ImportBatch } from '../../sync/sync-context';
import { describeSyncError } from './describe-sync-error';
import { backUp } from '../../backup/backups';
import { useBackupServices } from '../backups/use-backups';
import { FirstContactPanel } from './FirstContactPanel';
import { PlanDetails } from './PlanDetails';

type Phase =
  | { step: 'reading' }
  | { step: 'firstContact'; token: string; firstContact: FirstContact }
  | { step: 'passphrase'; wrong: boolean }
  | { step: 'preview'; token: string; plan: ImportPlan; updating: boolean }
  | { step: 'applying'; plan: ImportPlan; done: number; total: number }
  | { step: 'done'; summary: ImportSummary; backupName: string }
  | { step: 'refused'; message: string };

/**
 * The import of the bundles opened together: one after the other, each read and checked off the
 * window's thread, its sender trusted first if it is new (before anything inside is decrypted or
 * read), then what it would change, hold back and leave out, then applied in one step with
 * progress. Nothing changes before the user says so; a refusal changes nothing at all.
 */
export function ImportPage() {
  const { incoming } = useSync();
  const { t } = useTranslation();
  if (!incoming) {
    return (
      <Stack maw={760}>
        <Title order={2}>{t('sync.import.title')}</Title>
        <Text>{t('sync.import.nothing')}</Text>
        <Anchor component={Link} to="/sync">
          {t('sync.backToSync')}
        </Anchor>
      </Stack>
    );
  }
  return <ImportBatchView key={incoming.openedAt} batch={incoming} />;
}

function ImportBatchView({ batch }: { batch: ImportBatch }) {
  const [index, setIndex] = useState(0);
  const file = batch.files[index];
  const next = index + 1 < batch.files.length ? () => setIndex(index + 1) : undefined;
  return <ImportSession key={index} file={file} session={batch.session} position={{ current: index + 1, total: batch.files.length }} onNext={next} />;
}

type SessionProps = {
  file: BundleSource;
  session: string;
  position: { current: number; total: number };
  /** Goes on to the next bundle of the batch, if there is one. */
  onNext?: () => void;
};

function ImportSession({ file, session, position, onNext }: SessionProps) {
  const { t } = useTranslation();
  const { client, closeBundle } = useSync();
  const backups = useBackupServices();
  const navigate = useNavigate();
  const [phase, setPhase] = useState<Phase>({ step: 'reading' });
  const [passphrase, setPassphrase] = useState('');
  const [allowMassDelete, setAllowMassDelete] = useState(false);
  const [trustAuthors, setTrustAuthors] = useState<TrustedAuthor[]>([]);
  // The worker's handle on this bundle once its envelope is read, and whether its sender was trusted here.
  const token = useRef<string | undefined>(undefined);
  const trustSender = useRef(false);

  const preview = (options: { secret?: string; authors?: TrustedAuthor[] } = {}) =>
    client
      .request({
        type: 'preview',
        // Once the worker holds the bundle, only its token travels (a large file is not copied again).
        ...(token.current ? { token: token.current } : { source: file.source }),
        passphrase: options.secret,
        trustSender: trustSender.current,
        trustAuthors: options.authors ?? trustAuthors,
        session,
      })
      .then(
        (reply) => {
          token.current = reply.token;
          if (reply.stage === 'firstContact') setPhase({ step: 'firstContact', token: reply.token, firstContact: reply.firstContact });
          else setPhase({ step: 'preview', token: reply.token, plan: reply.plan, updating: false });
        },
        (error: unknown) => {
          if (error instanceof SyncError && error.failure.kind === 'refused') {
            const reason = error.failure.reason;
            if (reason === 'passphraseRequired' || reason === 'wrongPassphrase') {
              setPhase({ step: 'passphrase', wrong: reason === 'wrongPassphrase' });
              return;
            }
          }
          setPhase({ step: 'refused', message: describeSyncError(error, t) });
        },
      );

  // Opening a bundle starts its preview at once (the first phase is "reading"); the worker reads and checks it.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => void preview(), [file]);

  // Every import starts with a backup of the data as it is; without one the import does not go ahead.
  const apply = (applyToken: string, plan: ImportPlan) => {
    setPhase({ step: 'applying', plan, done: 0, total: 1 });
    backUp(backups, 'before-import').then(
      ({ name }) =>
        client
          .request({ type: 'apply', token: applyToken, trustSender: trustSender.current, trustAuthors, allowMassDelete, session }, (done, total) =>
            setPhase({ step: 'applying', plan, done, total }),
          )
          .then(
            (summary) => setPhase({ step: 'done', summary, backupName: name }),
            (error: unknown) => setPhase({ step: 'refused', message: describeSyncError(error, t) }),
          ),
      (error: unknown) => setPhase({ step: 'refused', message: t('backups.beforeImportFailed', { reason: describeSyncError(error, t) }) }),
    );
  };

  const changeTrust = (authors: TrustedAuthor[]) => {
    setTrustAuthors(authors);
    setPhase((current) => (current.step === 'preview' ? { ...current, updating: true } : current));
    void preview({ secret: passphrase || undefined, authors });
  };

  const cancel = (discard?: string) => {
    if (discard) void client.request({ type: 'discard', token: discard });
    closeBundle();
    void navigate('/sync');
  };
  const goNext = () => {
    if (token.current && phase.step !== 'done') void client.request({ type: 'discard', token: token.current });
    onNext?.();
  };

  return (
    <Stack maw={920}>
      <Title order={2}>{t('sync.import.title')}</Title>
      <Text c="dimmed" size="sm">
        {position.total > 1 && `${t('sync.import.position', { current: position.current, total: position.total })} · `}
        {file.name && t('sync.import.file', { name: file.name })}
      </Text>
      {phase.step === 'reading' && (
        <Group>
          <Progress value={100} animated w={240} aria-label={t('sync.import.reading')} />
          <Text>{t('sync.import.reading')}</Text>
        </Group>
      )}
      {phase.step === 'firstContact' && (
        <FirstContactPanel
          firstContact={phase.firstContact}
          onTrust={() => {
            trustSender.current = true;
            setPhase({ step: 'reading' });
            void preview();
          }}
          onCancel={() => cancel(phase.token)}
        />
      )}
      {phase.step === 'passphrase' && (
        <Paper
          withBorder
          p="md"
          component="form"
          onSubmit={(event) => {
            event.preventDefault();
            setPhase({ step: 'reading' });
            void preview({ secret: passphrase });
          }}
        >
          <Stack gap="sm">
            <Group gap="xs">
              <IconShieldLock size={20} aria-hidden />
              <Text fw={500}>{t('sync.import.protected')}</Text>
            </Group>
            <PasswordInput
              label={t('sync.import.passphrase')}
              value={passphrase}
              onChange={(event) => setPassphrase(event.currentTarget.value)}
              error={phase.wrong ? t('sync.refused.wrongPassphrase') : undefined}
              data-autofocus
              autoFocus
            />
            <Group>
              <Button type="submit" disabled={passphrase === ''}>
                {t('sync.import.unlock')}
              </Button>
              <Button variant="default" onClick={() => cancel(token.current)}>
                {t('common.cancel')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}
      {phase.step === 'refused' && (
        <Alert color="red" icon={<IconAlertTriangle aria-hidden />} title={t('sync.import.refusedTitle')} role="alert">
          <Stack gap="xs">
            <Text data-testid="refusal">{phase.message}</Text>
            <Text size="sm">{t('sync.import.untouched')}</Text>
            <Group>
              <Button variant="default" w="fit-content" onClick={() => cancel()}>
                {t('sync.backToSync')}
              </Button>
              {onNext && <Button onClick={goNext}>{t('sync.import.next')}</Button>}
            </Group>
          </Stack>
        </Alert>
      )}
      {phase.step === 'preview' && (
        <>
          <PlanDetails plan={phase.plan} trustAuthors={trustAuthors} onTrustAuthors={changeTrust} />
          {phase.plan.massDelete && (
            <Alert color="red" icon={<IconAlertTriangle aria-hidden />} title={t('sync.import.massDeleteTitle')}>
              <Checkbox
                label={t('sync.import.massDelete', { count: phase.plan.sessionDeleted })}
                checked={allowMassDelete}
                onChange={(event) => setAllowMassDelete(event.currentTarget.checked)}
              />
            </Alert>
          )}
          <Group>
            <Button onClick={() => apply(phase.token, phase.plan)} disabled={phase.updating || (phase.plan.massDelete && !allowMassDelete)} loading={phase.updating}>
              {t('sync.import.apply')}
            </Button>
            <Button variant="default" onClick={() => cancel(phase.token)}>
              {t('common.cancel')}
            </Button>
            {onNext && (
              <Button variant="subtle" onClick={goNext}>
                {t('sync.import.skip')}
              </Button>
            )}
          </Group>
        </>
      )}
      {phase.step === 'applying' && (
        <Stack gap="xs">
          <Text>{t('sync.import.applying')}</Text>
          <Progress value={(100 * phase.done) / Math.max(1, phase.total)} aria-label={t('sync.import.applying')} data-testid="import-progress" />
        </Stack>
      )}
      {phase.step === 'done' && (
        <>
          <Alert color="teal" icon={<IconCircleCheck aria-hidden />} title={t('sync.import.doneTitle')} data-testid="import-summary">
            <Text>{t('sync.import.doneBody', { office: phase.summary.sender.office })}</Text>
            <Text size="sm" data-testid="import-backup">
              {t('backups.madeBeforeImport', { name: phase.backupName })}{' '}
              <Anchor component={Link} to="/backups" c="inherit" underline="always">
                {t('backups.title')}
              </Anchor>
            </Text>
          </Alert>
          <PlanDetails plan={phase.summary} applied />
          <Group>
            {onNext ? (
              <Button w="fit-content" onClick={goNext}>
                {t('sync.import.next')}
              </Button>
            ) : (
              <Button w="fit-content" onClick={() => cancel()}>
                {t('sync.backToSync')}
              </Button>
            )}
          </Group>
        </>
      )}
    </Stack>
  );
}
