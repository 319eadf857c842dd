// The sync benchmark: `npm run bench` (after the timeline benchmark) or `node test/bench/run-sync-bench.mjs`.
// Bundles test/bench/sync-bench.ts (the app's own sync code over Dexie) with esbuild, serves it on
// a local origin (IndexedDB needs one), and in headless Chromium with 100,000 records measures a
// full export (which first seals every record into signed segments), the same export once sealed,
// a full import into an empty database as the app does it (open, preview, apply) and the same
// import again. Each figure is a ratio to floors measured in the same run: the same records put
// into a bare IndexedDB store with the same indexes in one transaction (no library, no sync
// bookkeeping), a plain Dexie bulkPut and read, and JSON.stringify / JSON.parse of the same payload.
// PouchDB 9's bulkDocs of the same records is the peer. Targets (issue 17): import ≤ 1.3× the bare
// IndexedDB put and ≥ 2× faster than PouchDB, export once sealed ≤ 1.3× (read + stringify), the same
// bundle again ≤ 5% of the full import, peak heap ≤ 3× the bundle. Results go to
// test/bench/sync-results.json and stdout.
import { createServer } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import { CHROME, CHROMIUM_ARGS } from './preview-server.mjs';

// `--large` (npm run bench:large): 500,000 records in and out, once, without floors, peer or backup.
const LARGE = process.argv.includes('--large');
const RECORDS = Number(process.env.BENCH_RECORDS ?? (LARGE ? 500_000 : 100_000));
const RUNS = Number(process.env.BENCH_RUNS ?? (LARGE ? 1 : 3));
// Past 200,000 records the in-page part only exports and imports (see sync-bench.ts).
const ONLY_IN_AND_OUT = RECORDS > 200_000;
const ROOT = new URL('../..', import.meta.url).pathname;
const OUT = `${ROOT}out/bench`;

mkdirSync(OUT, { recursive: true });
await build({
  entryPoints: [`${ROOT}test/bench/sync-bench.ts`],
  bundle: true,
  format: 'iife',
  target: 'chrome130',
  outfile: `${OUT}/sync-bench.js`,
  logLevel: 'warning',
  // PouchDB (the peer) still names Node's `global`.
  define: { global: 'globalThis' },
});
const html = '<!doctype html><meta charset="utf-8"><title>sync bench</title><script src="sync-bench.js"></script>';
const server = createServer((request, response) => {
  if (request.url === '/sync-bench.js') {
    response.writeHead(200, { 'content-type': 'text/javascript' });
    response.end(readFileSync(`${OUT}/sync-bench.js`));
  } else {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end(html);
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address();

const launch = { executablePath: CHROME, args: ['--enable-precise-memory-info', '--js-flags=--expose-gc', ...CHROMIUM_ARGS] };
// A large run needs the disk-backed storage an installed app has: a context without a profile keeps
// IndexedDB within a small quota (500,000 records and their segments exceed it).
const profile = ONLY_IN_AND_OUT ? mkdtempSync(join(tmpdir(), 'near-desk-bench-')) : null;
const browser = profile ? null : await chromium.launch(launch);
const context = profile ? await chromium.launchPersistentContext(profile, launch) : await browser.newContext();
const samples = [];
/** A new page, so that one phase's garbage does not weigh on the next. */
async function freshPage() {
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(error));
  page.on('console', (message) => console.log(message.text()));
  await page.goto(`http://127.0.0.1:${port}/`);
  return page;
}
for (let run = 0; run < RUNS; run += 1) {
  console.log(`Run ${run + 1} of ${RUNS} with ${RECORDS.toLocaleString('en')} records…`);
  // Floors, export and backup (the restore and its floor in the first run only: see sync-bench.ts).
  const exporting = await freshPage();
  const exported = await exporting.evaluate(([count, everything]) => globalThis.nearBench.exportPhase(count, everything), [RECORDS, run === 0]);
  await exporting.close();
  // The import in a page of its own, as the app imports in a worker of its own.
  const page = await freshPage();
  if (process.env.BENCH_PROFILE) {
    // The full import's CPU profile, for Chromium's DevTools (Performance, Load profile) or a script.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    cdp.on('Profiler.consoleProfileFinished', ({ profile }) => {
      writeFileSync(`${OUT}/import-${run + 1}.cpuprofile`, JSON.stringify(profile));
      console.log(`  CPU profile of the import: out/bench/import-${run + 1}.cpuprofile`);
    });
    await page.evaluate(() => {
      globalThis.nearBenchProfile = true;
    });
  }
  const imported = await page.evaluate((count) => globalThis.nearBench.importPhase(count), RECORDS);
  samples.push({ ...exported, ...imported });
  await page.close();
}
await context.close();
await browser?.close();
if (profile) rmSync(profile, { recursive: true, force: true });
server.close();

/** The median of the runs that measured `key` (the restore and its floor: the first run alone). */
const median = (key) => {
  const values = samples.filter((sample) => key in sample).map((sample) => sample[key]).sort((a, b) => a - b);
  return values[Math.floor(values.length / 2)];
};
const m = Object.fromEntries(Object.keys(samples[0]).map((key) => [key, median(key)]));
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
const heapLine = () =>
  `    peak JavaScript heap ${mb(m.importPeakHeap)} (${(m.importPeakHeap / m.bundleBytes).toFixed(2)}× the bundle, its bytes included), of which the import's own ` +
  `${mb(m.importPeakHeap - m.importHeapBefore)} (${((m.importPeakHeap - m.importHeapBefore) / m.bundleBytes).toFixed(2)}×) over the ${mb(m.importHeapBefore)} live before it (the file's bytes, in a page of its own as in the app's worker)\n` +
  `    the peak so far after opening ${mb(m.importFullPeakAfterOpen)}, after the preview ${mb(m.importFullPeakAfterPreview)}`;
