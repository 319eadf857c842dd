import { Section } from '../common/Section';
import { Badge, Button, Code, Table, Text, VisuallyHidden } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hlcTime } from '../../../shared/sync/hlc';
import { inRanges, type Ranges } from '../../../shared/sync/knowledge';
import type { PeerRecord, SegmentMeta } from '../../../shared/sync/store';
import { useDatabase } from '../../db/database-context';
import { useFormat } from '../../i18n/use-format';
import { setPeerStatus } from '../../sync/peers';
import { ConfirmModal } from '../common/ConfirmModal';
import { describeError } from '../common/describe-error';

/** What a replica holds of an installation's segments, as the date of the latest change among them. */
function useWatermark() {
  const format = useFormat();
  const { t } = useTranslation();
  return (clock: string | undefined) => (clock ? format.dateTime(hlcTime(clock)) : t('sync.offices.nothing'));
}

/** The latest change among the given segments that the numbers cover. */
function latestCovered(segments: readonly SegmentMeta[], author: string, seqs: Ranges | undefined): string | undefined {
  let latest: string | undefined;
  for (const segment of segments) {
    if (segment.author !== author || segment.status !== 'applied') continue;
    if (seqs && !inRanges(seqs, segment.seq)) continue;
    if (!latest || segment.last > latest) latest = segment.last;
  }
  return latest;
}

/**
 * The offices this installation trusts, with what each is known to have: the latest change of this
 * laptop that office had when it last sent a bundle, and the latest of its changes that is here.
 */
export function OfficesTable({ installationId }: { installationId: string }) {
  const { t } = useTranslation();
  const { db } = useDatabase();
  const format = useFormat();
  const watermark = useWatermark();
  const data = useLiveQuery(async () => ({ peers: await db.peers.toArray(), segments: await db.segments.toArray() }), [db]);
  const [revoking, setRevoking] = useState<PeerRecord | null>(null);
  if (!data) return null;
  return (
    <Section title={t('sync.offices.title')}>
      {data.peers.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('sync.offices.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table striped data-testid="offices">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('sync.offices.office')}</Table.Th>
                <Table.Th>{t('sync.offices.fingerprint')}</Table.Th>
                <Table.Th>{t('sync.offices.theyHave')}</Table.Th>
                <Table.Th>{t('sync.offices.weHave')}</Table.Th>
                <Table.Th>{t('sync.offices.lastImport')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('sync.offices.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.peers.map((peer) => (
                <Table.Tr key={peer.installationId}>
                  <Table.Td>
                    <Text fw={500}>{peer.office}</Text>
                    <Text size="xs" c="dimmed">
                      {peer.person} · {t(`sync.roles.${peer.role}`)}
                    </Text>
                    {peer.status === 'revoked' && (
                      <Badge color="red" variant="light">
                        {t('sync.offices.revoked')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Code>{peer.fingerprint}</Code>
                  </Table.Td>
                  <Table.Td>{watermark(peer.knowledge[installationId] ? latestCovered(data.segments, installationId, peer.knowledge[installationId].seqs) : undefined)}</Table.Td>
                  <Table.Td>{watermark(latestCovered(data.segments, peer.installationId, undefined))}</Table.Td>
                  <Table.Td>{peer.lastImportAt ? format.dateTime(peer.lastImportAt) : '—'}</Table.Td>
                  <Table.Td>
                    {peer.status === 'trusted' ? (
                      <Button size="xs" variant="subtle" color="red" onClick={() => setRevoking(peer)}>
                        {t('sync.offices.revoke')}
                      </Button>
                    ) : (
                      <Button size="xs" variant="subtle" onClick={() => void setPeerStatus(db, peer.installationId, 'trusted')}>
                        {t('sync.offices.trustAgain')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ConfirmModal
      opened={revoking !== null}
      title={t('sync.offices.revokeTitle', { office: revoking?.office ?? '' })}
      body={t('sync.offices.revokeBody')}
      confirmLabel={t('sync.offices.revoke')}
      onClose={() => setRevoking(null)}
      onConfirm={async () => {
        if (revoking) await setPeerStatus(db, revoking.installationId, 'revoked');
        setRevoking(null);
      }}
      describe={(error) => describeError(error, t)}
      />
    </Section>
  );
}
