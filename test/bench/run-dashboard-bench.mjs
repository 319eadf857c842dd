// The dashboard benchmark, part of `npm run bench`. Builds the renderer if needed, serves it, fills a
// fresh profile in headless Chromium with the 2018 sample plus 100,000 visits, and measures inside
// the page, to the frame in which the first chart (activity per month, counting every visit) is
// painted (see paint.mjs):
//   - opened cold: a fresh page load, the registry shown, then a click on "Dashboard" (no visit in
//     memory: the dashboard counts from the tally kept in IndexedDB, see renderer/db/visit-tally.ts);
//   - opened warm: the same click again after leaving the dashboard;
//   - a country chosen, and the years widened to all 26: from the change to the chart showing it;
//   - compute: every chart's numbers for one filter (dashboard:compute-start → -end marks).
// A floor measured in the same run on the same machine (this machine is shared and noisy): one plain
// loop over 100,000 rows reading their date strings, the least any aggregation of them costs; every
// figure is printed as a ratio to it.
// Targets: opened < 1 s cold and < 300 ms warm. Results go to test/bench/dashboard-results.json and stdout.
import { writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { clickToPainted, FIRST_CHART_BARS, paintedAfterMark } from './paint.mjs';
import { CHROME, CHROMIUM_ARGS, loadSample, median, startPreview } from './preview-server.mjs';

const VISITS = Number(process.env.BENCH_VISITS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PORT = Number(process.env.BENCH_PORT ?? 4794);
const ROOT = new URL('../..', import.meta.url).pathname;
// Where the built renderer is (a separate folder lets a developer bench a build of their own).
const OUT_DIR = process.env.BENCH_OUT_DIR ?? `${ROOT}out/renderer`;

/** The first chart with every visit counted, for the filter `shows` (as the dashboard's data-shows has it) when given. */
const firstChart = (shows) => (shows ? FIRST_CHART_BARS.replace('[data-testid', `[data-shows="${shows}"][data-complete="true"] [data-testid`) : COMPLETE_CHART);
const COMPLETE_CHART = FIRST_CHART_BARS.replace('[data-testid', '[data-complete="true"] [data-testid');

/** The duration of the last compute (compute-start → compute-end marks). */
const lastCompute = () =>
  page.evaluate(() => {
    const end = performance.getEntriesByName('dashboard:compute-end').at(-1);
    const start = performance.getEntriesByName('dashboard:compute-start').filter((mark) => mark.startTime <= end.startTime).at(-1);
    return { ms: end.startTime - start.startTime, visits: end.detail.visits };
  });

const { base, stop } = await startPreview(PORT, OUT_DIR);
const browser = await chromium.launch({ executablePath: CHROME, args: CHROMIUM_ARGS });
const context = await browser.newContext({ viewport: { width: 1280, height: 820 }, locale: 'en-GB' });
const page = await context.newPage();
await loadSample(page, base);

console.log(`Filling the database with ${VISITS.toLocaleString('en')} visits…`);
const seedMs = await page.evaluate(async (count) => {
  const started = performance.now();
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open('near-desk');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const members = await new Promise((resolve) => {
    const request = db.transaction('members').objectStore('members').getAll();
    request.onsuccess = () => resolve(request.result);
  });
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const installation = crypto.randomUUID();
  const now = new Date().toISOString();
  const batch = 5000;
  for (let start = 0; start < count; start += batch) {
    await new Promise((resolve, reject) => {
      const tx = db.transaction('visits', 'readwrite');
      const store = tx.objectStore('visits');
      for (let index = start; index < Math.min(count, start + batch); index += 1) {
        // One visit in ten meets members of two countries, as the regional events of the log do.
        const memberIds = random() < 0.1 ? [pick(members).id, pick(members).id] : [pick(members).id];
        const day = new Date(Date.UTC(2000, 0, 1) + Math.floor(random() * 26 * 365) * 86_400_000).toISOString().slice(0, 10);
        store.put({
          id: crypto.randomUUID(),
          date: day,
          direction: pick(['outbound', 'inbound', 'thirdEvent']),
          office: 'Pohang secretariat',
          staff: ['Kim Yujin'],
          counterpartType: 'member',
          memberIds,
          contactIds: [],
          title: { en: `Visit #${index}` },
          topics: [],
          createdAt: now,
          createdBy: installation,
          updatedAt: now,
          updatedBy: installation,
          hlc: `${String(Date.now()).padStart(13, '0')}-0000-${installation}`,
          fieldClocks: {},
          deleted: 0,
          localSeq: performance.timeOrigin + index / 1000,
        });
      }
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
  }
  db.close();
  return performance.now() - started;
}, VISITS);
console.log(`  seeded in ${(seedMs / 1000).toFixed(1)} s`);

/** Picks an option of one of the filter bar's selects. */
async function choose(label, option) {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

// The visits were written straight into IndexedDB, past the app: its first open counts them all into
// the tally (as after an upgrade), reported apart; every open after that reads the tally.
const rebuild = (await clickToPainted(page, '#/dashboard', COMPLETE_CHART)).ms;
console.log(`  first open, tally counted from every visit: ${(rebuild / 1000).toFixed(1)} s`);

const results = { openCold: [], openWarm: [], computeOpen: [], computeCountry: [], renderCountry: [], computeAllYears: [], renderAllYears: [], floorScan: [] };
for (let run = 0; run < RUNS; run += 1) {
  // A fresh start of the app, then the dashboard opened from the navigation: no visit in memory.
  await page.goto('about:blank');
  await page.goto(`${base}#/members`);
  await page.getByTestId('member-row').first().waitFor();
  results.openCold.push((await clickToPainted(page, '#/dashboard', COMPLETE_CHART)).ms);
  const opened = await lastCompute();
  if (opened.visits < VISITS) throw new Error(`The dashboard counted ${opened.visits} visits, expected at least ${VISITS}`);
  results.computeOpen.push(opened.ms);
  // Warm: back to the registry, and the dashboard opened again.
  await clickToPainted(page, '#/members', '[data-testid="member-row"]');
  results.openWarm.push((await clickToPainted(page, '#/dashboard', COMPLETE_CHART)).ms);

  const country = run % 2 ? 'MN' : 'JP';
  const range = (await page.getByTestId('dashboard').getAttribute('data-shows')).split(':')[0];
  results.renderCountry.push((await paintedAfterMark(page, 'dashboard:filter-changed', firstChart(`${range}:${country}`), () => choose('Country', run % 2 ? 'Mongolia' : 'Japan'))).ms);
  results.computeCountry.push((await lastCompute()).ms);
  await paintedAfterMark(page, 'dashboard:filter-changed', firstChart(`${range}:`), () => choose('Country', 'All countries'));

  // All 26 years: the widest range, 312 months of bars.
  results.renderAllYears.push((await paintedAfterMark(page, 'dashboard:filter-changed', firstChart(`2000-${range.split('-')[1]}:`), () => choose('From year', '2000'))).ms);
  results.computeAllYears.push((await lastCompute()).ms);
  await page.getByRole('button', { name: 'Reset filters' }).click();

  results.floorScan.push(
    await page.evaluate((count) => {
      const rows = Array.from({ length: count }, (_, index) => ({ date: `20${String(index % 26).padStart(2, '0')}-0${1 + (index % 9)}-1${index % 10}` }));
      const started = performance.now();
      let sum = 0;
      for (const row of rows) sum += row.date.charCodeAt(3);
      return performance.now() - started + sum * 0;
    }, VISITS),
  );
}
await browser.close();
stop();

const medianMs = Object.fromEntries(Object.entries(results).map(([name, values]) => [name, median(values)]));
const toFloor = (name) => medianMs[name] / medianMs.floorScan;
const summary = {
  visits: VISITS,
  runs: RUNS,
  medianMs,
  ratios: Object.fromEntries(Object.keys(results).filter((name) => name !== 'floorScan').map((name) => [`${name}ToFloor`, toFloor(name)])),
  targets: {
    openColdUnder1s: medianMs.openCold < 1000,
    openWarmUnder300ms: medianMs.openWarm < 300,
  },
  tallyRebuildMs: rebuild,
  samples: results,
};
writeFileSync(`${ROOT}test/bench/dashboard-results.json`, `${JSON.stringify(summary, null, 2)}\n`);
const ms = (value) => `${value.toFixed(1)} ms`;
const line = (label, name) => console.log(`  ${label.padEnd(44)} ${ms(medianMs[name]).padStart(10)}  (${toFloor(name).toFixed(1)}× the floor)`);
console.log(`Dashboard with ${VISITS.toLocaleString('en')} visits, median of ${RUNS} runs (to the frame the first chart is painted in):`);
line('opened cold (fresh page, no visit in memory)', 'openCold');
line('opened warm (opened before)', 'openWarm');
line('country chosen, chart painted', 'renderCountry');
line('all 26 years chosen, chart painted', 'renderAllYears');
line('compute, opened', 'computeOpen');
line('compute, country chosen', 'computeCountry');
line('compute, all 26 years', 'computeAllYears');
console.log(`  floor: one loop over ${VISITS.toLocaleString('en')} date strings ${ms(medianMs.floorScan).padStart(10)}`);
const met = (value) => (value ? 'met' : 'MISSED');
console.log(`Targets: opened cold < 1 s ${met(summary.targets.openColdUnder1s)}, opened warm < 300 ms ${met(summary.targets.openWarmUnder300ms)}`);
