import { describe, expect, it } from 'vitest';
import { assessCommitteeActivity, monthsBetween } from '../../../../shared/governance/committee-activity';

describe('committee activity (Committee Regulation Art. 5-7)', () => {
  it('counts whole months between dates', () => {
    expect(monthsBetween('2018-03-05', '2020-03-04')).toBe(23);
    expect(monthsBetween('2018-03-05', '2020-03-05')).toBe(24);
    expect(monthsBetween('2018-12-31', '2019-01-01')).toBe(0);
  });

  it('flags a coordinator with no meeting for exactly two years, not a day earlier', () => {
    const disaster = { foundedYear: 1998, meetingsHeld: 16, lastMeetingOn: '2018-03-05' };
    expect(assessCommitteeActivity(disaster, '2020-03-04')).toEqual({ status: 'active', since: '2018-03-05', idleMonths: 23 });
    expect(assessCommitteeActivity(disaster, '2020-03-05')).toEqual({ status: 'inactive', since: '2018-03-05', idleMonths: 24 });
  });

  it('starts the clock at the end of the founding year when no meeting was ever held', () => {
    const sports = { foundedYear: 2013, meetingsHeld: 0 };
    expect(assessCommitteeActivity(sports, '2018-12-31')).toMatchObject({ status: 'inactive', since: '2013-12-31' });
    const youth = { foundedYear: 2018, meetingsHeld: 0 };
    expect(assessCommitteeActivity(youth, '2018-12-31')).toMatchObject({ status: 'active', idleMonths: 0 });
    expect(assessCommitteeActivity(youth, '2020-12-31')).toMatchObject({ status: 'inactive' });
  });

  it('cannot judge a committee with meetings but no date, and says so', () => {
    expect(assessCommitteeActivity({ foundedYear: 1998, meetingsHeld: 12 }, '2018-12-31')).toEqual({ status: 'undated' });
  });

  it('reports a retired committee as retired from its retirement date on', () => {
    const retired = { foundedYear: 2008, meetingsHeld: 2, lastMeetingOn: '2010-01-01', retiredOn: '2017-09-26' };
    expect(assessCommitteeActivity(retired, '2018-01-01')).toEqual({ status: 'retired', retiredOn: '2017-09-26' });
    expect(assessCommitteeActivity(retired, '2011-01-01')).toMatchObject({ status: 'active' });
  });
});
