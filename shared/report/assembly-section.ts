import type { AgendaDecision, MeetingFields } from '../domain/activity';
import { itemResult, rightsOn, summariseRollCall, type ItemResult, type RollCallSummary } from '../governance/assembly';
import type { ReportContext } from './context';
import { countsTable, meetingFacts, outcomeBlocks, summaryBlocks } from './meeting-blocks';
import { markedTable, type ReportBlock, type ReportSection, type Stored } from './model';
import { periodStart } from '../domain/partial-date';

/**
 * Chapter I: the General Assembly (every two years) and the executive committee (the years
 * between). The roll call is counted against the voting rights of the meeting's date, and each
 * agenda item's result is shown with its arithmetic, so a reader can check it as the Charter asks.
 */

type Meeting = Stored<MeetingFields>;

/** The class of an item: its Charter Art. 8 item, or the committee whose coordinator it replaces. */
function itemClass(decision: AgendaDecision | undefined, ctx: ReportContext): string {
  if (decision?.replacesCoordinatorOf) return ctx.w.t('assembly.replacement', { committee: ctx.committeeName(decision.replacesCoordinatorOf) });
  if (decision?.article !== undefined) return ctx.w.t('assembly.article', { article: decision.article });
  return ctx.w.t('assembly.unclassified');
}

/** The result in words with its arithmetic: "Passed: 50 in favour of 50 votes cast, 34 needed". */
function resultInWords(result: ItemResult, ctx: ReportContext): string {
  const { w } = ctx;
  if (result.kind === 'unclassified') return w.t('assembly.result.unclassified');
  if (result.kind === 'noVotes') return w.t('assembly.result.noVotes');
  if (!result.quorum.met) return w.t('assembly.result.noQuorum', { attending: result.quorum.attending, needed: result.quorum.needed });
  const values = { inFavour: result.vote.inFavour, cast: result.vote.cast, needed: result.vote.needed, rule: w.t(`assembly.rule.${result.rule}`) };
  return w.t(result.passed ? 'assembly.result.passed' : 'assembly.result.failed', values);
}

/** A table title naming the meeting ("Roll call, {{meeting}}"), marked when the meeting's title is another language's. */
function titleOf(key: string, meeting: Meeting, ctx: ReportContext) {
  const { text, from } = ctx.w.marked(() => ctx.w.t(key, { meeting: ctx.w.text(meeting.title) }));
  return { title: text, titleFrom: from };
}

function rollCallBlocks(meeting: Meeting, summary: RollCallSummary, ctx: ReportContext): ReportBlock[] {
  const { w } = ctx;
  const { eligible, present, written, attending } = summary;
  const values = { eligible, present, written, attending, needed: summary.quorum.needed, date: w.date(meeting.startDate) };
  return [
    { kind: 'heading', level: 2, text: w.t('assembly.rollCallTitle') },
    { kind: 'paragraph', text: w.t(summary.quorum.met ? 'assembly.rollCall' : 'assembly.rollCallNoQuorum', values) },
    markedTable({
      id: `roll-call-${meeting.id}`,
      numeric: [1],
      ...titleOf('assembly.rollCallTable', meeting, ctx),
      columns: [w.t('assembly.count'), w.t('assembly.members')],
      rows: [
        [w.t('assembly.eligible'), summary.eligible],
        [w.t('assembly.present'), summary.present],
        [w.t('assembly.written'), summary.written],
        [w.t('assembly.attending'), summary.attending],
        [w.t('assembly.quorumNeeded'), summary.quorum.needed],
      ],
    }),
  ];
}

function agendaBlocks(meeting: Meeting, summary: RollCallSummary, ctx: ReportContext): ReportBlock[] {
  const { w } = ctx;
  if (meeting.agendaItems.length === 0) return [];
  const decisionOf = (item: number) => meeting.decisions?.find((decision) => decision.item === item);
  const results = meeting.agendaItems.map((_, item) => itemResult(decisionOf(item), summary));
  const passed = results.filter((result) => result.kind === 'decided' && result.passed).length;
  const votes = (value: number | undefined) => value ?? null;
  return [
    { kind: 'heading', level: 2, text: w.t('assembly.agendaTitle') },
    markedTable({
      id: `agenda-${meeting.id}`,
      numeric: [0, 3, 4, 5],
      widths: [5, 27, 15, 8, 8, 8, 29],
      ...titleOf('assembly.agendaTable', meeting, ctx),
      columns: ['no', 'item', 'class', 'inFavour', 'against', 'abstaining', 'result'].map((column) => w.t(`assembly.columns.${column}`)),
      rows: meeting.agendaItems.map((text, item) => {
        const decision = decisionOf(item);
        return [
          item + 1,
          w.marked(() => w.text(text)),
          w.marked(() => itemClass(decision, ctx)),
          votes(decision?.inFavour),
          votes(decision?.against),
          votes(decision?.abstaining),
          resultInWords(results[item], ctx),
        ];
      }),
    }),
    { kind: 'paragraph', text: w.t('assembly.itemsPassed', { passed, total: results.length }) },
  ];
}

/** One assembly or executive committee meeting: facts, counts, account, roll call, agenda, outcomes. */
function assemblyBlocks(meeting: Meeting, ctx: ReportContext): ReportBlock[] {
  const { data } = ctx;
  const rights = rightsOn(data.members, data.dues, data.duesPostponements, periodStart(meeting.startDate));
  const summary = summariseRollCall(meeting.rollCall, rights);
  return [
    { kind: 'heading', level: 1, ...ctx.w.marked(() => ctx.w.text(meeting.title)) },
    meetingFacts(meeting, ctx),
    ...summaryBlocks(meeting, ctx),
    ...countsTable(meeting, ctx),
    ...(meeting.rollCall ? rollCallBlocks(meeting, summary, ctx) : []),
    ...agendaBlocks(meeting, summary, ctx),
    ...outcomeBlocks(meeting, ctx, 2),
  ];
}

/** Chapter I for the year; says so plainly when no assembly met. */
export function assemblySection(ctx: ReportContext): ReportSection {
  const { w, year } = ctx;
  const assemblies = ctx.meetingsOf('generalAssembly');
  const executive = ctx.meetingsOf('executiveCommittee');
  const absent: ReportBlock[] = [];
  if (assemblies.length === 0) absent.push({ kind: 'paragraph', text: w.t('assembly.none', { year: String(year) }) });
  if (assemblies.length === 0 && executive.length === 0) absent.push({ kind: 'paragraph', text: w.t('assembly.noExecutive', { year: String(year) }) });
  return {
    id: 'assembly',
    number: 'I',
    title: w.t('sections.assembly'),
    blocks: [...absent, ...[...assemblies, ...executive].flatMap((meeting) => assemblyBlocks(meeting, ctx))],
  };
}
