// The speed benchmark: `npm run bench`. Builds the renderer if needed, serves it, fills a fresh
// profile in headless Chromium with 100,000 visits and measures, inside the page:
//   - cold start: a fresh load of the registry's start screen to the frame its first member rows are
//     painted in, against the floor of loading a one-paragraph HTML page to its painted frame;
//   - the timeline's first rows: from the click on "Activity" to the frame the rows are painted in
//     (see paint.mjs), against reading the newest 200 visits straight from IndexedDB;
//   - a filter change and a text search (marks the timeline sets around them), against one plain
//     loop over 100,000 strings (the least a full scan needs).
// Each floor is measured in the same run on the same machine (it is shared and noisy), and every
// figure is printed as a ratio to its floor.
// Not part of `npm test`. Results go to test/bench/results.json and stdout.
import { writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { BLANK_PARAGRAPH, clickToPainted, loadToPainted, MEMBER_ROWS, startBlankServer, TIMELINE_ROWS, watchPaintOnLoad } from './paint.mjs';
import { CHROME, CHROMIUM_ARGS, loadSample, median, startPreview } from './preview-server.mjs';

const VISITS = Number(process.env.BENCH_VISITS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
// Ports of its own (BENCH_PORT moves them), so that two benchmarks can run side by side.
const PORT = Number(process.env.BENCH_PORT ?? 4793);
const ROOT = new URL('../..', import.meta.url).pathname;

/** Milliseconds from the last `start` mark to the first `timeline:rendered` mark after it showing at least `minRows` rows. */
async function markedDuration(page, start, minRows = 0) {
  return page.waitForFunction(
    ([startName, least]) => {
      const starts = performance.getEntriesByName(startName);
      if (starts.length === 0) return null;
      const begin = starts[starts.length - 1].startTime;
      const done = performance
        .getEntriesByName('timeline:rendered')
        .find((mark) => mark.startTime >= begin && (mark.detail?.count ?? 0) >= least);
      return done ? done.startTime - begin : null;
    },
    [start, minRows],
    { timeout: 60_000, polling: 10 },
  ).then((handle) => handle.jsonValue());
}

const { base, stop } = await startPreview(PORT);
const browser = await chromium.launch({
  executablePath: CHROME,
  args: CHROMIUM_ARGS,
});
const context = await browser.newContext({ viewport: { width: 1280, height: 820 }, locale: 'en-GB' });
const page = await context.newPage();
const blank = await startBlankServer(PORT + 100);
// Every page load is watched for its first rows (or the floor's paragraph), for the cold start figure.
await watchPaintOnLoad(page, `${MEMBER_ROWS}, ${BLANK_PARAGRAPH}`);
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
  const topics = ['物流', '旅游', 'logistics', 'tourism', 'энергетика', '환경', '人材交流', 'education', 'disaster prevention', 'agriculture'];
  const staff = ['洪钟庆', '朴成敏', '权太男', '李扬', '阿吉扎雅', '安风', 'Kim Yujin'];
  const installation = crypto.randomUUID();
  const now = new Date().toISOString();
  const batch = 5000;
  for (let start = 0; start < count; start += batch) {
    await new Promise((resolve, reject) => {
      const tx = db.transaction('visits', 'readwrite');
      const store = tx.objectStore('visits');
      for (let index = start; index < Math.min(count, start + batch); index += 1) {
        const member = pick(members);
        const day = new Date(Date.UTC(2000, 0, 1) + Math.floor(random() * 26 * 365) * 86_400_000).toISOString().slice(0, 10);
        const topic = pick(topics);
        store.put({
          id: crypto.randomUUID(),
          date: day,
          direction: pick(['outbound', 'inbound', 'thirdEvent']),
          office: 'Pohang secretariat',
          staff: [pick(staff)],
          counterpartType: 'member',
          memberIds: [member.id],
          contactIds: [],
          title: { en: `Meeting on ${topic} with ${member.names.en} #${index}`, zh: `${member.names.zh}会谈 ${topic}` },
          topics: [topic],
          purpose: { en: `Follow-up on ${topic} cooperation` },
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

/** From the click on "Activity" to the frame its first rows are painted in. */
async function openTimeline() {
  return (await clickToPainted(page, '#/activity', TIMELINE_ROWS)).ms;
}

const results = { visits: VISITS, runs: RUNS, coldStart: [], floorBlankLoad: [], firstRender: [], firstRenderWarm: [], fullLoad: [], filter: [], search: [], floorFirstPage: [], floorScan: [] };
for (let run = 0; run < RUNS; run += 1) {
  // Cold start: the registry's start screen loaded fresh, to its first member rows painted; the
  // floor is a page of one paragraph loaded the same way.
  results.coldStart.push((await loadToPainted(page, `${base}#/members`, MEMBER_ROWS)).ms);
  results.floorBlankLoad.push((await loadToPainted(page, blank.url, BLANK_PARAGRAPH)).ms);

  // Warm: the app has been open and idle for a few seconds, so the timeline has started loading.
  await page.goto('about:blank');
  await page.goto(`${base}#/members`);
  await page.getByTestId('member-row').first().waitFor();
  await page.waitForTimeout(4000);
  results.firstRenderWarm.push(await openTimeline());

  // Cold: a fresh page, and the Activity screen opened the moment the registry shows.
  await page.goto('about:blank');
  await page.goto(`${base}#/members`);
  await page.getByTestId('member-row').first().waitFor();
  results.firstRender.push(await openTimeline());
  await page.locator('[data-testid="timeline-count"][data-complete="true"]').waitFor({ timeout: 120_000 });
  const shown = Number((await page.getByTestId('timeline-count').textContent()).replace(/\D/g, ''));
  if (shown < VISITS) throw new Error(`The timeline shows ${shown} entries, expected at least ${VISITS}`);
  results.fullLoad.push(await page.evaluate(() => performance.now() - performance.getEntriesByName('bench:click').at(-1).startTime));

  // Filter: choose a country in the filter bar.
  await page.getByTestId('timeline-country').click();
  await page.getByRole('option', { name: run % 2 ? 'Mongolia' : 'Japan', exact: true }).click();
  results.filter.push(await markedDuration(page, 'timeline:filter-changed'));
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await markedDuration(page, 'timeline:filter-changed');

  // Search: one word pasted into the search box, matched in every language of every entry.
  await page.getByTestId('timeline-search').fill(run % 2 ? 'энергетика' : 'tourism');
  results.search.push(await markedDuration(page, 'timeline:filter-changed'));
  if (process.env.BENCH_DEBUG) {
    console.log(await page.evaluate(() => {
      const begin = performance.getEntriesByName('timeline:filter-changed').at(-1).startTime;
      return performance.getEntries().filter((entry) => entry.startTime >= begin - 1).map((entry) => `${entry.name} ${entry.entryType} @${(entry.startTime - begin).toFixed(1)} +${entry.duration.toFixed(1)}`).join('\n');
    }));
  }

  const floors = await page.evaluate(async () => {
    const db = await new Promise((resolve) => {
      const request = indexedDB.open('near-desk');
      request.onsuccess = () => resolve(request.result);
    });
    const started = performance.now();
    await new Promise((resolve) => {
      const rows = [];
      const request = db.transaction('visits').objectStore('visits').index('[date+id]').openCursor(null, 'prev');
      request.onsuccess = () => {
        const cursor = request.result;
        if (cursor && rows.length < 200) {
          rows.push(cursor.value);
          cursor.continue();
        } else resolve(rows);
      };
    });
    const firstPage = performance.now() - started;
    db.close();
    const texts = Array.from({ length: 100_000 }, (_, index) => `meeting on tourism with member ${index} 会谈 ${index % 977}`);
    const scanStart = performance.now();
    let hits = 0;
    for (const text of texts) if (text.includes('energy')) hits += 1;
    return { firstPage, scan: performance.now() - scanStart + hits * 0 };
  });
  results.floorFirstPage.push(floors.firstPage);
  results.floorScan.push(floors.scan);
}
await browser.close();
blank.stop();
stop();

const summary = {
  visits: VISITS,
  runs: RUNS,
  medianMs: {
    coldStart: median(results.coldStart),
    floorBlankLoad: median(results.floorBlankLoad),
    firstRender: median(results.firstRender),
    firstRenderWarm: median(results.firstRenderWarm),
    fullLoad: median(results.fullLoad),
    filter: median(results.filter),
    search: median(results.search),
    floorFirstPage: median(results.floorFirstPage),
    floorScan: median(results.floorScan),
  },
};
summary.ratios = {
  coldStartToBlankLoadFloor: summary.medianMs.coldStart / summary.medianMs.floorBlankLoad,
  firstRenderToFirstPageFloor: summary.medianMs.firstRender / summary.medianMs.floorFirstPage,
  firstRenderWarmToFirstPageFloor: summary.medianMs.firstRenderWarm / summary.medianMs.floorFirstPage,
  filterToScanFloor: summary.medianMs.filter / summary.medianMs.floorScan,
  searchToScanFloor: summary.medianMs.search / summary.medianMs.floorScan,
};
summary.targets = {
  coldStartUnder300ms: summary.medianMs.coldStart < 300,
  firstRenderUnder150ms: summary.medianMs.firstRender < 150,
  firstRenderWarmUnder150ms: summary.medianMs.firstRenderWarm < 150,
  filterUnder100ms: summary.medianMs.filter < 100,
  searchUnder100ms: summary.medianMs.search < 100,
};
summary.samples = results;
writeFileSync(`${ROOT}test/bench/results.json`, `${JSON.stringify(summary, null, 2)}\n`);
const ms = (value) => `${value.toFixed(1)} ms`;
console.log(`Timeline with ${VISITS.toLocaleString('en')} visits, median of ${RUNS} runs (screens timed to the frame they are painted in):`);
console.log(`  cold start to first member rows  ${ms(summary.medianMs.coldStart)}  (${summary.ratios.coldStartToBlankLoadFloor.toFixed(1)}× loading a one-paragraph page: ${ms(summary.medianMs.floorBlankLoad)})`);
console.log(`  first rows     ${ms(summary.medianMs.firstRender)}  (${summary.ratios.firstRenderToFirstPageFloor.toFixed(1)}× reading 200 rows from IndexedDB: ${ms(summary.medianMs.floorFirstPage)})`);
console.log(`  first rows, app idle 4 s before  ${ms(summary.medianMs.firstRenderWarm)}  (${summary.ratios.firstRenderWarmToFirstPageFloor.toFixed(1)}× the same read)`);
console.log(`  all loaded     ${ms(summary.medianMs.fullLoad)}`);
console.log(`  filter change  ${ms(summary.medianMs.filter)}  (${summary.ratios.filterToScanFloor.toFixed(1)}× one scan of 100,000 strings: ${ms(summary.medianMs.floorScan)})`);
console.log(`  text search    ${ms(summary.medianMs.search)}  (${summary.ratios.searchToScanFloor.toFixed(1)}× the same scan)`);
const met = (value) => (value ? 'met' : 'MISSED');
console.log(`Targets: cold start < 300 ms ${met(summary.targets.coldStartUnder300ms)}, first rows < 150 ms ${met(summary.targets.firstRenderUnder150ms)} (warm ${met(summary.targets.firstRenderWarmUnder150ms)}), filter < 100 ms ${summary.targets.filterUnder100ms ? 'met' : 'MISSED'}, search < 100 ms ${summary.targets.searchUnder100ms ? 'met' : 'MISSED'}`);
