import { z } from 'zod';
import { LOCALES } from '../i18n/locales';

/** Argument of `settings:set-locale`. Kept apart from the contract so the preload bundle stays free of zod. */
export const setLocaleRequest = z.enum(LOCALES);
