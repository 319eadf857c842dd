// Types for electron-support.mjs, which stays plain JavaScript so `node` runs the check.

/** scripts/electron-releases.json: each stable major and the day it shipped (YYYY-MM-DD). */
export type ReleaseTable = { majors: { major: number; stable: string }[] };

export type Support = { supported: boolean; reason: string };

export const SUPPORTED_MAJORS: number;
export const CADENCE_DAYS: number;
export function isoDay(date: Date): string;
export function majorOf(version: string): number;
export function validateReleaseTable(table: unknown): string[];
export function supportOn(table: ReleaseTable, major: number, today: string): Support;
export function supportedMajors(table: ReleaseTable, today: string): number[];
