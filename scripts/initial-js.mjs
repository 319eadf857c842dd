// The pure parts of scripts/check-initial-js.mjs: which scripts a built index.html loads before the
// first screen, and how their total compares with the budget.

/**
 * The most JavaScript the window may load before its first screen, in bytes (uncompressed): the
 * goal of issue 17, met. One language and lazy screens brought it from 1,947 KB to 1,019 KB, then
 * Zod, the backup code, the first run's offer and the dialogs left the first screen's way (890 KB);
 * then the notifications' stack, Zod's core, the header's and the members list's dropdowns, menu
 * and tooltips with floating-ui (drawn by stand-ins until the window is idle), react-remove-scroll,
 * Dexie's legacy wrapper and the preload lists' already-loaded names (694 KB). What remains is the
 * first screen's own libraries: react-dom, Dexie, react-router, i18next and Mantine's AppShell,
 * Table and inputs. It fails on any growth past 700 KB.
 */
export const INITIAL_JS_BUDGET = 700 * 1024;
/** Where the budget is headed. */
export const INITIAL_JS_GOAL = 700 * 1024;

const TAG = /<(script|link)\b[^>]*>/gi;
const ATTRIBUTE = /([\w-]+)\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/g;

/** A tag's attributes by lower-case name. */
function attributes(tag) {
  return Object.fromEntries([...tag.matchAll(ATTRIBUTE)].map((match) => [match[1].toLowerCase(), match[3] ?? match[4] ?? match[5]]));
}

/**
 * The scripts the page fetches before it runs: module and classic `<script src>` and
 * `<link rel="modulepreload">`, in document order, each once, as written in the page.
 */
export function initialScripts(html) {
  const found = [];
  for (const [tag, name] of html.matchAll(TAG)) {
    const attrs = attributes(tag);
    const url = name.toLowerCase() === 'script' ? attrs.src : attrs.rel?.toLowerCase().split(/\s+/).includes('modulepreload') ? attrs.href : undefined;
    if (url && !found.includes(url)) found.push(url);
  }
  return found;
}

/** Kilobytes with one decimal, as Vite prints chunk sizes. */
export function kilobytes(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** The total of the files' sizes and whether it stays within the budget. */
export function judgeInitialJs(files, budget = INITIAL_JS_BUDGET) {
  const total = files.reduce((sum, file) => sum + file.bytes, 0);
  return { total, withinBudget: total <= budget };
}
