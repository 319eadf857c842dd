import { readFile } from 'node:fs/promises';
import { expect, type Locator } from '@playwright/test';
import { LocalizedPage } from './locale-strings';

/** A file the app handed to the browser's downloads. */
export type Download = { name: string; bytes: Buffer };

/** What every list screen offers: sortable columns, Print, and Export to CSV or XLSX. */
export class ListPage extends LocalizedPage {
  /** A sortable column's header, by its title. */
  header(label: string): Locator {
    return this.page.getByRole('columnheader', { name: label, exact: true });
  }

  /** Clicks a column's title to sort by it (again to turn the order round). */
  async sortBy(label: string): Promise<void> {
    await this.header(label).getByRole('button').click();
  }

  /** The texts of one column of a table, top to bottom. */
  async column(table: Locator, index: number): Promise<string[]> {
    return table.locator('tbody tr').locator(`td:nth-child(${index + 1}), th:nth-child(${index + 1})`).allInnerTexts();
  }

  get printButton(): Locator {
    return this.page.getByRole('button', { name: this.t.lists.print, exact: true });
  }

  get printHeader(): Locator {
    return this.page.getByTestId('print-header');
  }

  /** Exports the list from the Export menu and returns what the browser downloaded. */
  async export(format: 'csv' | 'xlsx'): Promise<Download> {
    await this.page.getByRole('button', { name: this.t.lists.export, exact: true }).click();
    const item = this.page.getByRole('menuitem', { name: this.t.lists[format] });
    await expect(item).toBeVisible();
    const [download] = await Promise.all([this.page.waitForEvent('download'), item.click()]);
    return { name: download.suggestedFilename(), bytes: await readFile((await download.path())!) };
  }
}
