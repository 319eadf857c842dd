import { Badge, Group, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDownLeft, IconArrowsLeftRight, IconArrowUpRight, type Icon } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { VisitDirection } from '../../../shared/domain/activity';
import type { TimelineEntry } from '../../../shared/domain/timeline';
import { useFormat } from '../../i18n/use-format';
import classes from './TimelineList.module.css';
import { LocalizedText } from '../common/LocalizedText';

const ROW_HEIGHT = 68;
const KIND_COLORS: Record<string, string> = {
  visit: 'blue',
  generalAssembly: 'grape',
  executiveCommittee: 'violet',
  committeeMeeting: 'teal',
  workshop: 'cyan',
  forum: 'indigo',
  youthForum: 'orange',
  youthContest: 'yellow',
  other: 'gray',
};

/** Which way a visit went: out from the secretariat, in to it, or met elsewhere. */
const DIRECTION_ICONS: Record<VisitDirection, Icon> = {
  outbound: IconArrowUpRight,
  inbound: IconArrowDownLeft,
  thirdEvent: IconArrowsLeftRight,
};

/** The path of an entry's own page. */
export function entryPath(entry: Pick<TimelineEntry, 'id' | 'type'>): string {
  return entry.type === 'visit' ? `/activity/visits/${entry.id}` : `/activity/meetings/${entry.id}`;
}

/**
 * The timeline as a virtualised list: only the rows in view exist in the page, so 100,000 entries
 * scroll as smoothly as 100. Each commit leaves a performance mark the benchmark reads.
 */
export const TimelineList = memo(function TimelineList({
  entries,
  height,
  label,
}: {
  entries: readonly TimelineEntry[];
  height: number | string;
  label: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const parent = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => parent.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });

  useLayoutEffect(() => {
    performance.mark('timeline:rendered', { detail: { count: entries.length } });
  }, [entries]);

  const dates = (entry: TimelineEntry) =>
    entry.endDate && entry.endDate !== entry.date ? `${format.date(entry.date)} – ${format.date(entry.endDate)}` : format.date(entry.date);

  const subtitle = (entry: TimelineEntry) =>
    [entry.direction ? t(`directions.${entry.direction}`) : '', entry.subtitle ? format.name(entry.subtitle) : '', entry.countries.map((code) => format.country(code)).join(', ')].filter(Boolean).join(' · ');

  return (
    <div ref={parent} className={classes.scroller} style={{ height }} role="list" aria-label={label} data-testid="timeline-list">
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const entry = entries[item.index];
          const Direction = entry.direction ? DIRECTION_ICONS[entry.direction] : null;
          return (
            <div
              key={entry.id}
              role="listitem"
              className={classes.row}
              style={{ height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
              data-testid="timeline-row"
              data-kind={entry.kind}
              data-direction={entry.direction}
            >
              <UnstyledButton className={classes.button} onClick={() => void navigate(entryPath(entry))}>
                <Text size="sm" c="dimmed" className={classes.date}>
                  {dates(entry)}
                </Text>
                <div className={classes.body}>
                  <Group gap="xs" wrap="nowrap">
                    <Badge size="sm" variant="light" color={KIND_COLORS[entry.kind]} className={classes.badge}>
                      {t(`kinds.${entry.kind}`)}
                    </Badge>
                    {/* Titles cut at the window's edge show whole on hover. */}
                    <Text fw={500} truncate="end" title={format.name(entry.title)}>
                      <LocalizedText value={entry.title} />
                    </Text>
                  </Group>
                  <Group gap={4} wrap="nowrap" c="dimmed">
                    {Direction && <Direction size={14} aria-hidden className={classes.direction} />}
                    <Text size="sm" c="dimmed" truncate="end" className={classes.detail} title={subtitle(entry)}>
                      {entry.direction && t(`directions.${entry.direction}`)}
                      {entry.direction && (entry.subtitle || entry.countries.length > 0) && ' · '}
                      {entry.subtitle && <LocalizedText value={entry.subtitle} />}
                      {entry.subtitle && entry.countries.length > 0 && ' · '}
                      {entry.countries.map((code) => format.country(code)).join(', ')}
                    </Text>
                  </Group>
                </div>
              </UnstyledButton>
            </div>
          );
        })}
      </div>
    </div>
  );
});
