import type { Page } from '@playwright/test';
import en from '../../../shared/locales/en.json' with { type: 'json' };
import ja from '../../../shared/locales/ja.json' with { type: 'json' };
import ko from '../../../shared/locales/ko.json' with { type: 'json' };
import mn from '../../../shared/locales/mn.json' with { type: 'json' };
import ru from '../../../shared/locales/ru.json' with { type: 'json' };
import zh from '../../../shared/locales/zh.json' with { type: 'json' };
import backupsEn from '../../../shared/locales/backups/en.json' with { type: 'json' };
import backupsJa from '../../../shared/locales/backups/ja.json' with { type: 'json' };
import backupsKo from '../../../shared/locales/backups/ko.json' with { type: 'json' };
import backupsMn from '../../../shared/locales/backups/mn.json' with { type: 'json' };
import backupsRu from '../../../shared/locales/backups/ru.json' with { type: 'json' };
import backupsZh from '../../../shared/locales/backups/zh.json' with { type: 'json' };
import dashboardEn from '../../../shared/locales/dashboard/en.json' with { type: 'json' };
import dashboardJa from '../../../shared/locales/dashboard/ja.json' with { type: 'json' };
import dashboardKo from '../../../shared/locales/dashboard/ko.json' with { type: 'json' };
import dashboardMn from '../../../shared/locales/dashboard/mn.json' with { type: 'json' };
import dashboardRu from '../../../shared/locales/dashboard/ru.json' with { type: 'json' };
import dashboardZh from '../../../shared/locales/dashboard/zh.json' with { type: 'json' };
import governanceEn from '../../../shared/locales/governance/en.json' with { type: 'json' };
import governanceJa from '../../../shared/locales/governance/ja.json' with { type: 'json' };
import governanceKo from '../../../shared/locales/governance/ko.json' with { type: 'json' };
import governanceMn from '../../../shared/locales/governance/mn.json' with { type: 'json' };
import governanceRu from '../../../shared/locales/governance/ru.json' with { type: 'json' };
import governanceZh from '../../../shared/locales/governance/zh.json' with { type: 'json' };
import reportEn from '../../../shared/locales/report/en.json' with { type: 'json' };
import reportJa from '../../../shared/locales/report/ja.json' with { type: 'json' };
import reportKo from '../../../shared/locales/report/ko.json' with { type: 'json' };
import reportMn from '../../../shared/locales/report/mn.json' with { type: 'json' };
import reportRu from '../../../shared/locales/report/ru.json' with { type: 'json' };
import reportZh from '../../../shared/locales/report/zh.json' with { type: 'json' };

/** Core strings with each area's mounted under its name, as shared/i18n/resources.ts does for the app. */
function merged<C, B, D, G, R>(core: C, backups: B, dashboard: D, governance: G, report: R) {
  return { ...core, backups, dashboard, governance, report };
}

/** The UI strings, so tests find controls by what a user reads in each language. */
export const strings = {
  en: merged(en, backupsEn, dashboardEn, governanceEn, reportEn),
  zh: merged(zh, backupsZh, dashboardZh, governanceZh, reportZh),
  ko: merged(ko, backupsKo, dashboardKo, governanceKo, reportKo),
  ja: merged(ja, backupsJa, dashboardJa, governanceJa, reportJa),
  ru: merged(ru, backupsRu, dashboardRu, governanceRu, reportRu),
  mn: merged(mn, backupsMn, dashboardMn, governanceMn, reportMn),
};
export type UiLocale = keyof typeof strings;

/** Base of the page objects: the page, and the strings of the language it is shown in. */
export class LocalizedPage {
  constructor(
    readonly page: Page,
    protected locale: UiLocale = 'en',
  ) {}

  get t() {
    return strings[this.locale];
  }
}
