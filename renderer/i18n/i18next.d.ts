import 'i18next';
import type { Resource } from '../../shared/i18n/strings';

// Typed keys: a misspelt or missing key fails the typecheck, not the user.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Resource };
    returnNull: false;
  }
}
