import { describe, expect, it } from 'vitest';
import { chronological, newestFirst, type Placed } from '../../../../shared/domain/chronology';

/** An entry dated `date`, entered `entered` ms into the day (its id says which, for reading the expectations). */
const at = (id: string, date: string, entered: number): Placed => ({ id, date, createdAt: new Date(Date.UTC(2019, 0, 1) + entered).toISOString() });
const ids = (entries: Placed[]) => entries.map((entry) => entry.id);
const order = (entries: Placed[]) => ids(chronological(entries, (entry) => entry));

describe('chronological order of dates as precise as their source', () => {
  it('orders periods that do not overlap by time, whatever order they were entered in', () => {
    expect(order([at('dec', '2018-12', 0), at('mar5', '2018-03-05', 1), at('y2017', '2017', 2), at('feb', '2018-02', 3)])).toEqual(['y2017', 'feb', 'mar5', 'dec']);
  });

  it("places a month among its own days where it was entered, as the 2018 report's chapter V lists them", () => {
    // January: "11–12 January" then "January"; February: "February", "12 February", "February".
    const report = [at('cambodia', '2018-01-11', 0), at('hyogo', '2018-01', 1), at('jilin', '2018-02', 2), at('primorsky', '2018-02-12', 3), at('port', '2018-02', 4)];
    expect(order([...report].reverse())).toEqual(ids(report));
  });

  it('keeps days in time order among themselves, even when entered the other way round', () => {
    expect(order([at('late', '2018-05-21', 0), at('month', '2018-05', 1), at('early', '2018-05-03', 2)])).toEqual(['month', 'early', 'late']);
    expect(order([at('late', '2018-05-21', 0), at('early', '2018-05-03', 2), at('month', '2018-05', 3)])).toEqual(['early', 'late', 'month']);
  });

  it('places a year among its months and days by when it was entered: first if entered first, last if entered last', () => {
    const entries = [at('contest', '2018', 0), at('march', '2018-03', 1), at('oct28', '2018-10-28', 2), at('cruise', '2018', 3), at('next', '2019-01', 4)];
    expect(order(entries)).toEqual(['contest', 'march', 'oct28', 'cruise', 'next']);
  });

  it('breaks ties between equal dates by when they were entered, then by id, not by id alone', () => {
    expect(order([at('b', '2018-10-01', 0), at('a', '2018-10-01', 1)])).toEqual(['b', 'a']);
    expect(order([{ id: 'b', date: '2018-10' }, { id: 'a', date: '2018-10' }])).toEqual(['a', 'b']);
  });

  it('gives newest first as the exact reverse, so oldest first is the order entered', () => {
    const entries = [at('hyogo', '2018-01', 1), at('cambodia', '2018-01-11', 0), at('y', '2018', 5)];
    expect(ids(newestFirst(entries, (entry) => entry))).toEqual([...order(entries)].reverse());
  });

  it('orders 100,000 entries of mixed precision and loses none', () => {
    const many = Array.from({ length: 100_000 }, (_, index) => {
      const month = String((index % 12) + 1).padStart(2, '0');
      const day = String((index % 28) + 1).padStart(2, '0');
      const date = index % 5 === 0 ? `${2000 + (index % 19)}-${month}` : index % 97 === 0 ? `${2000 + (index % 19)}` : `${2000 + (index % 19)}-${month}-${day}`;
      return at(`id${index}`, date, index);
    });
    const sorted = chronological(many, (entry) => entry);
    expect(new Set(sorted.map((entry) => entry.id)).size).toBe(many.length);
    // Years never go back.
    expect(sorted.filter((entry, index) => index > 0 && entry.date.slice(0, 4) < sorted[index - 1].date.slice(0, 4))).toEqual([]);
  });
});
