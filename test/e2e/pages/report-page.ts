import { readFile } from 'node:fs/promises';
import { expect, type Locator } from '@playwright/test';
import { LOCALE_NATIVE_NAMES } from '../../../shared/i18n/locales';
import en from '../../../shared/locales/report/en.json' with { type: 'json' };
import ja from '../../../shared/locales/report/ja.json' with { type: 'json' };
import ko from '../../../shared/locales/report/ko.json' with { type: 'json' };
import mn from '../../../shared/locales/report/mn.json' with { type: 'json' };
import ru from '../../../shared/locales/report/ru.json' with { type: 'json' };
import zh from '../../../shared/locales/report/zh.json' with { type: 'json' };
import { LocalizedPage, type UiLocale } from './locale-strings';

/** The report's own strings, by language (mounted as `report.*` in the app). */
export const reportStrings = { en, zh, ko, ja, ru, mn };

/** A file the app handed to the browser's downloads. */
export type SavedFile = { name: string; bytes: Buffer };

/** The annual report screen: year and language, the report itself, and its exports. */
export class ReportPage extends LocalizedPage {
  /** The report strings of the UI language (the controls). */
  get r() {
    return reportStrings[this.locale].ui;
  }

  get report(): Locator {
    return this.page.getByTestId('report');
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: this.t.nav.report }).click();
    await expect(this.report).toBeVisible();
  }

  async chooseYear(year: number): Promise<void> {
    await this.page.getByRole('combobox', { name: this.r.year }).click();
    await this.page.getByRole('option', { name: String(year), exact: true }).click();
  }

  async chooseLanguage(locale: UiLocale): Promise<void> {
    await this.page.getByRole('combobox', { name: this.r.language }).click();
    await this.page.getByRole('option', { name: LOCALE_NATIVE_NAMES[locale], exact: true }).click();
    await expect(this.report).toHaveAttribute('lang', locale);
  }

  table(id: string): Locator {
    return this.page.getByTestId(`report-table-${id}`);
  }

  /** The body rows of a report table, each as its cells' texts. */
  async rows(id: string): Promise<string[][]> {
    const rows = this.table(id).locator('tbody tr');
    await expect(rows.first()).toBeVisible();
    const texts: string[][] = [];
    for (const row of await rows.all()) texts.push(await row.locator('td').allInnerTexts());
    return texts;
  }

  /** Clicks a control that saves a file and returns what the browser downloaded. */
  async save(control: Locator): Promise<SavedFile> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), control.click()]);
    return { name: download.suggestedFilename(), bytes: await readFile((await download.path())!) };
  }

  saveHtml(): Promise<SavedFile> {
    return this.save(this.page.getByRole('button', { name: this.r.saveHtml }));
  }

  saveAllTables(): Promise<SavedFile> {
    return this.save(this.page.getByRole('button', { name: this.r.allTables }));
  }

  saveTable(id: string, format: 'csv' | 'xlsx'): Promise<SavedFile> {
    return this.save(this.page.getByTestId(`export-${format}-${id}`));
  }
}
