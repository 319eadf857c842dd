import { describe, expect, it } from 'vitest';
import { duesPostponementFieldsSchema, isOpenEnded, lastLedgerYear, postponementCovers } from '../../../../shared/domain/dues';

const issues = (input: unknown) => {
  const result = duesPostponementFieldsSchema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
};

describe('a decision postponing dues', () => {
  it('still reads a decision listing its years, as 0.4 recorded them', () => {
    expect(issues({ fiscalYears: [2018], decidedOn: '2018-10-29' })).toEqual({});
  });

  it('runs open-ended from a fiscal year, dated as precisely as the record gives it', () => {
    expect(issues({ fromFiscalYear: 2018, decidedOn: '2017', confirmedOn: '2018-10-29' })).toEqual({});
    expect(issues({ fromFiscalYear: 2018, decidedOn: '2017-13' })).toEqual({ decidedOn: 'validation.date' });
  });

  it('takes listed years or a first year, one of the two', () => {
    expect(issues({ decidedOn: '2017' })).toEqual({ fiscalYears: 'validation.required' });
    expect(issues({ fiscalYears: [2019], fromFiscalYear: 2018, decidedOn: '2017' })).toEqual({ fiscalYears: 'validation.yearsOrFrom' });
    expect(issues({ fromFiscalYear: 2017, decidedOn: '2017' })).toEqual({ fromFiscalYear: 'validation.duesYear' });
  });

  it('refuses an end before its start and a confirmation before the decision', () => {
    expect(issues({ fromFiscalYear: 2019, untilFiscalYear: 2018, endedOn: '2019', decidedOn: '2017' })).toEqual({ untilFiscalYear: 'validation.endBeforeStart' });
    expect(issues({ fiscalYears: [2019], untilFiscalYear: 2019, endedOn: '2019', decidedOn: '2017' })).toEqual({ untilFiscalYear: 'validation.endBeforeStart' });
    expect(issues({ fromFiscalYear: 2018, decidedOn: '2018-10', confirmedOn: '2018-09-30' })).toEqual({ confirmedOn: 'validation.endBeforeStart' });
    expect(issues({ fromFiscalYear: 2018, decidedOn: '2018', confirmedOn: '2018-01-01' })).toEqual({});
  });

  it('is ended by a last year, and who ended it and when need that year', () => {
    const open = { fromFiscalYear: 2018, decidedOn: '2017', confirmedOn: '2018-10-29' };
    expect(issues({ ...open, untilFiscalYear: 2019, endedOn: '2019', endedBy: { en: 'the 12th executive committee (2019)' } })).toEqual({});
    // A last year alone, as format-3 bundles made before `endedOn` may carry it, still reads (the End dialog asks for the date).
    expect(issues({ ...open, untilFiscalYear: 2019 })).toEqual({});
    expect(issues({ ...open, endedOn: '2019-09-04' })).toEqual({ untilFiscalYear: 'validation.required' });
    expect(issues({ ...open, endedByMeetingId: '35883268-9b85-446f-a697-3ed1688f6935' })).toEqual({ untilFiscalYear: 'validation.required' });
    // Ended before it was decided: the 11th executive committee decided it in 2017.
    expect(issues({ ...open, untilFiscalYear: 2019, endedOn: '2016-12' })).toEqual({ endedOn: 'validation.endedBeforeDecided' });
    expect(issues({ ...open, untilFiscalYear: 2019, endedOn: '2017-02' })).toEqual({});
  });

  it('can end no later than the last fiscal year the ledger has: this year, or a later one already paid', () => {
    expect(lastLedgerYear('2026-12-07', [])).toBe(2026);
    expect(lastLedgerYear('2026-12-07', [{ fiscalYear: 2019 }, { fiscalYear: 2027 }])).toBe(2027);
  });

  it('covers the years it lists, or every year from its first until the later decision ends it', () => {
    const open = { fromFiscalYear: 2018 };
    expect([2017, 2018, 2026, 2100].map((year) => postponementCovers(open, year))).toEqual([false, true, true, true]);
    expect(isOpenEnded(open)).toBe(true);
    const ended = { fromFiscalYear: 2018, untilFiscalYear: 2019 };
    expect([2018, 2019, 2020].map((year) => postponementCovers(ended, year))).toEqual([true, true, false]);
    expect(isOpenEnded(ended)).toBe(false);
    expect([2018, 2019, 2020].map((year) => postponementCovers({ fiscalYears: [2018, 2020] }, year))).toEqual([true, false, true]);
  });
});
