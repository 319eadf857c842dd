// Runs Doyensec's electronegativity over the code that runs in Electron and fails (exit 1) on a
// finding that scripts/electronegativity-justified.json does not justify, on a justification that
// no longer matches a finding or whose evidence has left the code, and on a file it cannot parse.
// Part of `npm test`.
//
// electronegativity pins TypeScript 4.2 and breaks beside the project's, so it lives in a prefix of
// its own, .tools/electronegativity (git-ignored), installed from the npm registry on first use.
// Its CLI exits 0 whatever it finds and, when it writes a report file, drops parse errors without a
// word; the runner it exports returns findings and parse errors both, so that is what runs here.
// The Electron version is judged three ways. The tool's AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK runs,
// fed with the npm registry's release list instead of the GitHub download it would attempt (CI
// reaches the registry and not GitHub, and under Node 24 the failed download crashes the tool). The
// version it finds and the locked one must be among the majors Electron supports, by
// scripts/electron-support.mjs over scripts/electron-releases.json. And the lock must be on the
// newest patch of its major the registry lists (scripts/electron-registry.mjs).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { releaseIndex, newerPatch } from './electron-registry.mjs';
import { isoDay, majorOf, supportedMajors, supportOn, validateReleaseTable } from './electron-support.mjs';
import { describeFinding, excludeOption, reviewFindings, toFinding, validateJustifications } from './electronegativity-findings.mjs';

