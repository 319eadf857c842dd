// Types for electronegativity-findings.mjs, which stays plain JavaScript so `node` runs the check.

/** The part of an electronegativity runner issue the check reads. */
export type ElectronegativityIssue = {
  id: string;
  file: string;
  location?: { line: number; column: number };
  sample?: string;
  severity?: { name: string };
  confidence?: { name: string };
  description?: string;
};

export type Finding = {
  check: string;
  file: string;
  line: number;
  sample: string;
  severity: string;
  confidence: string;
  description: string;
};

/** Text that must still be in a file for a justification's reason to hold. */
export type Evidence = { file: string; contains: string };

export type Justification = { check: string; file: string; match?: string; evidence?: Evidence[]; reason: string };

export type SkippedCheck = { check: string; reason: string };

export type JustificationFile = { skippedChecks: SkippedCheck[]; justified: Justification[] };

export type Review = {
  justified: { finding: Finding; entry: Justification }[];
  unjustified: Finding[];
  stale: Justification[];
  unsupported: { entry: Justification; missing: Evidence[] }[];
};

export function toFinding(issue: ElectronegativityIssue): Finding;
export function excludeOption(checkId: string): string;
export function validateJustifications(config: unknown): string[];
export function covers(entry: Justification, finding: Finding): boolean;
export function reviewFindings(
  findings: readonly Finding[],
  justifications: readonly Justification[],
  fileContains: (file: string, text: string) => boolean,
): Review;
export function describeFinding(finding: Finding): string;

/** The checks that can flag the Electron version: the gate never skips them. */
export const VERSION_CHECKS: string[];
