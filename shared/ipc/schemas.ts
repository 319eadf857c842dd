import { z } from 'zod';
import { LOCALES } from '../i18n/locales';
import { MENU_COMMANDS } from './contract';

/** Argument of `settings:set-locale`. Kept apart from the contract so the preload bundle stays free of zod. */
export const setLocaleRequest = z.enum(LOCALES);

/** A command sent by the native menu. */
export const menuCommandSchema = z.enum(MENU_COMMANDS);
