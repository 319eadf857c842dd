import { Alert, Anchor, Button, Checkbox, Code, Group, Paper, PasswordInput, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconShieldLock } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { SYNC_COLLECTIONS } from '../../../shared/sync/collections';
import type { ImportPlan, ImportSummary } from '../../../shared/sync/import';
import { useFormat } from '../../i18n/use-format';
import { SyncError } from '../../sync/sync-client';
import { useSync, type BundleSource } from '../../sync/sync-context';
import { describeSyncError } from './describe-sync-error';
import { backUp } from '../../backup/backups';
import { useBackupServices } from '../backups/use-backups';

type Phase =
  | { step: 'reading' }
  | { step: 'passphrase'; wrong: boolean }
  | { step: 'preview'; token: string; plan: ImportPlan }
  | { step: 'applying'; plan: ImportPlan; done: number; total: number }
  | { step: 'done'; summary: ImportSummary; backupName: string }
  | { step: 'refused'; message: string };

/**
 * The import of one bundle: read and check it (off the window's thread), show who sent it and
 * what it would change, ask for trust on first contact, then apply it in one step with progress,
 * and sum up. Nothing changes before the user says so; a refusal changes nothing at all.
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
  return <ImportSession key={incoming.openedAt} incoming={incoming} />;
}

function ImportSession({ incoming }: { incoming: BundleSource }) {
  const { t } = useTranslation();
  const { client, closeBundle } = useSync();
  const backups = useBackupServices();
  const navigate = useNavigate();
  const [phase, setPhase] = useState<Phase>({ step: 'reading' });
  const [passphrase, setPassphrase] = useState('');
  const [trust, setTrust] = useState(false);
  const [allowMassDelete, setAllowMassDelete] = useState(false);

  const preview = (secret?: string) =>
    client.request({ type: 'preview', source: incoming.source, passphrase: secret }).then(
      ({ token, plan }) => setPhase({ step: 'preview', token, plan }),
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
  useEffect(() => void preview(), [incoming]);

  // Every import starts with a backup of the data as it is; without one the import does not go ahead.
  const apply = (token: string, plan: ImportPlan) => {
    setPhase({ step: 'applying', plan, done: 0, total: 1 });
    backUp(backups, 'before-import').then(
      ({ name }) =>
        client
          .request({ type: 'apply', token, trustSender: trust, allowMassDelete }, (done, total) =>
            setPhase({ step: 'applying', plan, done, total }),
          )
          .then(
            (summary) => setPhase({ step: 'done', summary, backupName: name }),
            (error: unknown) => setPhase({ step: 'refused', message: describeSyncError(error, t) }),
          ),
      (error: unknown) => setPhase({ step: 'refused', message: t('backups.beforeImportFailed', { reason: describeSyncError(error, t) }) }),
    );
  };

  const cancel = (token?: string) => {
    if (token) void client.request({ type: 'discard', token });
    closeBundle();
    void navigate('/sync');
  };

  return (
    <Stack maw={880}>
      <Title order={2}>{t('sync.import.title')}</Title>
      {incoming.name && (
        <Text c="dimmed" size="sm">
          {t('sync.import.file', { name: incoming.name })}
        </Text>
      )}
      {phase.step === 'reading' && (
        <Group>
          <Progress value={100} animated w={240} aria-label={t('sync.import.reading')} />
          <Text>{t('sync.import.reading')}</Text>
        </Group>
      )}
      {phase.step === 'passphrase' && (
        <Paper withBorder p="md" component="form" onSubmit={(event) => {
            event.preventDefault();
            setPhase({ step: 'reading' });
            void preview(passphrase);
          }}>
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
              <Button variant="default" onClick={() => cancel()}>
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
            <Button variant="default" w="fit-content" onClick={() => cancel()}>
              {t('sync.backToSync')}
            </Button>
          </Stack>
        </Alert>
      )}
      {phase.step === 'preview' && (
        <>
          <PlanDetails plan={phase.plan} />
          {phase.plan.senderStatus === 'new' && (
            <Alert color="yellow" icon={<IconAlertTriangle aria-hidden />} title={t('sync.import.firstContact', { office: phase.plan.sender.office })}>
              <Stack gap="xs">
                <Text size="sm">{t('sync.import.compareFingerprint')}</Text>
                <Code fz="lg" data-testid="fingerprint-to-trust">
                  {phase.plan.fingerprint}
                </Code>
                <Checkbox
                  label={t('sync.import.trust', { office: phase.plan.sender.office, role: t(`sync.roles.${phase.plan.sender.role}`) })}
                  checked={trust}
                  onChange={(event) => setTrust(event.currentTarget.checked)}
                />
              </Stack>
            </Alert>
          )}
          {phase.plan.massDelete && (
            <Alert color="red" icon={<IconAlertTriangle aria-hidden />} title={t('sync.import.massDeleteTitle')}>
              <Checkbox
                label={t('sync.import.massDelete', { count: phase.plan.counts.deleted })}
                checked={allowMassDelete}
                onChange={(event) => setAllowMassDelete(event.currentTarget.checked)}
              />
            </Alert>
          )}
          <Group>
            <Button
              onClick={() => apply(phase.token, phase.plan)}
              disabled={(phase.plan.senderStatus === 'new' && !trust) || (phase.plan.massDelete && !allowMassDelete)}
            >
              {t('sync.import.apply')}
            </Button>
            <Button variant="default" onClick={() => cancel(phase.token)}>
              {t('common.cancel')}
            </Button>
          </Group>
        </>
      )}
      {phase.step === 'applying' && (
        <Stack gap="xs">
          <Text>{t('sync.import.applying')}</Text>
          <Progress
            value={(100 * phase.done) / Math.max(1, phase.total)}
            aria-label={t('sync.import.applying')}
            data-testid="import-progress"
          />
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
          <Button w="fit-content" onClick={() => cancel()}>
            {t('sync.backToSync')}
          </Button>
        </>
      )}
    </Stack>
  );
}

/** Sender, bundle and per-record-type counts; the same table before (would) and after (did). */
function PlanDetails({ plan, applied = false }: { plan: ImportPlan; applied?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const totals = plan.counts;
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Table variant="vertical" layout="fixed" withTableBorder={false} data-testid="bundle-sender">
          <Table.Tbody>
            <Table.Tr>
              <Table.Th w={200}>{t('sync.import.from')}</Table.Th>
              <Table.Td>
                {plan.sender.office} · {plan.sender.person} · {t(`sync.roles.${plan.sender.role}`)}
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t('sync.import.made')}</Table.Th>
              <Table.Td>{format.dateTime(plan.createdAt)}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t('sync.import.fingerprint')}</Table.Th>
              <Table.Td>
                <Code>{plan.fingerprint}</Code>{' '}
                {plan.senderStatus === 'trusted' && (
                  <Text span size="sm" c="teal">
                    {t('sync.import.trusted')}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t('sync.import.kind')}</Table.Th>
              <Table.Td>
                {t(plan.full ? 'sync.history.full' : 'sync.history.incremental')}
                {plan.encrypted ? ` · ${t('sync.history.encrypted')}` : ''}
              </Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
        {plan.importedBefore && <Alert color="blue">{t('sync.import.importedBefore', { when: format.dateTime(plan.importedBefore) })}</Alert>}
        {plan.forOtherInstallation && <Alert color="blue">{t('sync.import.forOther')}</Alert>}
        {plan.gaps.length > 0 && <Alert color="yellow">{t('sync.import.gap')}</Alert>}
        {plan.clockAheadMs > 0 && (
          <Alert color="yellow">{t('sync.import.clockAhead', { days: format.number(Math.round(plan.clockAheadMs / 86_400_000)) })}</Alert>
        )}
        <Title order={3} size="h5">
          {t(applied ? 'sync.import.applied' : 'sync.import.wouldApply')}
        </Title>
        <Table striped data-testid="import-counts">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('sync.import.recordType')}</Table.Th>
              <Table.Th ta="right">{t('sync.import.added')}</Table.Th>
              <Table.Th ta="right">{t('sync.import.changed')}</Table.Th>
              <Table.Th ta="right">{t('sync.import.deleted')}</Table.Th>
              <Table.Th ta="right">{t('sync.import.unchanged')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {SYNC_COLLECTIONS.map((name) => {
              const counts = plan.perCollection[name];
              return (
                <Table.Tr key={name} data-collection={name}>
                  <Table.Td>{t(`sync.collections.${name}`)}</Table.Td>
                  <Table.Td ta="right">{format.number(counts.added)}</Table.Td>
                  <Table.Td ta="right">{format.number(counts.changed)}</Table.Td>
                  <Table.Td ta="right">{format.number(counts.deleted)}</Table.Td>
                  <Table.Td ta="right">{format.number(counts.unchanged)}</Table.Td>
                </Table.Tr>
              );
            })}
            <Table.Tr fw={600}>
              <Table.Td>{t('sync.import.total')}</Table.Td>
              <Table.Td ta="right">{format.number(totals.added)}</Table.Td>
              <Table.Td ta="right">{format.number(totals.changed)}</Table.Td>
              <Table.Td ta="right">{format.number(totals.deleted)}</Table.Td>
              <Table.Td ta="right">{format.number(totals.unchanged)}</Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
        {plan.conflicts > 0 && (
          <Alert color="orange" title={t('sync.import.conflictsTitle', { count: plan.conflicts })}>
            <Text size="sm">{t('sync.import.conflictsBody')}</Text>
            {applied && (
              <Anchor component={Link} to="/sync/conflicts">
                {t('sync.conflicts.review')}
              </Anchor>
            )}
          </Alert>
        )}
        {plan.refusals.length > 0 && (
          <Alert color="red" title={t('sync.import.refusalsTitle', { count: plan.refusals.length })} data-testid="refusals">
            <Text size="sm">{t('sync.import.refusalsBody')}</Text>
            <ul>
              {plan.refusals.slice(0, 50).map((refusal) => (
                <li key={`${refusal.collection}/${refusal.recordId}/${refusal.origin}`}>
                  {t(`sync.collections.${refusal.collection}`)}: {refusal.label} ({refusal.fields.join(', ')})
                </li>
              ))}
            </ul>
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
