// Types for electron-registry.mjs, which stays plain JavaScript so `node` runs the check.

/** What `npm view electron time dist-tags --json` prints (the part read here). */
export type RegistryView = { time: Record<string, string>; 'dist-tags': Record<string, string> };

/** One release as electronegativity's AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK reads it. */
export type ReleaseEntry = { tag_name: string; version: string; body: string; npm_dist_tags: string[] };

export function stableVersions(view: RegistryView): string[];
export function releaseIndex(view: RegistryView): ReleaseEntry[];
export function newerPatch(view: RegistryView, locked: string): string | null;
