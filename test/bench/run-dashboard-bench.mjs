// The dashboard benchmark, part of `npm run bench`. Builds the renderer if needed, serves it, fills a
// fresh profile in headless Chromium with the 2018 sample plus 100,000 visits, opens the dashboard and
// measures inside the page, from the marks the dashboard sets around its work:
//   - compute: every chart's numbers from the records in memory (dashboard:compute-start → -end),
//     once all visits are read, after a country change, and after widening the years to all 26;
//   - render: from the click on a filter to the charts on screen (dashboard:filter-changed → rendered);
//   - load: reading every visit from IndexedDB into memory (timeline:load-start → -end: the
//     dashboard counts from the timeline's store), which happens once per app start, and is
//     reported apart from the compute it feeds.
// A floor measured in the same run on the same machine (this machine is shared and noisy): one plain
// loop over 100,000 rows reading their date strings, the least any aggregation of them costs.
// Target: compute < 300 ms with 100,000 visits. Results go to test/bench/dashboard-results.json and stdout.
import { writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROME, CHROMIUM_ARGS, median, startPreview } from './preview-server.mjs';

const VISITS = Number(process.env.BENCH_VISITS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PORT = 4794;
const ROOT = new URL('../..', import.meta.url).pathname;
// Where the built renderer is (a separate folder lets a developer bench a build of their own).
const OUT_DIR = process.env.BENCH_OUT_DIR ?? `${ROOT}out/renderer`;

/**
 * After the last `start` mark: the duration of the compute that followed it, and the time until the
 * first render of that compute's result. Waits until the dashboard has rendered with every visit.
 */
async function measureAfter(page, start) {
  const handle = await page.waitForFunction(
    (startName) => {
      const starts = performance.getEntriesByName(startName);
      if (starts.length === 0) return null;
      const begin = starts[starts.length - 1].startTime;
      const after = (name) => performance.getEntriesByName(name).filter((mark) => mark.startTime >= begin);
      const rendered = after('dashboard:rendered').find((mark) => mark.detail?.complete);
      if (!rendered) return null;
      const ends = after('dashboard:compute-end').filter((mark) => mark.startTime <= rendered.startTime && mark.detail?.complete);
      const end = ends[ends.length - 1];
      const computeStart = after('dashboard:compute-start').filter((mark) => mark.startTime <= end.startTime).at(-1);
      return { compute: end.startTime - computeStart.startTime, render: rendered.startTime - begin, visits: end.detail.visits };
    },
    start,
    { timeout: 120_000, polling: 20 },
  );
  return handle.jsonValue();
}

const { base, stop } = await startPreview(PORT, OUT_DIR);
const browser = await chromium.launch({ executablePath: CHROME, args: CHROMIUM_ARGS });
const context = await browser.newContext({ viewport: { width: 1280, height: 820 }, locale: 'en-GB' });
const page = await context.newPage();
await page.goto(base);
await page.getByRole('button', { name: 'Load NEAR sample data' }).click();
await page.getByTestId('member-row').first().waitFor();

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

const results = { load: [], openToCharts: [], computeAfterLoad: [], computeCountry: [], renderCountry: [], computeAllYears: [], renderAllYears: [], floorScan: [] };
for (let run = 0; run < RUNS; run += 1) {
  // A fresh start of the app, then the dashboard opened from the navigation.
  await page.goto('about:blank');
  await page.goto(`${base}#/members`);
  await page.getByTestId('member-row').first().waitFor();
  await page.evaluate(() => {
    performance.mark('bench:open-dashboard');
    document.querySelector('a[href="#/dashboard"]').click();
  });
  const opened = await measureAfter(page, 'bench:open-dashboard');
  if (opened.visits < VISITS) throw new Error(`The dashboard counted ${opened.visits} visits, expected at least ${VISITS}`);
  results.openToCharts.push(opened.render);
  results.computeAfterLoad.push(opened.compute);
  results.load.push(await page.evaluate(() => performance.measure('load', 'timeline:load-start', 'timeline:load-end').duration));

  await choose('Country', run % 2 ? 'Mongolia' : 'Japan');
  const country = await measureAfter(page, 'dashboard:filter-changed');
  results.computeCountry.push(country.compute);
  results.renderCountry.push(country.render);
  await choose('Country', 'All countries');
  await measureAfter(page, 'dashboard:filter-changed');

  // All 26 years: the widest range, 312 months of bars.
  await choose('From year', '2000');
  const allYears = await measureAfter(page, 'dashboard:filter-changed');
  results.computeAllYears.push(allYears.compute);
  results.renderAllYears.push(allYears.render);
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
const summary = {
  visits: VISITS,
  runs: RUNS,
  medianMs,
  ratios: {
    computeAfterLoadToFloor: medianMs.computeAfterLoad / medianMs.floorScan,
    computeCountryToFloor: medianMs.computeCountry / medianMs.floorScan,
    computeAllYearsToFloor: medianMs.computeAllYears / medianMs.floorScan,
  },
  targets: {
    computeUnder300ms: Math.max(medianMs.computeAfterLoad, medianMs.computeCountry, medianMs.computeAllYears) < 300,
  },
  samples: results,
};
writeFileSync(`${ROOT}test/bench/dashboard-results.json`, `${JSON.stringify(summary, null, 2)}\n`);
const ms = (value) => `${value.toFixed(1)} ms`;
const ratio = (value) => `${value.toFixed(1)}× the floor`;
console.log(`Dashboard with ${VISITS.toLocaleString('en')} visits, median of ${RUNS} runs:`);
console.log(`  compute, all visits read     ${ms(medianMs.computeAfterLoad)}  (${ratio(summary.ratios.computeAfterLoadToFloor)})`);
console.log(`  compute, country changed     ${ms(medianMs.computeCountry)}  (${ratio(summary.ratios.computeCountryToFloor)}); on screen after ${ms(medianMs.renderCountry)}`);
console.log(`  compute, all 26 years        ${ms(medianMs.computeAllYears)}  (${ratio(summary.ratios.computeAllYearsToFloor)}); on screen after ${ms(medianMs.renderAllYears)}`);
console.log(`  floor: one loop over ${VISITS.toLocaleString('en')} date strings  ${ms(medianMs.floorScan)}`);
console.log(`  load: reading every visit from IndexedDB  ${ms(medianMs.load)}; dashboard opened to charts on screen ${ms(medianMs.openToCharts)}`);
console.log(`Target: compute < 300 ms ${summary.targets.computeUnder300ms ? 'met' : 'MISSED'}`);
