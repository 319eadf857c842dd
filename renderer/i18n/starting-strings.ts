import { loadStrings } from '../../shared/i18n/load-strings';
import { initialLocale } from './i18n';

// Imported near the top of main.tsx: the first screen's language starts loading as soon as the
// page's scripts run, while the rest of the app's modules are still being evaluated, so its chunk
// is there by the time React renders.

/** The language the app starts in. */
export const startingLocale = initialLocale();
/** Its strings, on their way. */
export const startingStrings = loadStrings(startingLocale);
