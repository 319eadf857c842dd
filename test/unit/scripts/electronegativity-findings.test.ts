import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  describeFinding,
  excludeOption,
  reviewFindings,
  toFinding,
  validateJustifications,
  type Finding,
  type Justification,
} from '../../../scripts/electronegativity-findings.mjs';

const openExternal: Finding = toFinding({
  id: 'OPEN_EXTERNAL_JS_CHECK',
  file: 'electron\\security.ts',
  location: { line: 23, column: 38 },
  sample: 'if (isExternalWebUrl(url)) void shell.openExternal(url);',
  severity: { name: 'MEDIUM' },
  confidence: { name: 'TENTATIVE' },
  description: 'Review the use of openExternal',
});
const noCsp: Finding = toFinding({ id: 'CSP_GLOBAL_CHECK', file: 'N/A', location: { line: 0, column: 0 }, description: 'No CSP' });

const guarded: Justification = {
  check: 'OPEN_EXTERNAL_JS_CHECK',
  file: 'electron/security.ts',
  match: 'if (isExternalWebUrl(url)) void shell.openExternal(url);',
  reason: 'Only http(s) URLs reach openExternal.',
};
const cspHeader: Justification = {
  check: 'CSP_GLOBAL_CHECK',
  file: 'N/A',
  evidence: [{ file: 'electron/main.ts', contains: "headers.set('Content-Security-Policy'" }],
  reason: 'Sent as a header.',
};
const everythingThere = () => true;

describe('toFinding', () => {
  it('keeps what the justification file matches on, with forward slashes in paths', () => {
    expect(openExternal).toMatchObject({ check: 'OPEN_EXTERNAL_JS_CHECK', file: 'electron/security.ts', line: 23, severity: 'MEDIUM' });
    expect(noCsp).toMatchObject({ file: 'N/A', sample: '' });
  });
});

describe('reviewFindings', () => {
  it('justifies findings by check, file and a match on the flagged line, global ones by check alone', () => {
    const review = reviewFindings([openExternal, noCsp], [guarded, cspHeader], everythingThere);
    expect(review.justified.map(({ entry }) => entry)).toEqual([guarded, cspHeader]);
    expect(review).toMatchObject({ unjustified: [], stale: [], unsupported: [] });
  });

  it('leaves a finding unjustified when its line no longer matches (a guard was removed)', () => {
    const unguarded = { ...openExternal, sample: 'void shell.openExternal(url);' };
    const review = reviewFindings([unguarded], [guarded], everythingThere);
    expect(review.unjustified).toEqual([unguarded]);
    expect(review.stale).toEqual([guarded]);
  });

  it('does not let a justification for one file cover the same check in another', () => {
    const elsewhere = { ...openExternal, file: 'electron/menu.ts' };
    expect(reviewFindings([elsewhere], [guarded], everythingThere).unjustified).toEqual([elsewhere]);
  });

  it('reports a justification that covers no finding as stale', () => {
    expect(reviewFindings([], [guarded], everythingThere).stale).toEqual([guarded]);
  });

  it('reports a justification whose evidence has left the code', () => {
    const review = reviewFindings([noCsp], [cspHeader], (file) => file !== 'electron/main.ts');
    expect(review.justified).toHaveLength(1);
    expect(review.unsupported).toEqual([{ entry: cspHeader, missing: cspHeader.evidence }]);
  });
});

describe('validateJustifications', () => {
  it('wants a reason for every skipped check and every justification', () => {
    expect(validateJustifications({ skippedChecks: [{ check: 'X' }], justified: [{ check: 'Y', file: 'a.ts', reason: ' ' }] })).toHaveLength(2);
    expect(validateJustifications({ justified: [] })).toEqual(['skippedChecks must be an array']);
  });

  it('refuses to skip a check that can flag the Electron version', () => {
    for (const check of ['ELECTRON_VERSION_JSON_CHECK', 'AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK']) {
      expect(validateJustifications({ skippedChecks: [{ check, reason: 'No network.' }], justified: [] })).toEqual([
        `skippedChecks[0]: ${check} judges the Electron version and may not be skipped`,
      ]);
    }
    expect(validateJustifications({ skippedChecks: [{ check: 'CSP_GLOBAL_CHECK', reason: 'Header.' }], justified: [] })).toEqual([]);
  });

  it('accepts the checked-in justification file', () => {
    const config: unknown = JSON.parse(readFileSync(new URL('../../../scripts/electronegativity-justified.json', import.meta.url), 'utf8'));
    expect(validateJustifications(config)).toEqual([]);
  });
});

describe('excludeOption and describeFinding', () => {
  it("turns a check id into the runner's exclusion name", () => {
    expect(excludeOption('AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK')).toBe('availablesecurityfixesglobalcheck');
    expect(excludeOption('CSP_GLOBAL_CHECK')).toBe('cspglobalcheck');
  });

  it('names the file, line and flagged code', () => {
    expect(describeFinding(openExternal)).toContain('electron/security.ts:23 `if (isExternalWebUrl(url))');
    expect(describeFinding(noCsp)).toContain('N/A (global check)');
  });
});
