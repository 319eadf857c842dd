import react from '@vitejs/plugin-react';
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

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(packageJson.version) },
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    chunkSizeWarningLimit: 1500,
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
