// Pure rules for scripts/check-electronegativity.mjs: what a finding is, which justification covers
// it, and which justifications no longer cover anything. No file system, no electronegativity.

/** A finding as the check reports it, from one issue of electronegativity's runner. */
export function toFinding(issue) {
  return {
    check: issue.id,
    // Global checks report "N/A"; Windows paths are made to look like the justification file's.
    file: String(issue.file).replaceAll('\\', '/'),
    line: issue.location?.line ?? 0,
    sample: issue.sample ?? '',
    severity: issue.severity?.name ?? '',
    confidence: issue.confidence?.name ?? '',
    description: issue.description ?? '',
  };
}

/** The option electronegativity's runner takes to skip a check: its class name in lower case. */
export function excludeOption(checkId) {
  return checkId.replaceAll('_', '').toLowerCase();
}

/** The checks that can flag the Electron version: the gate never skips them. */
export const VERSION_CHECKS = ['ELECTRON_VERSION_JSON_CHECK', 'AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK'];

const nonEmpty = (value) => typeof value === 'string' && value.trim() !== '';

/** Problems with the shape of the justification file; empty when it is well formed. */
export function validateJustifications(config) {
  const problems = [];
  if (!Array.isArray(config?.skippedChecks)) problems.push('skippedChecks must be an array');
  if (!Array.isArray(config?.justified)) problems.push('justified must be an array');
  if (problems.length > 0) return problems;
  config.skippedChecks.forEach((entry, index) => {
    if (!nonEmpty(entry.check) || !nonEmpty(entry.reason)) problems.push(`skippedChecks[${index}] needs a check and a reason`);
    if (VERSION_CHECKS.includes(entry.check)) problems.push(`skippedChecks[${index}]: ${entry.check} judges the Electron version and may not be skipped`);
  });
  config.justified.forEach((entry, index) => {
    const where = `justified[${index}] (${entry.check ?? '?'})`;
    if (!nonEmpty(entry.check) || !nonEmpty(entry.file) || !nonEmpty(entry.reason)) problems.push(`${where} needs a check, a file and a reason`);
    if (entry.match !== undefined && !nonEmpty(entry.match)) problems.push(`${where}: match must be a non-empty string`);
    if (entry.evidence !== undefined && !(Array.isArray(entry.evidence) && entry.evidence.every((e) => nonEmpty(e.file) && nonEmpty(e.contains)))) {
      problems.push(`${where}: evidence must be a list of { file, contains }`);
    }
  });
  return problems;
}

/** Whether a justification covers a finding: same check, same file, and its match on the flagged line. */
export function covers(entry, finding) {
  return entry.check === finding.check && entry.file === finding.file && (entry.match === undefined || finding.sample.includes(entry.match));
}

/**
 * Sorts findings into justified and unjustified. A justification that covers no finding is stale,
 * and one whose evidence is gone from the code (`fileContains(file, text)` is false) is unsupported:
 * either way the reason it gives may no longer be true, so both fail the check like a new finding.
 */
export function reviewFindings(findings, justifications, fileContains) {
  const justified = [];
  const unjustified = [];
  for (const finding of findings) {
    const entry = justifications.find((candidate) => covers(candidate, finding));
    if (entry) justified.push({ finding, entry });
    else unjustified.push(finding);
  }
  const stale = justifications.filter((entry) => !findings.some((finding) => covers(entry, finding)));
  const unsupported = justifications.flatMap((entry) => {
    const missing = (entry.evidence ?? []).filter((evidence) => !fileContains(evidence.file, evidence.contains));
    return missing.length > 0 ? [{ entry, missing }] : [];
  });
  return { justified, unjustified, stale, unsupported };
}

/** One line naming a finding the way the justification file does. */
export function describeFinding(finding) {
  const where = finding.file === 'N/A' ? 'N/A (global check)' : `${finding.file}:${finding.line}`;
  const sample = finding.sample ? ` \`${finding.sample}\`` : '';
  return `${finding.check} ${where}${sample} [${finding.severity}/${finding.confidence}] ${finding.description}`;
}