const PACKAGE = '@doyensec/electronegativity';
const VERSION = '1.10.3';
const CONFIG = 'scripts/electronegativity-justified.json';
const RELEASES = 'scripts/electron-releases.json';
// Main and preload, the renderer with its index.html, and the shared code both import; package.json
// gives the Electron version the checks assume. cli/, scripts/ and test/ never run inside Electron.
const SOURCES = ['package.json', 'electron', 'renderer', 'shared'];
// The files electronegativity reads in a folder (its util/file.js), to count what was scanned.
const SCANNED = /\.(jsx?|tsx?|html?)$|package\.json$/i;
// Without network (see offlineTool), the tool says on every run that it could not download fresh
// translations of its messages, nor check whether its release list is the newest.
const NOISE = /^(Could not retrieve updated translations|Something went wrong while fetching Electron's releases\. No connectivity\?)/;

const root = fileURLToPath(new URL('..', import.meta.url));
const toolDir = join(root, '.tools', 'electronegativity');

function fail(message) {
  console.error(`electronegativity check failed: ${message}`);
  process.exit(1);
}

function installedVersion() {
  try {
    return JSON.parse(readFileSync(join(toolDir, 'node_modules', PACKAGE, 'package.json'), 'utf8')).version;
  } catch {
    return null;
  }
}

function install() {
  mkdirSync(toolDir, { recursive: true });
  // A package.json of its own makes the prefix its own project, so npm never touches the app's.
  if (!existsSync(join(toolDir, 'package.json'))) writeFileSync(join(toolDir, 'package.json'), '{ "private": true }\n');
  console.log(`Installing ${PACKAGE}@${VERSION} into .tools/electronegativity…`);
  const npm = spawnSync(
    'npm',
    ['install', '--prefix', toolDir, '--save-exact', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error', `${PACKAGE}@${VERSION}`],
    { stdio: ['ignore', 'inherit', 'inherit'], shell: process.platform === 'win32' },
  );
  if (npm.status !== 0 || installedVersion() !== VERSION) fail(`npm could not install ${PACKAGE}@${VERSION}`);
}

/** Electron's versions and tags from the npm registry; null when it cannot be reached. */
function registryView() {
  const npm = spawnSync('npm', ['view', 'electron', 'time', 'dist-tags', '--json'], {
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 32 * 1024 * 1024,
    shell: process.platform === 'win32',
  });
  if (npm.status !== 0) return null;
  try {
    const view = JSON.parse(npm.stdout);
    return view?.time && view['dist-tags'] ? view : null;
  } catch {
    return null;
  }
}

/**
 * Takes the network away from the tool before it loads. Its HTTP client (got) is replaced by one that
 * fails at once: the release check then reads the list left in its temporary folder (a file named
 * releases.<40 hex digits>.json, the name it gives its own download), and the translations of its
 * messages stay the built-in English ones. The temporary folder is a scratch one, through the global
 * the temp-dir package resolves it by, so no other program's file is read.
 */
function offlineTool(releasesFolder, view) {
  const toolRequire = createRequire(join(toolDir, 'node_modules', PACKAGE, 'dist', 'runner.js'));
  const offline = () => Promise.reject(new Error('NEAR Desk runs electronegativity without network access'));
  offline.head = offline;
  const gotPath = toolRequire.resolve('got');
  toolRequire.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: offline };
  Object.defineProperty(globalThis, Symbol.for('__RESOLVED_TEMP_DIRECTORY__'), { value: releasesFolder });
  if (view !== null) writeFileSync(join(releasesFolder, `releases.${'0'.repeat(40)}.json`), JSON.stringify(releaseIndex(view)));
  return toolRequire(join(toolDir, 'node_modules', PACKAGE));
}

/** Copies the sources to a scratch folder, the one input the tool takes, and runs it there. */
async function scan(skippedChecks, view) {
  const releasesFolder = mkdtempSync(join(tmpdir(), 'electronegativity-releases-'));
  const run = offlineTool(releasesFolder, view);
  const stage = mkdtempSync(join(tmpdir(), 'electronegativity-'));
  const chatter = [];
  const log = console.log;
  try {
    for (const source of SOURCES) cpSync(join(root, source), join(stage, source), { recursive: true });
    const files = readdirSync(stage, { recursive: true }).filter((file) => SCANNED.test(String(file))).length;
    console.log = (...args) => chatter.push(args.join(' '));
    const result = await run(
      { input: stage, isRelative: true, customScan: [], excludeFromScan: skippedChecks.map(({ check }) => excludeOption(check)), parserPlugins: [] },
      false,
    );
    const errors = result.errors.map(({ file, message }) => ({ file: relative(stage, file).replaceAll('\\', '/'), message }));
    return { ...result, errors, files };
  } finally {
    console.log = log;
    for (const line of chatter.filter((text) => !NOISE.test(text))) console.log(`electronegativity: ${line}`);
    rmSync(stage, { recursive: true, force: true });
    rmSync(releasesFolder, { recursive: true, force: true });
  }
}

/**
 * Problems with the Electron version: the lowest one package.json's range allows (what
 * electronegativity's ELECTRON_VERSION_JSON_CHECK reads, and hands to the release check, which
 * consumes its note) and the one package-lock.json locks must each be a major Electron supports
 * today. Empty when both are.
 */
function electronVersionProblems(range, locked, releases, today) {
  const tableProblems = validateReleaseTable(releases);
  if (tableProblems.length > 0) return tableProblems.map((problem) => `${RELEASES}: ${problem}`);
  const asked = /^[\^~]?(\d+\.\d+\.\d+)$/.exec(String(range ?? ''))?.[1];
  const missing = [
    ...(asked ? [] : [`package.json asks for Electron "${range ?? ''}", not one version with ^ or ~, so its major was not checked`]),
    ...(locked ? [] : ['package-lock.json locks no Electron, so no version was checked']),
  ];
  const versions = [...(asked ? [{ version: asked, source: 'package.json' }] : []), ...(locked ? [{ version: locked, source: 'package-lock.json' }] : [])];
  return [
    ...missing,
    ...versions.flatMap(({ version, source }) => {
      const support = supportOn(releases, majorOf(version), today);
      return support.supported ? [] : [`Electron ${version} (${source}): ${support.reason}`];
    }),
  ];
}

const config = JSON.parse(readFileSync(join(root, CONFIG), 'utf8'));
const shapeProblems = validateJustifications(config);
if (shapeProblems.length > 0) fail(`${CONFIG} is malformed:\n${shapeProblems.map((p) => `  - ${p}`).join('\n')}`);

if (installedVersion() !== VERSION) install();
// CI installs the tool beside the project's own npm install (`--install-only`), off the critical path.
if (process.argv.includes('--install-only')) process.exit(0);
const view = registryView();
const result = await scan(config.skippedChecks, view);

const fileContains = (file, text) => {
  try {
    return readFileSync(join(root, file), 'utf8').includes(text);
  } catch {
    return false;
  }
};
const findings = result.issues.map(toFinding);
const review = reviewFindings(findings, config.justified, fileContains);

const releases = JSON.parse(readFileSync(join(root, RELEASES), 'utf8'));
const askedElectron = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies?.electron;
const lockedElectron = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')).packages?.['node_modules/electron']?.version;
const today = isoDay(new Date());
const newest = view === null ? null : newerPatch(view, lockedElectron);
const versionProblems = [
  ...electronVersionProblems(askedElectron, lockedElectron, releases, today),
  ...(newest === null ? [] : [`Electron ${newest} is out and package-lock.json locks ${lockedElectron}: a later patch of a major carries its security fixes (npm install electron@^${newest})`]),
];

const problems = [
  ...versionProblems,
  ...result.errors.map((error) => `could not parse ${error.file}, so it was not checked: ${error.message}`),
  ...review.unjustified.map((finding) => `not justified: ${describeFinding(finding)}`),
  ...review.stale.map((entry) => `stale justification (matches no finding, remove or update it): ${entry.check} ${entry.file}${entry.match ? ` \`${entry.match}\`` : ''}`),
  ...review.unsupported.flatMap(({ entry, missing }) =>
    missing.map((evidence) => `justification no longer backed by the code: ${entry.check} ${entry.file}: ${evidence.file} no longer contains \`${evidence.contains}\``),
  ),
];

const checks = result.globalChecks + result.atomicChecks;
console.log(
  `electronegativity ${installedVersion()}: ${checks} checks (${config.skippedChecks.length} skipped, see ${CONFIG}) over ${result.files} files, ` +
    `${findings.length} findings, ${review.justified.length} justified.`,
);
if (versionProblems.length === 0) {
  console.log(`Electron ${lockedElectron} is supported: on ${today} Electron supports ${supportedMajors(releases, today).join(', ')} (${RELEASES}).`);
}
if (view === null) {
  // Offline is how a laptop may run npm test; CI reaches the registry (it has just installed from it).
  console.log('The npm registry could not be reached: AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK had no release list, and the lock was not compared with the newest patch.');
} else if (newest === null) {
  console.log(`Electron ${lockedElectron} is the newest patch of its major the npm registry lists (latest: ${view['dist-tags'].latest}).`);
}
if (problems.length > 0) {
  fail(
    `${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}\n` +
      `Fix the code (for the Electron version: move to a supported major and add it to ${RELEASES}), or justify the finding in ${CONFIG} ` +
        'with its check, file, a match on the flagged line and a one-sentence reason.',
  );
}
process.exit(0);
