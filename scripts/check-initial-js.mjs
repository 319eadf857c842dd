// Fails (exit 1) when the built renderer loads more JavaScript before its first screen than the
// budget allows: the scripts out/renderer/index.html names (script src and modulepreload), summed
// uncompressed, with their gzip size printed beside. Part of `npm test`, after the build.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { INITIAL_JS_BUDGET, INITIAL_JS_GOAL, initialScripts, judgeInitialJs, kilobytes } from './initial-js.mjs';

const page = new URL('../out/renderer/index.html', import.meta.url);
const files = initialScripts(readFileSync(page, 'utf8')).map((src) => {
  const content = readFileSync(fileURLToPath(new URL(src, page)));
  return { src, bytes: content.length, gzip: gzipSync(content).length };
});
for (const file of files) console.log(`${kilobytes(file.bytes).padStart(10)}  gzip ${kilobytes(file.gzip).padStart(9)}  ${file.src}`);
const { total, withinBudget } = judgeInitialJs(files);
const gzip = files.reduce((sum, file) => sum + file.gzip, 0);
console.log(`initial JavaScript: ${kilobytes(total)} (gzip ${kilobytes(gzip)}), budget ${kilobytes(INITIAL_JS_BUDGET)} (goal ${kilobytes(INITIAL_JS_GOAL)}${total <= INITIAL_JS_GOAL ? ', met' : ', not met yet'})`);
if (!withinBudget) {
  console.error(`Over budget by ${kilobytes(total - INITIAL_JS_BUDGET)}: load what the first screen does not need with import() (React.lazy for routes).`);
  process.exit(1);
}
