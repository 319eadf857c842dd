import en from '../locales/en.json';
import ja from '../locales/ja.json';
import ko from '../locales/ko.json';
import mn from '../locales/mn.json';
import ru from '../locales/ru.json';
import zh from '../locales/zh.json';
import backupsEn from '../locales/backups/en.json';
import backupsJa from '../locales/backups/ja.json';
import backupsKo from '../locales/backups/ko.json';
import backupsMn from '../locales/backups/mn.json';
import backupsRu from '../locales/backups/ru.json';
import backupsZh from '../locales/backups/zh.json';
import dashboardEn from '../locales/dashboard/en.json';
import dashboardJa from '../locales/dashboard/ja.json';
import dashboardKo from '../locales/dashboard/ko.json';
import dashboardMn from '../locales/dashboard/mn.json';
import dashboardRu from '../locales/dashboard/ru.json';
import dashboardZh from '../locales/dashboard/zh.json';
import governanceEn from '../locales/governance/en.json';
import governanceJa from '../locales/governance/ja.json';
import governanceKo from '../locales/governance/ko.json';
import governanceMn from '../locales/governance/mn.json';
import governanceRu from '../locales/governance/ru.json';
import governanceZh from '../locales/governance/zh.json';
import reportEn from '../locales/report/en.json';
import reportJa from '../locales/report/ja.json';
import reportKo from '../locales/report/ko.json';
import reportMn from '../locales/report/mn.json';
import reportRu from '../locales/report/ru.json';
import reportZh from '../locales/report/zh.json';
import type { Locale } from './locales';

/**
 * The strings of the whole app in one language. Large areas keep their strings in a folder of
 * their own (`locales/<area>/<lang>.json`), mounted under the area's name: `dashboard.title` lives
 * in `locales/dashboard/en.json` as `title`.
 */
function resource<C, B, D, G, R>(core: C, backups: B, dashboard: D, governance: G, report: R) {
  return { ...core, backups, dashboard, governance, report };
}

/** The English resource is the reference every other language must match key for key. */
export type Resource = ReturnType<typeof resource<typeof en, typeof backupsEn, typeof dashboardEn, typeof governanceEn, typeof reportEn>>;

/** All UI strings, by language. */
export const resources: Record<Locale, Resource> = {
  zh: resource(zh, backupsZh, dashboardZh, governanceZh, reportZh),
  ko: resource(ko, backupsKo, dashboardKo, governanceKo, reportKo),
  ja: resource(ja, backupsJa, dashboardJa, governanceJa, reportJa),
  ru: resource(ru, backupsRu, dashboardRu, governanceRu, reportRu),
  mn: resource(mn, backupsMn, dashboardMn, governanceMn, reportMn),
  en: resource(en, backupsEn, dashboardEn, governanceEn, reportEn),
};

/**
 * Looks up a dotted key ("menu.file") for code outside React (the main process menu, dialogs).
 * Falls back to English, then to the key itself, so a missing string is visible, not a crash.
 */
export function translate(locale: Locale, key: string, values: Record<string, string> = {}): string {
  const lookup = (resource: unknown): string | undefined => {
    const found = key
      .split('.')
      .reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), resource);
    return typeof found === 'string' ? found : undefined;
  };
  const template = lookup(resources[locale]) ?? lookup(resources.en) ?? key;
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');
}
