// Fails (exit 1) when a locale misses a key, has an extra or empty one, changes a {{placeholder}},
// leaves a string untranslated, when code uses a key that does not exist, or when the renderer
// hard-codes a user-visible string. Part of `npm test`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';

const LOCALES = ['zh', 'ko', 'ja', 'ru', 'mn', 'en'];
// Strings that are the same in every language on purpose.
const SAME_EVERYWHERE = new Set(['app.name', 'common.none']);
// Strings that some languages write the English way on purpose (Japanese and Mongolian dialogs say "OK").
const SAME_IN = { ja: new Set(['common.ok']), mn: new Set(['common.ok']) };
const root = new URL('..', import.meta.url).pathname;
const problems = [];

function flatten(node, prefix = '', out = new Map()) {
  for (const [key, value] of Object.entries(node)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object') flatten(value, path, out);
    else out.set(path, value);
  }
  return out;
}

const placeholders = (text) => [...String(text).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort().join(',');

// Core strings in locales/<lang>.json; each area's in locales/<area>/<lang>.json, under the area's name.
const AREAS = readdirSync(join(root, 'shared/locales'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const read = (...parts) => JSON.parse(readFileSync(join(root, 'shared/locales', ...parts), 'utf8'));
const resources = Object.fromEntries(
  LOCALES.map((locale) => {
    const strings = flatten(read(`${locale}.json`));
    for (const area of AREAS) flatten(read(area, `${locale}.json`), area, strings);
    return [locale, strings];
  }),
);
const reference = resources.en;

for (const locale of LOCALES) {
  const strings = resources[locale];
  for (const key of reference.keys()) {
    if (!strings.has(key)) problems.push(`${locale}: missing key ${key}`);
  }
  for (const [key, value] of strings) {
    if (!reference.has(key)) problems.push(`${locale}: key ${key} is not in en.json`);
    else if (typeof value !== 'string' || value.trim() === '') problems.push(`${locale}: ${key} is empty`);
    else if (placeholders(value) !== placeholders(reference.get(key))) {
      problems.push(`${locale}: ${key} has placeholders {${placeholders(value)}}, English has {${placeholders(reference.get(key))}}`);
    } else if (locale !== 'en' && value === reference.get(key) && !SAME_EVERYWHERE.has(key) && !SAME_IN[locale]?.has(key)) {
      problems.push(`${locale}: ${key} is not translated ("${value}")`);
    }
  }
}

// Literal keys used in code must exist. (Keys built from templates are checked by the typecheck.)
function sourceFiles(dir) {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx)$/.test(entry.name))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name));
}
for (const file of [...sourceFiles('renderer'), ...sourceFiles('electron')]) {
  const text = readFileSync(file, 'utf8');
  const prefix = file.endsWith('electron/menu.ts') ? 'menu.' : '';
  for (const match of text.matchAll(/\bt\(\s*'([\w.]+)'/g)) {
    const key = prefix + match[1];
    // A plural is looked up by its base key; i18next picks the form (`_one`, `_few`, …) from `count`.
    if (!reference.has(key) && !reference.has(`${key}_other`)) problems.push(`${file.slice(root.length)}: uses unknown key ${key}`);
  }
  for (const match of text.matchAll(/message: '((?:validation|common)\.\w+)'/g)) {
    if (!reference.has(match[1])) problems.push(`${file.slice(root.length)}: uses unknown key ${match[1]}`);
  }
}
for (const file of sourceFiles('shared')) {
  for (const match of readFileSync(file, 'utf8').matchAll(/'(validation\.\w+)'/g)) {
    if (!reference.has(match[1])) problems.push(`${file.slice(root.length)}: uses unknown key ${match[1]}`);
  }
}

// Hard-coded UI text: the same rule lint applies, run on its own so this check stands alone.
const eslint = new ESLint({ cwd: root, ruleFilter: ({ ruleId }) => ruleId === 'i18next/no-literal-string' });
for (const result of await eslint.lintFiles(['renderer/**/*.tsx'])) {
  for (const message of result.messages) {
    problems.push(`${result.filePath.slice(root.length)}:${message.line}: hard-coded UI string (${message.message})`);
  }
}

if (problems.length > 0) {
  console.error(`i18n check failed with ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`i18n check passed: ${reference.size} keys in ${LOCALES.length} languages, no hard-coded UI strings.`);
