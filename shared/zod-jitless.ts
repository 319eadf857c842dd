import { globalConfig } from 'zod/v4/core';

/**
 * Zod compiles object parsers with `new Function` where it may. The app's Content-Security-Policy
 * forbids that (script-src 'self'), and Zod's probe for it is itself reported as a CSP violation,
 * so the window and the sync worker tell Zod up front. Imported first, before any schema is built:
 * Zod decides per schema, when it is made. Benchmarks of the worker's code import it too, so they
 * measure the parsers the app runs.
 */
// Set on Zod's config object itself: Vite's bundler drops a bare `z.config({…})` call as if it had
// no effect (Zod declares itself free of side effects), which left the probe in place.
globalConfig.jitless = true;