if (ONLY_IN_AND_OUT) {
  writeFileSync(`${ROOT}test/bench/large-results.json`, `${JSON.stringify({ records: RECORDS, runs: RUNS, medianMs: m, samples }, null, 2)}\n`);
  console.log(`${RECORDS.toLocaleString('en')} records in and out (median of ${RUNS}):`);
  console.log(`  full export        ${s(m.exportFull)}  (bundle ${mb(m.bundleBytes)}, ${m.segments} segments; sealing every record included)`);
  console.log(`  full import        ${s(m.importFull)}  (open ${s(m.importFullOpen)}, preview ${s(m.importFullPreview)}, apply ${s(m.importFullApply)})`);
  console.log(heapLine());
  console.log(`  same bundle again  ${s(m.importAgain)}`);
  console.log(`  after editing 10 records: incremental bundle of ${m.incrementalRecords} records, ${(m.incrementalBytes / 1024).toFixed(1)} KB`);
  process.exit(0);
}
const importFloor = m.floorParse + m.floorBulkPut;
const exportFloor = m.floorRead + m.floorStringify;
const summary = {
  records: RECORDS,
  runs: RUNS,
  medianMs: m,
  ratios: {
    importToRawPut: m.importFull / m.floorRawPut,
    importToFloor: m.importFull / importFloor,
    exportToFloor: m.exportFull / exportFloor,
    noOpToImport: m.importAgain / m.importFull,
    pouchToImport: m.peerPouchBulkDocs / m.importFull,
    peakHeapToBundle: m.importPeakHeap / m.bundleBytes,
    heapGrowthToBundle: (m.importPeakHeap - m.importHeapBefore) / m.bundleBytes,
    backupToExportFloor: m.backup / exportFloor,
    restoreToImportFloor: m.restore / importFloor,
  },
  samples,
};
// Issue 17's targets: import ≤ 1.3× the bare put and ≥ 2× faster than PouchDB, export (once sealed)
// ≤ 1.3× read + stringify, the same bundle again ≤ 5% of the import, peak heap ≤ 3× the bundle.
summary.targets = {
  importAtMost1_3xRawPut: summary.ratios.importToRawPut <= 1.3,
  importAtLeast2xFasterThanPouch: summary.ratios.pouchToImport >= 2,
  exportAtMost1_3x: m.exportFullSealed / exportFloor <= 1.3,
  noOpAtMost5Percent: summary.ratios.noOpToImport <= 0.05,
  peakHeapAtMost3xBundle: summary.ratios.peakHeapToBundle <= 3,
};
writeFileSync(`${ROOT}test/bench/sync-results.json`, `${JSON.stringify(summary, null, 2)}\n`);
console.log(`Sync with ${RECORDS.toLocaleString('en')} records, median of ${RUNS} runs:`);
console.log(`  peer: PouchDB 9 bulkDocs ${s(m.peerPouchBulkDocs)} (the full import is ${summary.ratios.pouchToImport.toFixed(2)}× faster)`);
console.log(`  floors: bare IndexedDB put ${s(m.floorRawPut)}, Dexie bulkPut ${s(m.floorBulkPut)}, read ${s(m.floorRead)}, JSON.stringify ${s(m.floorStringify)}, JSON.parse ${s(m.floorParse)} (payload ${mb(m.payloadBytes)})`);
console.log(`  full export        ${s(m.exportFull)}  (${summary.ratios.exportToFloor.toFixed(2)}× read + stringify: ${s(exportFloor)}; bundle ${mb(m.bundleBytes)}, ${m.segments} segments; sealing every record included)`);
console.log(`  same, once sealed  ${s(m.exportFullSealed)}`);
console.log(`  full import        ${s(m.importFull)}  (${summary.ratios.importToRawPut.toFixed(2)}× the bare IndexedDB put; ${summary.ratios.importToFloor.toFixed(2)}× parse + Dexie bulkPut: ${s(importFloor)})`);
console.log(`    open ${s(m.importFullOpen)}, preview ${s(m.importFullPreview)}, apply ${s(m.importFullApply)}`);
console.log(heapLine());
console.log(`  backup             ${s(m.backup)}  (${summary.ratios.backupToExportFloor.toFixed(2)}× read + stringify; file ${mb(m.backupBytes)} gzip)`);
console.log(`  restore            ${s(m.restore)}  (${summary.ratios.restoreToImportFloor.toFixed(2)}× parse + bulkPut)`);
console.log(`  same bundle again  ${s(m.importAgain)}  (${(100 * summary.ratios.noOpToImport).toFixed(1)}% of the full import${m.importAgainRecognised ? ', recognised from its envelope' : ''})`);
console.log(`  after editing 10 records: incremental bundle of ${m.incrementalRecords} records, ${(m.incrementalBytes / 1024).toFixed(1)} KB, made in ${s(m.exportIncremental)}${m.incrementalFull ? ' (FULL — not incremental!)' : ''}`);
console.log(`Targets: ${Object.entries(summary.targets).map(([name, met]) => `${name} ${met ? 'met' : 'MISSED'}`).join(', ')}`);
