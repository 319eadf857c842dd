import type { AgendaDecision, MeetingFields } from '../domain/activity';
import { itemAdopted, itemResult, meetingElectorate, summariseRollCall, type ItemResult, type RollCallSummary } from '../governance/assembly';
import { competence, decidingBody, type DecidingBody } from '../governance/decisions';
import type { ReportContext } from './context';
import { countsTable, meetingFacts, outcomeBlocks, summaryBlocks } from './meeting-blocks';
import { markedTable, type ReportBlock, type ReportSection, type Stored } from './model';

/**
 * Chapter I: the General Assembly (every two years) and the executive committee (the years
 * between). The roll call is counted against the voting rights of the meeting's date, and each
 * agenda item's result is shown with its arithmetic, so a reader can check it as the Charter asks.
 */

type Meeting = Stored<MeetingFields>;

/**
 * The class of an item: its Charter Art. 8 item (delegated under Art. 9-2 where the executive
 * committee decides it), or the committee whose coordinator it replaces and the members willing to take it over.
 */
function itemClass(decision: AgendaDecision | undefined, body: DecidingBody, ctx: ReportContext): string {
  const { w } = ctx;
  if (decision?.replacesCoordinatorOf) {
    const willing = decision.willingMemberIds ?? [];
    const committee = w.t('assembly.replacement', { committee: ctx.committeeName(decision.replacesCoordinatorOf) });
    return willing.length > 0 ? `${committee}; ${w.t('assembly.willing', { names: w.list(willing.map((id) => ctx.memberName(id))) })}` : committee;
  }
  if (decision?.article === undefined) return w.t('assembly.unclassified');
  const allowed = competence(body, { article: decision.article, replacement: false });
  return w.t(allowed.competent && allowed.basis === 'charter9-2' ? 'assembly.delegatedArticle' : 'assembly.article', { article: decision.article });
}

/**
 * The result in words with its arithmetic: "Passed: 50 in favour of 50 votes cast, 34 needed"; or
 * as the record states it, "Adopted (tally not recorded)", with no count nobody made.
 */
function resultInWords(result: ItemResult, ctx: ReportContext): string {
  const { w } = ctx;
  if (result.kind === 'unclassified') return w.t('assembly.result.unclassified');
  if (result.kind === 'notCompetent') return w.t(`assembly.result.notCompetent.${result.reason}`);
  const condition = result.condition && !result.condition.met ? `${w.t('assembly.result.noWillingMember')} ` : '';
  if (result.kind === 'noVotes') return condition + w.t('assembly.result.noVotes');
  if (result.kind === 'recorded') return condition + w.t(`assembly.result.recorded.${result.outcome}`);
  if (!result.quorum.met) return w.t('assembly.result.noQuorum', { attending: result.quorum.attending, needed: result.quorum.needed });
  const values = { inFavour: result.vote.inFavour, cast: result.vote.cast, needed: result.vote.needed, rule: w.t(`assembly.rule.${result.rule}`) };
  return condition + w.t(result.passed ? 'assembly.result.passed' : 'assembly.result.failed', values);
}

/** How the electorate was counted: the body's members, and the members the meeting admitted, left out. */
function electorateSentences(meeting: Meeting, summary: RollCallSummary, body: DecidingBody, ctx: ReportContext): string[] {
  const { w } = ctx;
  const sentences = body.kind === 'executiveCommittee' ? [w.t('assembly.executiveElectorate', { eligible: summary.eligible })] : [];
  if (summary.admittedHere.length > 0) {
    const names = w.list(summary.admittedHere.map((id) => ctx.memberName(id)));
    sentences.push(w.t('assembly.admittedHere', { names, after: summary.members + summary.admittedHere.length, date: w.date(meeting.startDate) }));
  }
  return sentences;
}

/** A table title naming the meeting ("Roll call, {{meeting}}"), marked when the meeting's title is another language's. */
function titleOf(key: string, meeting: Meeting, ctx: ReportContext) {
  const { text, from } = ctx.w.marked(() => ctx.w.t(key, { meeting: ctx.w.text(meeting.title) }));
  return { title: text, titleFrom: from };
}

