import { describe, expect, it } from 'vitest';
import type { DuesPostponementRecord, DuesRecord } from '../../../../shared/domain/dues';
import { sampleDues } from '../../../../shared/sample/dues-2018';
import { ledgerOpening } from '../../../../renderer/features/dues/ledger-grid';

const postponements = sampleDues().duesPostponements.map((entry) => ({ id: entry.id, ...entry.fields }) as DuesPostponementRecord);
const paid = (fiscalYear: number, receivedOn: string) => ({ fiscalYear, receivedOn, status: 'paid' }) as DuesRecord;

describe('the date the dues ledger opens at', () => {
  it('is the end of 2018 for the 2018 sample seen in 2026: nothing is recorded after 2018', () => {
    expect(ledgerOpening({ dues: [], postponements }, '2026-12-07')).toEqual({ asOf: '2018-12-31', lastYear: 2018 });
  });

  it('is today while the ledger is kept: entries of this year or the last', () => {
    expect(ledgerOpening({ dues: [paid(2025, '2025-04-02')], postponements }, '2026-12-07')).toEqual({ asOf: '2026-12-07' });
    expect(ledgerOpening({ dues: [paid(2024, '2026-03-02')], postponements }, '2026-12-07')).toEqual({ asOf: '2026-12-07' });
    expect(ledgerOpening({ dues: [], postponements }, '2019-06-01')).toEqual({ asOf: '2019-06-01' });
  });

  it('is the end of the last year anything is recorded for, a payment or a decision', () => {
    expect(ledgerOpening({ dues: [paid(2021, '2021-04-30')], postponements }, '2026-12-07')).toEqual({ asOf: '2021-12-31', lastYear: 2021 });
    const ended = postponements.map((decision) => ({ ...decision, untilFiscalYear: 2022 }));
    expect(ledgerOpening({ dues: [], postponements: ended }, '2026-12-07')).toEqual({ asOf: '2022-12-31', lastYear: 2022 });
  });

  it('is today for an empty ledger, which has nothing to say about any date', () => {
    expect(ledgerOpening({ dues: [], postponements: [] }, '2026-12-07')).toEqual({ asOf: '2026-12-07' });
  });
});
