import { expect, test } from 'vitest';
import { preloadOnlyWhatIsMissing } from '../../../vite.config';

/** A bundle as the plugin sees it: chunks with their static imports, and an asset. */
const chunk = (fileName: string, imports: string[], isEntry = false) => ({ type: 'chunk', fileName, imports, isEntry });
const BUNDLE = {
  'assets/index.js': chunk('assets/index.js', ['assets/react.js', 'assets/mantine.js'], true),
  'assets/react.js': chunk('assets/react.js', []),
  'assets/mantine.js': chunk('assets/mantine.js', ['assets/react.js']),
  'assets/Dashboard.js': chunk('assets/Dashboard.js', ['assets/mantine.js', 'assets/charts.js']),
  'assets/charts.js': chunk('assets/charts.js', ['assets/react.js']),
  'assets/sync.worker.js': { type: 'asset', fileName: 'assets/sync.worker.js' },
};

test('a lazy import in the page preloads what index.html has not loaded; index.html and other bundles keep their lists', () => {
  const { plugin, resolveDependencies } = preloadOnlyWhatIsMissing();
  const needs = ['assets/Dashboard.js', 'assets/mantine.js', 'assets/charts.js', 'assets/react.js'];
  // Before the page's chunks are known, nothing is left out.
  expect(resolveDependencies('assets/Dashboard.js', needs, { hostId: 'assets/index.js', hostType: 'js' })).toEqual(needs);

  (plugin.generateBundle as (options: unknown, bundle: unknown) => void)({}, BUNDLE);
  expect(resolveDependencies('assets/Dashboard.js', needs, { hostId: 'assets/index.js', hostType: 'js' })).toEqual(['assets/Dashboard.js', 'assets/charts.js']);
  expect(resolveDependencies('assets/charts.js', ['assets/charts.js', 'assets/react.js'], { hostId: 'assets/Dashboard.js', hostType: 'js' })).toEqual(['assets/charts.js']);
  expect(resolveDependencies('index.html', ['assets/react.js', 'assets/mantine.js'], { hostId: 'index.html', hostType: 'html' })).toEqual(['assets/react.js', 'assets/mantine.js']);
  expect(resolveDependencies('assets/codec.js', ['assets/react.js'], { hostId: 'assets/other-bundle.js', hostType: 'js' })).toEqual(['assets/react.js']);
});
