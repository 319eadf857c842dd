// How the benchmarks time a screen: to the frame in which what it shows is painted, not to a mark the
// code sets. From the user's action (a click on the navigation, the start of a page load) the page
// polls once a frame, with requestAnimationFrame, until the target elements exist, are visible and
// have a box inside the viewport (a chart: drawn bars or lines of non-zero size); one more frame
// later that frame has been presented, and performance.now() is the figure. A figure whose target
// never shows fails the benchmark.
import { createServer } from 'node:http';

/**
 * What counts as painted, run in the page: the number of `selector` elements that are visible with
 * a non-empty box inside the viewport. The in-page functions are sent as source text (an expression,
 * or an init script that runs before the app on a page load), which the page's CSP does not govern.
 */
function countPainted(selector) {
  let count = 0;
  for (const element of document.querySelectorAll(selector)) {
    const box = element.getBoundingClientRect();
    if (box.width <= 0 || box.height <= 0 || box.bottom <= 0 || box.right <= 0 || box.top >= innerHeight || box.left >= innerWidth) continue;
    if (element.checkVisibility && !element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
    count += 1;
  }
  return count;
}

/** Polls once a frame from now until `selector` has painted elements, then resolves one frame later. */
function framePainted(selector, timeout, countPainted) {
  const start = performance.now();
  return new Promise((resolve) => {
    const poll = () => {
      const count = countPainted(selector);
      if (count > 0) requestAnimationFrame(() => resolve({ start, end: performance.now(), count }));
      else if (performance.now() - start > timeout) resolve({ start, end: NaN, count: 0 });
      else requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  });
}

/** A call of the in-page functions above, as source text. */
const inPage = (call) => `(() => { const countPainted = ${countPainted}; const framePainted = ${framePainted}; return ${call}; })()`;

/** Rows of the timeline and of the members' table. */
export const TIMELINE_ROWS = '[data-testid="timeline-row"]';
export const MEMBER_ROWS = '[data-testid="member-row"]';
/** The bars of the dashboard's first chart (activity per month): recharts draws each as a path. */
export const FIRST_CHART_BARS = '[data-testid="dashboard-activity-month"] .recharts-bar-rectangle path';

/**
 * Clicks the navigation link to `hash` and resolves with the milliseconds until the frame after the
 * one in which `selector` first had painted elements, and how many there were.
 */
export async function clickToPainted(page, hash, selector, timeoutMs = 60_000) {
  const result = await page.evaluate(
    inPage(`(() => {
      const painted = framePainted(${JSON.stringify(selector)}, ${timeoutMs}, countPainted);
      performance.mark('bench:click');
      document.querySelector('a[href="${hash}"]').click();
      return painted.then(({ start, end, count }) => ({ ms: end - start, count }));
    })()`),
  );
  return assertPainted(result, selector);
}

/** The figure, or an error when what was timed never showed. */
function assertPainted(result, selector) {
  if (!(result.count > 0) || !Number.isFinite(result.ms)) throw new Error(`Nothing painted for ${selector}: the figure would time an empty screen`);
  return result;
}

/**
 * Installs, for every page load of `page` from now on, a watcher started before any script of the
 * page: it records on `window.__benchPainted` the time from the start of the navigation (the page's
 * time origin) to the frame after the one in which `selector` first had painted elements.
 */
export async function watchPaintOnLoad(page, selector) {
  await page.addInitScript({
    content: inPage(`framePainted(${JSON.stringify(selector)}, 60000, countPainted).then(({ end, count }) => (window.__benchPainted = { ms: end, count }))`),
  });
}

/** Loads `url` fresh and resolves with the time to its painted frame, as `watchPaintOnLoad` records it. */
export async function loadToPainted(page, url, selector, timeoutMs = 60_000) {
  await page.goto('about:blank');
  await page.goto(url);
  const handle = await page.waitForFunction(() => window.__benchPainted, null, { timeout: timeoutMs, polling: 50 });
  return assertPainted(await handle.jsonValue(), selector);
}

/** The floor of a page load: an HTML page with one paragraph, served over HTTP on its own port. */
export const BLANK_PARAGRAPH = '[data-testid="blank"]';
export async function startBlankServer(port) {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    response.end('<!doctype html><html><head><title>blank</title></head><body><p data-testid="blank">NEAR</p></body></html>');
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${port}/`, stop: () => server.close() };
}

/**
 * Runs `action` (Playwright clicks from outside the page) and resolves with the milliseconds from the
 * `mark` the app sets on receiving it to the frame after the one in which `selector` has painted
 * elements. The watch starts before the action, so no frame is missed.
 */
export async function paintedAfterMark(page, mark, selector, action, timeoutMs = 60_000) {
  await page.evaluate(inPage(`void (window.__benchWatch = framePainted(${JSON.stringify(selector)}, ${timeoutMs}, countPainted))`));
  await action();
  const result = await page.evaluate(
    inPage(`window.__benchWatch.then(({ end, count }) => {
      const marked = performance.getEntriesByName(${JSON.stringify(mark)}).at(-1);
      return { ms: marked ? end - marked.startTime : NaN, count };
    })`),
  );
  return assertPainted(result, selector);
}
