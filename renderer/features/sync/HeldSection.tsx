import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { aheadOf, hlcTime } from '../../../shared/sync/hlc';
import type { HeldBack } from '../../../shared/sync/import';
import { MAX_AHEAD_MS } from '../../../shared/sync/limits';
import { useDatabase } from '../../db/database-context';
import { Section } from '../common/Section';
import { HeldTable } from './LeftOutLists';

/**
 * Changes held back because they were stamped too far ahead of this laptop's clock: who made
 * them, whose bundle brought them, and when they apply by themselves. Shown until they do.
 */
export function HeldSection() {
  const { t } = useTranslation();
  const { db } = useDatabase();
  const held = useLiveQuery(async () => {
    const [rows, peers] = await Promise.all([db.segments.where('status').equals('held').toArray(), db.peers.toArray()]);
    const office = (id: string) => peers.find((peer) => peer.installationId === id)?.office ?? t('common.installation', { id: id.slice(0, 8) });
    return rows.map(
      (row): HeldBack => ({
        installationId: row.author,
        office: office(row.author),
        seq: row.seq,
        changes: row.changes,
        stampedAt: hlcTime(row.last),
        aheadMs: aheadOf(row.last, Date.now()),
        appliesFrom: new Date(Number(row.last.slice(0, 13)) - MAX_AHEAD_MS).toISOString(),
        ...(row.via ? { via: row.via.office } : {}),
      }),
    );
  }, [db, t]);
  if (!held || held.length === 0) return null;
  return (
    <Section title={t('sync.held.title')} intro={t('sync.held.intro')}>
      <HeldTable held={held} testId="held-segments" />
    </Section>
  );
}
