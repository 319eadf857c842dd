import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isoDay, majorOf, supportedMajors, supportOn, validateReleaseTable, type ReleaseTable } from '../../../scripts/electron-support.mjs';

const root = new URL('../../../', import.meta.url);
const readJson = (path: string): unknown => JSON.parse(readFileSync(new URL(path, root), 'utf8'));

// The days these majors reached npm, as in the checked-in table.
const table: ReleaseTable = {
  majors: [
    { major: 41, stable: '2026-03-11' },
    { major: 42, stable: '2026-05-06' },
    { major: 43, stable: '2026-07-01' },
    { major: 44, stable: '2026-08-25' },
  ],
};

describe('supportOn', () => {
  it('supports a major until the third newer major ships', () => {
    expect(supportOn(table, 41, '2026-08-24').supported).toBe(true);
    const ended = supportOn(table, 41, '2026-08-25');
    expect(ended.supported).toBe(false);
    expect(ended.reason).toContain('since 2026-08-25');
    expect(ended.reason).toContain('42 (2026-05-06), 43 (2026-07-01), 44 (2026-08-25)');
  });

  it('expects majors after the table’s last one every eight weeks, so a table nobody updates still runs out', () => {
    // 47, the third after 44, is due 3 × 8 weeks after 25 August 2026.
    expect(supportOn(table, 44, '2027-02-08').supported).toBe(true);
    const ended = supportOn(table, 44, '2027-02-09');
    expect(ended.supported).toBe(false);
    expect(ended.reason).toContain('47 (2027-02-09, expected)');
    expect(ended.reason).toContain('scripts/electron-releases.json');
  });

  it('takes a day the table has over the eight-week guess, for a major that ships late', () => {
    const late = { majors: [...table.majors, { major: 45, stable: '2026-12-01' }] };
    // 45 ships a month late: 44 stays supported until 47 is due 16 weeks after 45.
    expect(supportOn(late, 44, '2027-02-09').supported).toBe(true);
    expect(supportOn(late, 44, '2027-03-23').supported).toBe(false);
  });

  it('refuses a major the table does not know, and one not out as stable yet', () => {
    expect(supportOn(table, 45, '2026-12-07')).toMatchObject({ supported: false, reason: expect.stringContaining('has no Electron 45') });
    expect(supportOn(table, 44, '2026-08-24')).toMatchObject({ supported: false, reason: expect.stringContaining('not out as stable until 2026-08-25') });
  });
});

describe('supportedMajors', () => {
  it('lists the three newest majors out by that day, expected ones included', () => {
    expect(supportedMajors(table, '2026-08-25')).toEqual([42, 43, 44]);
    expect(supportedMajors(table, '2026-10-20')).toEqual([43, 44, 45]);
  });
});

describe('validateReleaseTable', () => {
  it('accepts every major once, in order, each shipped after the one before', () => {
    expect(validateReleaseTable(table)).toEqual([]);
  });

  it('finds a major left out, days out of order and days that do not exist', () => {
    expect(validateReleaseTable({ majors: [] })).toHaveLength(1);
    expect(validateReleaseTable({ majors: [table.majors[0], table.majors[2]] })).toEqual([expect.stringContaining('43 follows 41')]);
    expect(validateReleaseTable({ majors: [table.majors[0], { major: 42, stable: '2026-03-01' }] })).toEqual([expect.stringContaining('must ship after 41')]);
    expect(validateReleaseTable({ majors: [{ major: 41, stable: '2026-02-30' }] })).toEqual([expect.stringContaining('YYYY-MM-DD')]);
    expect(validateReleaseTable({ majors: [{ major: '41', stable: '2026-03-11' }] })).toHaveLength(1);
  });
});

describe('the Electron package-lock.json locks', () => {
  const lock = readJson('package-lock.json') as { packages: Record<string, { version?: string }> };
  const version = lock.packages['node_modules/electron']?.version ?? '';
  const major = majorOf(version);
  const releases = readJson('scripts/electron-releases.json') as ReleaseTable;

  it('is known to scripts/electron-releases.json, which is well formed', () => {
    expect(validateReleaseTable(releases)).toEqual([]);
    expect(
      releases.majors.map((entry) => entry.major),
      `the lock has Electron ${version}: add ${major} to scripts/electron-releases.json with the day ${major}.0.0 was published (npm view electron time --json)`,
    ).toContain(major);
  });

  it('is among the three majors Electron supports today', () => {
    // The clock this runs on: the day the third newer major ships (or is due), this fails.
    const status = supportOn(releases, major, isoDay(new Date()));
    expect(status.supported, `Electron ${version} (package-lock.json): ${status.reason}`).toBe(true);
  });
});
