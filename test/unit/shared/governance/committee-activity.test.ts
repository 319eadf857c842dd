import { describe, expect, it } from 'vitest';
import { assessCommitteeActivity, monthsBetween, withLatestMeeting } from '../../../../shared/governance/committee-activity';
import { sampleData } from '../../../../shared/sample';

describe('committee activity (Committee Regulation Art. 5-7)', () => {
  it('counts whole months between dates', () => {
    expect(monthsBetween('2018-03-05', '2020-03-04')).toBe(23);
    expect(monthsBetween('2018-03-05', '2020-03-05')).toBe(24);
    expect(monthsBetween('2018-12-31', '2019-01-01')).toBe(0);
  });

  it('flags a coordinator with no meeting for exactly two years, not a day earlier', () => {
    const disaster = { foundedYear: 1998, meetingsHeld: 16, lastMeetingOn: '2018-03-05' };
    expect(assessCommitteeActivity(disaster, '2020-03-04')).toEqual({ status: 'active', since: '2018-03-05', idleMonths: 23, basis: { kind: 'meeting', on: '2018-03-05', orEarlier: false } });
    expect(assessCommitteeActivity(disaster, '2020-03-05')).toMatchObject({ status: 'inactive', since: '2018-03-05', idleMonths: 24 });
  });

  it('starts the clock at the end of the founding year when no meeting was ever held', () => {
    const sports = { foundedYear: 2013, meetingsHeld: 0 };
    expect(assessCommitteeActivity(sports, '2018-12-31')).toMatchObject({ status: 'inactive', since: '2013-12-31', basis: { kind: 'founding', year: 2013 } });
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

  it('starts the clock at the end of a month or year known only as such', () => {
    const monthly = { foundedYear: 1998, meetingsHeld: 3, lastMeetingOn: '2018-10' };
    expect(assessCommitteeActivity(monthly, '2020-10-30')).toMatchObject({ status: 'active', since: '2018-10-31', idleMonths: 23 });
    expect(assessCommitteeActivity(monthly, '2020-10-31')).toMatchObject({ status: 'inactive', idleMonths: 24 });
    const yearly = { foundedYear: 1998, meetingsHeld: 3, lastMeetingOn: '2017', lastMeetingOrEarlier: true };
    expect(assessCommitteeActivity(yearly, '2019-12-30')).toMatchObject({ status: 'active', since: '2017-12-31', basis: { kind: 'meeting', on: '2017', orEarlier: true } });
    expect(assessCommitteeActivity(yearly, '2019-12-31')).toMatchObject({ status: 'inactive', since: '2017-12-31', idleMonths: 24 });
  });

  it('counts a later activity other than a meeting (Art. 5-7: "no meeting or activity")', () => {
    const environment = { foundedYear: 1998, meetingsHeld: 13, lastMeetingOn: '2017', lastMeetingOrEarlier: true, lastActivityOn: '2018' };
    expect(assessCommitteeActivity(environment, '2020-06-01')).toMatchObject({ status: 'active', since: '2018-12-31', basis: { kind: 'activity', on: '2018' } });
    expect(assessCommitteeActivity(environment, '2020-12-31')).toMatchObject({ status: 'inactive', idleMonths: 24 });
    const olderActivity = { ...environment, lastMeetingOn: '2019-03-01', lastMeetingOrEarlier: false };
    expect(assessCommitteeActivity(olderActivity, '2020-06-01')).toMatchObject({ basis: { kind: 'meeting', on: '2019-03-01' } });
  });

  it('takes a dated meeting on record over an older or vaguer last meeting, dropping its "or earlier"', () => {
    const tourism = { foundedYear: 2008, meetingsHeld: 2, lastMeetingOn: '2016', lastMeetingOrEarlier: true };
    expect(withLatestMeeting(tourism, '2019-04-02')).toEqual({ ...tourism, lastMeetingOn: '2019-04-02', lastMeetingOrEarlier: undefined });
    expect(withLatestMeeting(tourism, '2016-05-01')).toBe(tourism);
    expect(withLatestMeeting({ foundedYear: 2018, meetingsHeld: 0 }, '2019-04-02')).toMatchObject({ meetingsHeld: 1, lastMeetingOn: '2019-04-02' });
  });
});

describe('the six committees the 2018 report gives no meeting date for', () => {
  const committees = sampleData().committees.map((entry) => entry.fields);
  const byName = (en: string) => committees.find((committee) => committee.names.en === en)!;
  const undated = [
    'Economy and Culture Exchange Committee',
    'Environment Committee',
    'Tourism Committee',
    'Maritime and Fisheries Committee',
    'Life Science and Medical Industry Committee',
    'Agriculture Committee',
  ];

  it('are none of them undated: each has its last known meeting, with what the report says', () => {
    for (const name of undated) {
      const committee = byName(name);
      expect(committee.meetingsHeld).toBeGreaterThan(0);
      expect(committee.lastMeetingOrEarlier).toBe(true);
      expect(committee.activityNote?.zh).toBeTruthy();
      expect(assessCommitteeActivity(committee, '2018-12-31').status).not.toBe('undated');
    }
    expect(committees.filter((committee) => committee.meetingsHeld > 0 && !committee.lastMeetingOn)).toEqual([]);
  });

  it('flags Tourism at the end of 2018, as the report says it has not met for years', () => {
    const tourism = byName('Tourism Committee');
    expect(tourism.lastMeetingOn).toBe('2016');
    expect(assessCommitteeActivity(tourism, '2018-12-31')).toMatchObject({ status: 'inactive', since: '2016-12-31', idleMonths: 24, basis: { kind: 'meeting', on: '2016', orEarlier: true } });
    const others = undated.filter((name) => name !== 'Tourism Committee').map((name) => assessCommitteeActivity(byName(name), '2018-12-31').status);
    expect(others).toEqual(['active', 'active', 'active', 'active', 'active']);
  });

  it('flags all six two years after the last year the report knows of them', () => {
    expect(undated.map((name) => assessCommitteeActivity(byName(name), '2020-12-31').status)).toEqual(Array(6).fill('inactive'));
    expect(assessCommitteeActivity(byName('Agriculture Committee'), '2019-12-31')).toMatchObject({ status: 'inactive', since: '2017-12-31' });
    expect(assessCommitteeActivity(byName('Environment Committee'), '2019-12-31')).toMatchObject({ status: 'active', basis: { kind: 'activity', on: '2018' } });
  });
});
