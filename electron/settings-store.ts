import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { LOCALES } from '../shared/i18n/locales';
import { writeFileAtomicSync } from '../node/atomic-file';

const rectSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});

/** What the main process remembers between runs; the data itself lives in IndexedDB. */
const settingsSchema = z.object({
  locale: z.enum(LOCALES).optional(),
  window: z.object({ bounds: rectSchema, maximized: z.boolean() }).optional(),
});

export type Settings = z.infer<typeof settingsSchema>;

/**
 * A small JSON file in the user-data folder. A missing or damaged file yields defaults instead of
 * a crash; writes go through the shared atomic writer (node/atomic-file.ts), so a power cut leaves
 * either the old or the new settings, never half a file.
 */
export class SettingsStore {
  private settings: Settings;

  constructor(private readonly file: string) {
    this.settings = SettingsStore.read(file);
  }

  private static read(file: string): Settings {
    try {
      const parsed = settingsSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
      return parsed.success ? parsed.data : {};
    } catch {
      return {};
    }
  }

  /** The current settings. */
  get(): Settings {
    return this.settings;
  }

  /** Merges `patch` into the settings and writes them to disk. */
  update(patch: Partial<Settings>): void {
    this.settings = settingsSchema.parse({ ...this.settings, ...patch });
    mkdirSync(dirname(this.file), { recursive: true, mode: 0o700 });
    writeFileAtomicSync(this.file, JSON.stringify(this.settings, null, 2), { overwrite: true, mode: 0o600 });
  }
}
