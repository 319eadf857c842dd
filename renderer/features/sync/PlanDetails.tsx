import { Alert, Anchor, Code, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SIGNED_FORMAT_VERSION } from '../../../shared/sync/bundle-format';
import { SYNC_COLLECTIONS } from '../../../shared/sync/collections';
import type { ImportPlan } from '../../../shared/sync/import';
import { useFormat } from '../../i18n/use-format';
import type { TrustedAuthor } from '../../sync/protocol';
import { HeldBackList, UnattributedList } from './LeftOutLists';
import { SenderTable } from './SenderRows';

type Props = {
  plan: ImportPlan;
  applied?: boolean;
  /** Offices passed on by the sender that the person chose to trust (preview only). */
  trustAuthors?: TrustedAuthor[];
  onTrustAuthors?: (authors: TrustedAuthor[]) => void;
};

/** Sender, bundle and per-record-type counts, and what is held back or left out: the same before (would) and after (did). */
export function PlanDetails({ plan, applied = false, trustAuthors = [], onTrustAuthors }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const totals = plan.counts;
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <SenderTable sender={plan.sender} createdAt={plan.createdAt} full={plan.full} encrypted={plan.encrypted}>
          <Table.Tr>
            <Table.Th>{t('sync.import.fingerprint')}</Table.Th>
            <Table.Td>
              <Code>{plan.fingerprint}</Code>{' '}
              <Text span size="sm" c="teal">
                {t('sync.import.trusted')}
              </Text>
            </Table.Td>
          </Table.Tr>
          {plan.formatVersion >= SIGNED_FORMAT_VERSION && (
            <Table.Tr>
              <Table.Th>{t('sync.import.contents')}</Table.Th>
              <Table.Td>{t('sync.import.segments', { count: plan.segments.total })}</Table.Td>
            </Table.Tr>
          )}
        </SenderTable>
        {plan.formatVersion < SIGNED_FORMAT_VERSION && <Alert color="blue">{t('sync.import.oldFormat', { office: plan.sender.office })}</Alert>}
        {plan.importedBefore && <Alert color="blue">{t('sync.import.importedBefore', { when: format.dateTime(plan.importedBefore) })}</Alert>}
        {plan.forOtherInstallation && <Alert color="blue">{t('sync.import.forOther')}</Alert>}
        {plan.gaps.length > 0 && <Alert color="yellow">{t('sync.import.gap')}</Alert>}
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
        {plan.pending > 0 && <Alert color="blue">{t('sync.import.pending', { count: plan.pending })}</Alert>}
        {plan.conflicts > 0 && (
          <Alert color="yellow" title={t('sync.import.conflictsTitle', { count: plan.conflicts })}>
            <Text size="sm">{t('sync.import.conflictsBody')}</Text>
            {applied && (
              <Anchor component={Link} to="/sync/conflicts">
                {t('sync.conflicts.review')}
              </Anchor>
            )}
          </Alert>
        )}
        <HeldBackList held={plan.held} />
        <UnattributedList entries={plan.unattributed} introduced={plan.introduced} applied={applied} trusted={trustAuthors} onTrust={onTrustAuthors} />
        {plan.refusals.length > 0 && (
          <Alert color="red" title={t('sync.import.refusalsTitle', { count: plan.refusals.length })} data-testid="refusals">
            <Text size="sm">{t('sync.import.refusalsBody')}</Text>
            <ul>
              {plan.refusals.slice(0, 50).map((refusal) => (
                <li key={`${refusal.collection}/${refusal.recordId}/${refusal.origin}`}>
                  {t(`sync.collections.${refusal.collection}`)}: <bdi>{refusal.label}</bdi> ({refusal.fields.join(', ')})
                </li>
              ))}
            </ul>
          </Alert>
        )}
        {plan.invalid.length > 0 && (
          <Alert color="red" title={t('sync.import.invalidTitle', { count: plan.invalid.length })} data-testid="invalid-changes">
            <ul>
              {plan.invalid.slice(0, 50).map((entry) => (
                <li key={`${entry.collection}/${entry.recordId}/${entry.field}`}>
                  {t(`sync.collections.${entry.collection}`)} {entry.recordId.slice(0, 8)}: <bdi>{entry.field}</bdi>
                </li>
              ))}
            </ul>
          </Alert>
        )}
        {plan.forks.length > 0 && <Alert color="yellow">{t('sync.import.forks', { count: plan.forks.length })}</Alert>}
      </Stack>
    </Paper>
  );
}
