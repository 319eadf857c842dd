// Types for initial-js.mjs, which stays plain JavaScript so `node` runs the check.

export const INITIAL_JS_BUDGET: number;
export const INITIAL_JS_GOAL: number;
export function initialScripts(html: string): string[];
export function kilobytes(bytes: number): string;
export function judgeInitialJs(files: ReadonlyArray<{ bytes: number }>, budget?: number): { total: number; withinBudget: boolean };
