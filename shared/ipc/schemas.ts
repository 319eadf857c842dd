import { z } from 'zod';
import { LOCALES } from '../i18n/locales';

/** Argument of `settings:set-locale`. Kept apart from the contract so the preload bundle stays free of zod. */
export const setLocaleRequest = z.enum(LOCALES);

/** Arguments of `bundle:save`: a file name without folders, and the bundle's text (at most 1 GiB). */
export const saveBundleRequest = z.tuple([
  z.string().min(1).max(255).regex(/^[^/\\]+$/),
  z.string().max(1024 * 1024 * 1024),
]);
