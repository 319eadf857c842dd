import { describe, expect, it } from 'vitest';
import { duesEntryId } from '../../../../shared/domain/dues';
import { endingEffect } from '../../../../shared/governance/postponement-end';
import { sampleData } from '../../../../shared/sample';
import { sampleDues } from '../../../../shared/sample/dues-2018';

const live = <F>(entry: { id: string; fields: F }) => ({ id: entry.id, ...entry.fields, deleted: 0 as const });
const members = sampleData().members.map(live);
const [postponement] = sampleDues().duesPostponements.map(live);
const hyogo = members.find((member) => member.names.en === 'Hyogo Prefecture')!;
const paid = (fiscalYear: number, receivedOn: string) => ({
  id: duesEntryId(hyogo.id, fiscalYear),
  memberId: hyogo.id,
  fiscalYear,
  status: 'paid' as const,
  receivedOn,
  deleted: 0 as const,
});
const dates = { asOf: '2018-12-31', today: '2026-12-07' };

describe('what ending the 2018 postponement changes', () => {
  it('makes every year after the last one postponed owed, up to this year', () => {
    const effect = endingEffect({ members, dues: [], postponements: [postponement] }, postponement.id, 2019, dates);
    expect(effect.from).toBe(2020);
    expect(effect.due).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(effect.postponedAgain).toEqual([]);
  });

  it('counts the votes lost on the first day two of those years are overdue, when the ledger shows an earlier date', () => {
    const effect = endingEffect({ members, dues: [], postponements: [postponement] }, postponement.id, 2019, dates);
    // Fiscal 2020 and 2021 unpaid after 30 April 2021: every one of the 78 members loses its vote then.
    expect(effect.day).toBe('2021-05-01');
    expect(effect.losingVote).toBe(78);
    expect(effect.regainingVote).toBe(0);
  });

  it('counts on the date the ledger shows once that is later, and only the members that have not paid', () => {
    // Hyogo paid 2025 and 2026: one year since unpaid at most, so it keeps its vote (Art. 6).
    const dues = [paid(2025, '2025-04-10'), paid(2026, '2026-04-10')];
    const effect = endingEffect({ members, dues, postponements: [postponement] }, postponement.id, 2019, { ...dates, asOf: '2026-06-01' });
    expect(effect.day).toBe('2026-06-01');
    expect(effect.losingVote).toBe(77);
  });

  it('ending in the current year makes no year of the ledger owed yet, and costs no vote until two later years are overdue', () => {
    const effect = endingEffect({ members, dues: [], postponements: [postponement] }, postponement.id, 2026, { ...dates, asOf: '2026-12-07' });
    expect(effect).toMatchObject({ from: 2027, due: [], postponedAgain: [], day: '2028-05-01', losingVote: 78 });
  });

  it('moving an end later postpones the years between again and gives the votes back', () => {
    const ended = { ...postponement, untilFiscalYear: 2019, endedOn: '2019' };
    const effect = endingEffect({ members, dues: [], postponements: [ended] }, postponement.id, 2021, { ...dates, asOf: '2021-06-01' });
    expect(effect).toMatchObject({ from: 2022, due: [], postponedAgain: [2020, 2021], day: '2021-06-01', losingVote: 0, regainingVote: 78 });
  });
});
