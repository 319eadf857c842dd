import { describe, expect, it } from 'vitest';
import { indexLowerBound, isPartialIsoDate, overlaps, periodEnd, periodStart, precisionOf } from '../../../../shared/domain/partial-date';
import { partialDateSchema } from '../../../../shared/domain/partial-date-schema';

describe('partial dates', () => {
  it('knows a day, a month and a year by their shape, and refuses dates no calendar has', () => {
    expect(precisionOf('2018-10-28')).toBe('day');
    expect(precisionOf('2018-10')).toBe('month');
    expect(precisionOf('2018')).toBe('year');
    for (const bad of ['2018-13', '2018-02-29', '2018-10-1', '18', '0999', '2018-00', '2018/10', '']) {
      expect(precisionOf(bad), bad).toBeUndefined();
      expect(partialDateSchema.safeParse(bad).success, bad).toBe(false);
    }
    expect(precisionOf('2020-02-29')).toBe('day');
  });

  it('takes a coarsest precision a field accepts', () => {
    expect(isPartialIsoDate('2018', 'month')).toBe(false);
    expect(isPartialIsoDate('2018-10', 'month')).toBe(true);
    expect(isPartialIsoDate('2018-10', 'day')).toBe(false);
  });

  it('spans its period from first to last day', () => {
    expect([periodStart('2018'), periodEnd('2018')]).toEqual(['2018-01-01', '2018-12-31']);
    expect([periodStart('2018-02'), periodEnd('2018-02')]).toEqual(['2018-02-01', '2018-02-28']);
    expect([periodStart('2018-10-28'), periodEnd('2018-10-28')]).toEqual(['2018-10-28', '2018-10-28']);
  });

  it('filters by overlap, so October 2018 is in a search from 15 October', () => {
    expect(overlaps('2018-10', undefined, '2018-10-15', '2018-12-31')).toBe(true);
    expect(overlaps('2018-09', undefined, '2018-10-15')).toBe(false);
    expect(overlaps('2018', undefined, undefined, '2018-01-01')).toBe(true);
    expect(overlaps('2018-10', '2018-11', '2018-11-30', '2019-01-01')).toBe(true);
    expect(overlaps('2019-01', undefined, undefined, '2018-12-31')).toBe(false);
  });

  it('sorts by the start of the period as plain strings do, and gives a range query a bound that finds coarser dates', () => {
    const sorted = ['2018-10-01', '2018', '2018-10', '2017-12-31', '2018-09-30'].sort();
    expect(sorted).toEqual(['2017-12-31', '2018', '2018-09-30', '2018-10', '2018-10-01']);
    const bound = indexLowerBound('2018-10-15');
    expect('2018-10' >= bound && '2018' >= bound).toBe(true);
  });
});