function rollCallBlocks(meeting: Meeting, summary: RollCallSummary, body: DecidingBody, ctx: ReportContext): ReportBlock[] {
  const { w } = ctx;
  const { eligible, present, written, attending } = summary;
  const values = { eligible, present, written, attending, needed: summary.quorum.needed, date: w.date(meeting.startDate) };
  const electorate = w.marked(() => electorateSentences(meeting, summary, body, ctx).join(' '));
  return [
    { kind: 'heading', level: 2, text: w.t('assembly.rollCallTitle') },
    { kind: 'paragraph', text: w.t(summary.quorum.met ? 'assembly.rollCall' : 'assembly.rollCallNoQuorum', values) },
    ...(electorate.text ? [{ kind: 'paragraph' as const, ...electorate }] : []),
    markedTable({
      id: `roll-call-${meeting.id}`,
      numeric: [1],
      ...titleOf('assembly.rollCallTable', meeting, ctx),
      columns: [w.t('assembly.count'), w.t('assembly.members')],
      rows: [
        [w.t('assembly.eligible'), summary.eligible],
        [w.t('assembly.electing'), summary.electing],
        [w.t('assembly.present'), summary.present],
        [w.t('assembly.written'), summary.written],
        [w.t('assembly.attending'), summary.attending],
        [w.t('assembly.quorumNeeded'), summary.quorum.needed],
      ],
    }),
  ];
}

function agendaBlocks(meeting: Meeting, summary: RollCallSummary, body: DecidingBody, ctx: ReportContext): ReportBlock[] {
  const { w } = ctx;
  if (meeting.agendaItems.length === 0) return [];
  const decisionOf = (item: number) => meeting.decisions?.find((decision) => decision.item === item);
  const results = meeting.agendaItems.map((_, item) => itemResult(decisionOf(item), summary, body));
  const passed = results.filter(itemAdopted).length;
  const untallied = results.filter((result) => result.kind === 'recorded').length;
  // Tally columns only where some item was counted: a column of blanks would read as votes lost.
  const tallied = results.some((result) => result.kind === 'decided');
  const tally = (decision: AgendaDecision | undefined) => (tallied ? [decision?.inFavour ?? null, decision?.against ?? null, decision?.abstaining ?? null] : []);
  const columns = tallied ? ['no', 'item', 'class', 'inFavour', 'against', 'abstaining', 'result'] : ['no', 'item', 'class', 'result'];
  return [
    { kind: 'heading', level: 2, text: w.t('assembly.agendaTitle') },
    markedTable({
      id: `agenda-${meeting.id}`,
      numeric: tallied ? [0, 3, 4, 5] : [0],
      widths: tallied ? [5, 27, 15, 8, 8, 8, 29] : [5, 40, 25, 30],
      ...titleOf('assembly.agendaTable', meeting, ctx),
      columns: columns.map((column) => w.t(`assembly.columns.${column}`)),
      rows: meeting.agendaItems.map((text, item) => {
        const decision = decisionOf(item);
        return [item + 1, w.marked(() => w.text(text)), w.marked(() => itemClass(decision, body, ctx)), ...tally(decision), w.marked(() => resultInWords(results[item], ctx))];
      }),
    }),
    { kind: 'paragraph', text: w.t('assembly.itemsPassed', { passed, total: results.length }) },
    ...(untallied > 0 ? [{ kind: 'paragraph' as const, text: w.t('assembly.untallied', { count: untallied, total: results.length }) }] : []),
  ];
}

/** One assembly or executive committee meeting: facts, counts, account, roll call, agenda, outcomes. */
function assemblyBlocks(meeting: Meeting, ctx: ReportContext): ReportBlock[] {
  const { data } = ctx;
  const electorate = meetingElectorate(data.members, data.dues, data.duesPostponements, meeting);
  const summary = summariseRollCall(meeting.rollCall, electorate);
  const body = decidingBody(meeting, data.meetings);
  return [
    { kind: 'heading', level: 1, ...ctx.w.marked(() => ctx.w.text(meeting.title)) },
    meetingFacts(meeting, ctx),
    ...summaryBlocks(meeting, ctx),
    ...countsTable(meeting, ctx),
    ...(meeting.rollCall ? rollCallBlocks(meeting, summary, body, ctx) : []),
    ...agendaBlocks(meeting, summary, body, ctx),
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
