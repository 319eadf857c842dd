/**
 * Zod compiles object parsers with `new Function` where it may. The app's Content-Security-Policy
 * forbids that (script-src 'self'), and Zod's probe for it is itself reported as a CSP violation,
 * so the window and the sync worker tell Zod up front. Imported first, before any schema is built:
 * Zod decides per schema, when it is made. Benchmarks of the worker's code import it too, so they
 * measure the parsers the app runs.
 *
 * The flag goes on the object Zod keeps its configuration in, `globalThis.__zod_globalConfig`
 * (Zod's `globalConfig` is that object, made by whichever comes first), rather than through an
 * import of Zod: the window's first screen builds no schema, and importing Zod's core only to set
 * a flag brought it to the window's start. test/unit/shared/zod-jitless.test.ts holds Zod to it.
 * (Vite's bundler also drops a bare `z.config({…})` call as if it had no effect.)
 */
type ZodGlobal = { __zod_globalConfig?: { jitless?: boolean } };

const config = ((globalThis as ZodGlobal).__zod_globalConfig ??= {});
config.jitless = true;
