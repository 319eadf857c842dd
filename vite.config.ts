import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './electron/csp.ts';
import packageJson from './package.json' with { type: 'json' };

/** The built page carries the same CSP as the app:// responses, so the browser build is held to it too. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'near-desk-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: {
          'http-equiv': 'Content-Security-Policy',
          // frame-ancestors only works as a header (main sends it); in a <meta> Chromium ignores it with an error.
          content: CONTENT_SECURITY_POLICY.split('; ')
            .filter((directive) => !directive.startsWith('frame-ancestors'))
            .join('; '),
        },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * Two Mantine components on the first screen take one small thing each from a package that ships
 * as one large module, and so brought all of it to the window's start: ScrollArea (which every
 * Table brings) imports the useMergeRefs hook from @floating-ui/react, the 44 KB positioning
 * library only tooltips and dropdowns need (they load after the first screen); AppShell's header
 * takes two class names from react-remove-scroll (12 KB), whose scroll lock only modals use. For
 * those importers alone the import comes from renderer/app/lean-imports/, which gives the same
 * (test/unit/renderer/app/lean-imports.test.tsx holds it to the packages). Should Mantine take
 * more from them one day, the build fails on the missing export.
 */
export const LEAN_IMPORTS: ReadonlyArray<{ importer: RegExp; source: string; module: string }> = [
  { importer: /\/@mantine\/core\/esm\/components\/ScrollArea\/ScrollArea\.mjs$/, source: '@floating-ui/react', module: 'merge-refs.ts' },
  { importer: /\/@mantine\/core\/esm\/components\/AppShell\/AppShell\w+\/AppShell\w+\.mjs$/, source: 'react-remove-scroll', module: 'remove-scroll-class-names.ts' },
];

function leanImports(): Plugin {
  return {
    name: 'near-desk-lean-imports',
    enforce: 'pre',
    resolveId(source, importer) {
      const lean = importer && LEAN_IMPORTS.find((entry) => entry.source === source && entry.importer.test(importer.replaceAll('\\', '/')));
      return lean ? fileURLToPath(new URL(`./renderer/app/lean-imports/${lean.module}`, import.meta.url)) : null;
    },
  };
}

/**
 * Each lazy import carries the chunks its module needs, fetched beside it (build.modulePreload).
 * Those lists named the chunks index.html has already loaded too, which the preload skips at run
 * time anyway; without them the first screen's code is 8 KB lighter. The plugin notes which chunks
 * the page has loaded (the entry and what it imports) before Vite writes the lists; were it ever
 * too late, the lists would stay whole: longer, never wrong.
 */
export function preloadOnlyWhatIsMissing() {
  let page = new Set<string>();
  let loaded = new Set<string>();
  const plugin: Plugin = {
    name: 'near-desk-preload-only-what-is-missing',
    enforce: 'pre',
    apply: 'build',
    generateBundle(_options, bundle) {
      const seen = new Set<string>();
      const visit = (fileName: string) => {
        const chunk = bundle[fileName];
        if (seen.has(fileName) || chunk?.type !== 'chunk') return;
        seen.add(fileName);
        chunk.imports.forEach(visit);
      };
      for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk' && chunk.isEntry) visit(chunk.fileName);
      page = new Set(Object.keys(bundle));
      loaded = seen;
    },
  };
  /** What a lazy import in the page preloads: what its module needs, less what index.html loaded (index.html itself keeps its whole list). */
  const resolveDependencies = (_file: string, deps: string[], { hostId, hostType }: { hostId: string; hostType: 'html' | 'js' }) =>
    hostType === 'js' && page.has(hostId) ? deps.filter((dep) => !loaded.has(dep)) : deps;
  return { plugin, resolveDependencies };
}

const preload = preloadOnlyWhatIsMissing();

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), contentSecurityPolicy(), leanImports(), preload.plugin],
  define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(packageJson.version) },
  resolve: {
    // Dexie's modern build: the same release, for the browsers Electron ships, without the UMD
    // wrapper and older browsers' shims of its default entry (11 KB less before the first screen).
    // Every import of 'dexie' (dexie-react-hooks' too) comes here, so a bundle holds one Dexie.
    alias: [{ find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' }],
  },
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    chunkSizeWarningLimit: 1500,
    modulePreload: { resolveDependencies: preload.resolveDependencies },
    // Modules run in the order they are imported, as ES modules do: shared/zod-jitless.ts, imported
    // first, must run before any module builds a schema, even when they land in different chunks.
    rolldownOptions: { output: { strictExecutionOrder: true } },
  },
  // The sync worker imports shared modules; ES module workers can share chunks with the page.
  worker: { format: 'es', rolldownOptions: { output: { strictExecutionOrder: true } } },
  server: { port: 5173, strictPort: true },
  // Served with the app's CSP as a header too, as app:// serves it: a worker takes its policy from its script's response, not from the page's <meta>.
  preview: { port: 4173, strictPort: true, headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
});
