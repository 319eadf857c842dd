import type { MeetingKind } from '../domain/activity';
import type { ReportContext } from './context';
import { meetingBlocks } from './meeting-blocks';
import type { ReportSection } from './model';

/**
 * Chapters III and IV: the working-level workshop and the youth programmes (the youth leaders
 * forum and the youth contest, whose entries by country the report tabulates). Each says so when
 * nothing of its kind was recorded that year, rather than printing an empty chapter.
 */

function eventSection(ctx: ReportContext, id: string, number: string, kinds: MeetingKind[]): ReportSection {
  const { w, year } = ctx;
  const meetings = ctx.meetingsOf(...kinds);
  return {
    id,
    number,
    title: w.t(`sections.${id}`),
    blocks:
      meetings.length === 0
        ? [{ kind: 'paragraph', text: w.t(`${id}.none`, { year: String(year) }) }]
        : meetings.flatMap((meeting) => meetingBlocks(meeting, ctx)),
  };
}

/** Chapter III: the working-level workshop of the year. */
export function workshopSection(ctx: ReportContext): ReportSection {
  return eventSection(ctx, 'workshop', 'III', ['workshop']);
}

/** Chapter IV: youth programmes. */
export function youthSection(ctx: ReportContext): ReportSection {
  return eventSection(ctx, 'youth', 'IV', ['youthForum', 'youthContest']);
}
