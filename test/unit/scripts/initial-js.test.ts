import { describe, expect, it } from 'vitest';
import { INITIAL_JS_BUDGET, initialScripts, judgeInitialJs, kilobytes } from '../../../scripts/initial-js.mjs';

describe('initialScripts', () => {
  it('takes the module scripts and modulepreloads a built page loads, in order, and nothing else', () => {
    const html = `<!doctype html><html><head>
      <link rel="icon" type="image/svg+xml" href="./favicon.svg" />
      <script type="module" crossorigin src="./assets/index-A.js"></script>
      <link rel="modulepreload" crossorigin href="./assets/vendor-B.js">
      <link rel='modulepreload' href='./assets/i18n-C.js'>
      <link rel="stylesheet" crossorigin href="./assets/index-D.css">
      <link rel="preload" as="font" href="./assets/font.woff2">
    </head><body><div id="root"></div></body></html>`;
    expect(initialScripts(html)).toEqual(['./assets/index-A.js', './assets/vendor-B.js', './assets/i18n-C.js']);
  });

  it('counts a file named twice once, and a script without src not at all', () => {
    const html = '<script>inline()</script><script src="a.js"></script><link rel="modulepreload" href="a.js"><script src=b.js></script>';
    expect(initialScripts(html)).toEqual(['a.js', 'b.js']);
  });
});

describe('judgeInitialJs', () => {
  it('sums the files and accepts a total up to the budget, not a byte more', () => {
    const half = Math.floor(INITIAL_JS_BUDGET / 2);
    expect(judgeInitialJs([{ bytes: half }, { bytes: INITIAL_JS_BUDGET - half }])).toEqual({ total: INITIAL_JS_BUDGET, withinBudget: true });
    expect(judgeInitialJs([{ bytes: half }, { bytes: INITIAL_JS_BUDGET - half + 1 }]).withinBudget).toBe(false);
    expect(judgeInitialJs([{ bytes: 10 }, { bytes: 20 }], 25)).toEqual({ total: 30, withinBudget: false });
  });
});

it('prints kilobytes of 1024 bytes with one decimal', () => {
  expect(kilobytes(1536)).toBe('1.5 KB');
});
