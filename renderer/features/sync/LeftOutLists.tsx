import { Alert, Checkbox, Code, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HeldBack, Unattributed } from '../../../shared/sync/import';
import { useFormat } from '../../i18n/use-format';
import type { TrustedAuthor } from '../../sync/protocol';

/** Hours, or days past two days, for "how far ahead" in a person's terms. */
export function useAhead() {
  const { t } = useTranslation();
  const format = useFormat();
  return (ms: number) => {
    const hours = ms / 3_600_000;
    return hours < 48 ? t('sync.held.hoursAhead', { hours: format.number(Math.round(hours)) }) : t('sync.held.daysAhead', { days: format.number(Math.round(hours / 24)) });
  };
}

/** Held-back segments as a table: who made them, how many changes, stamped when, applying from when. */
export function HeldTable({ held, testId }: { held: readonly HeldBack[]; testId?: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const ahead = useAhead();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('sync.held.office')}</Table.Th>
            <Table.Th ta="right">{t('sync.held.changes')}</Table.Th>
            <Table.Th>{t('sync.held.stamped')}</Table.Th>
            <Table.Th>{t('sync.held.appliesFrom')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {held.map((entry) => (
            <Table.Tr key={`${entry.installationId}/${entry.seq}/${entry.stampedAt}`}>
              <Table.Td>
                <bdi>{entry.office}</bdi>
                {entry.via && entry.via !== entry.office && (
                  <Text size="xs">
                    {t('sync.held.via', { office: entry.via })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right">{format.number(entry.changes)}</Table.Td>
              <Table.Td>
                {format.dateTime(entry.stampedAt)}
                <Text size="xs">
                  {ahead(entry.aheadMs)}
                </Text>
              </Table.Td>
              <Table.Td>{format.dateTime(entry.appliesFrom)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/**
 * Changes stamped too far ahead of this laptop's clock: not applied, not passed on, and not moving
 * this laptop's clock; they apply by themselves when their time comes. The office is named so a
 * person can ask it to fix its clock.
 */
export function HeldBackList({ held }: { held: readonly HeldBack[] }) {
  const { t } = useTranslation();
  if (held.length === 0) return null;
  const changes = held.reduce((sum, entry) => sum + entry.changes, 0);
  return (
    <Alert color="yellow" title={t('sync.import.heldTitle', { count: changes })} data-testid="held-back">
      <Stack gap="xs">
        <Text size="sm">{t('sync.import.heldBody')}</Text>
        <HeldTable held={held} />
      </Stack>
    </Alert>
  );
}

type UnattributedProps = {
  entries: readonly Unattributed[];
  /** Offices the bundle passes on that the person trusts with this import: shown ticked, to untick. */
  introduced: readonly Unattributed[];
  applied: boolean;
  trusted: readonly TrustedAuthor[];
  onTrust?: (authors: TrustedAuthor[]) => void;
};

/**
 * Changes this laptop cannot attribute to a trusted key, per author and reason: left out, the
 * rest applied. An office it does not know yet, passed on by the sender, can be trusted here
 * after comparing its fingerprint, as on first contact.
 */
export function UnattributedList({ entries: leftOut, introduced, applied, trusted, onTrust }: UnattributedProps) {
  const { t } = useTranslation();
  const format = useFormat();
  // Offices being trusted now stay in the list (ticked) in the preview; after the import they are trusted offices like any other.
  const entries = applied ? leftOut : [...leftOut, ...introduced];
  if (entries.length === 0) return null;
  const changes = leftOut.reduce((sum, entry) => sum + entry.changes, 0);
  const isTrusted = (entry: Unattributed) => trusted.some((author) => author.installationId === entry.installationId && author.publicKey === entry.publicKey);
  const toggle = (entry: Unattributed, on: boolean) => {
    if (!onTrust || !entry.publicKey) return;
    const others = trusted.filter((author) => author.installationId !== entry.installationId);
    onTrust(on ? [...others, { installationId: entry.installationId, publicKey: entry.publicKey }] : others);
  };
  return (
    <Alert
      color={leftOut.length > 0 ? 'red' : 'blue'}
      title={leftOut.length > 0 ? t('sync.import.unattributedTitle', { count: changes }) : t('sync.import.introducedTitle')}
      data-testid="unattributed"
    >
      <Stack gap="sm">
        <Text size="sm">{t('sync.import.unattributedBody')}</Text>
        {entries.map((entry) => (
          <Stack key={`${entry.reason}/${entry.installationId}/${entry.publicKey ?? ''}`} gap={4} data-reason={entry.reason}>
            <Text size="sm" fw={500}>
              {entry.office ? (
                <>
                  <bdi>{entry.office}</bdi> · <bdi>{entry.person}</bdi> · {entry.role ? t(`sync.roles.${entry.role}`) : ''}
                </>
              ) : (
                t('common.installation', { id: entry.installationId.slice(0, 8) })
              )}
              {' — '}
              {t('sync.import.unattributedChanges', { changes: format.number(entry.changes) })}
            </Text>
            <Text size="sm">{leftOut.includes(entry) ? t(`sync.unattributed.${entry.reason}`) : t('sync.import.introducedBody')}</Text>
            {entry.fingerprint && (
              <Text size="sm">
                {t('sync.import.fingerprint')}: <Code>{entry.fingerprint}</Code>
              </Text>
            )}
            {entry.reason === 'unknown' && !applied && onTrust && entry.publicKey && (
              <Checkbox
                label={t('sync.import.trustAuthor', { office: entry.office ?? '', role: entry.role ? t(`sync.roles.${entry.role}`) : '' })}
                checked={isTrusted(entry)}
                onChange={(event) => toggle(entry, event.currentTarget.checked)}
              />
            )}
          </Stack>
        ))}
      </Stack>
    </Alert>
  );
}
