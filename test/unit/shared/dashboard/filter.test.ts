import { describe, expect, it } from 'vitest';
import { countryBucket, defaultYearRange, monthOf, monthsOf, yearOf } from '../../../../shared/dashboard/filter';

describe('dashboard filter', () => {
  it('reads years and months from ISO dates', () => {
    expect(yearOf('2018-10-28')).toBe(2018);
    expect(yearOf('1996-01-01')).toBe(1996);
    expect(monthOf('2018-10-28')).toBe(10);
    expect(monthOf('2018-03-01')).toBe(3);
  });

  it('lists every month of the range', () => {
    const months = monthsOf({ fromYear: 2018, toYear: 2019 });
    expect(months).toHaveLength(24);
    expect(months[0]).toBe('2018-01');
    expect(months[23]).toBe('2019-12');
  });

  it('opens on the last five years with data, or all of them when fewer', () => {
    expect(defaultYearRange({ min: 2000, max: 2025 }, 2026)).toEqual({ fromYear: 2021, toYear: 2025 });
    expect(defaultYearRange({ min: 2018, max: 2019 }, 2026)).toEqual({ fromYear: 2018, toYear: 2019 });
    expect(defaultYearRange(undefined, 2026)).toEqual({ fromYear: 2026, toYear: 2026 });
  });

  it('counts associates countries together under "other"', () => {
    expect(countryBucket('JP')).toBe('JP');
    expect(countryBucket('VN')).toBe('other');
  });
});
