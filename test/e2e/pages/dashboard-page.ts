import { expect, type Locator } from '@playwright/test';
import dashboardEn from '../../../shared/locales/dashboard/en.json' with { type: 'json' };
import dashboardRu from '../../../shared/locales/dashboard/ru.json' with { type: 'json' };
import dashboardZh from '../../../shared/locales/dashboard/zh.json' with { type: 'json' };
import { AppPage } from './app-page';
import type { UiLocale } from './locale-strings';

const dashboardStrings: Partial<Record<UiLocale, typeof dashboardEn>> = { en: dashboardEn, zh: dashboardZh, ru: dashboardRu };

/** The managers' dashboard: its filter bar and its chart cards, found by what a user reads. */
export class DashboardPage extends AppPage {
  get d(): typeof dashboardEn {
    const strings = dashboardStrings[this.locale];
    if (!strings) throw new Error(`No dashboard strings loaded for ${this.locale}`);
    return strings;
  }

  /** Opens the dashboard from the navigation and waits until every visit has been counted. */
  async openDashboard(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: this.t.nav.dashboard }).click();
    await expect(this.page.locator('[data-testid="dashboard"][data-complete="true"]')).toBeVisible({ timeout: 30_000 });
  }

  /** A chart's card, the region named by its title. */
  card(title: string): Locator {
    return this.page.getByRole('region', { name: title, exact: true });
  }

  /** Shows a card's table view and returns the table. */
  async showTable(title: string): Promise<Locator> {
    const card = this.card(title);
    await card.getByRole('button', { name: this.d.showTable }).click();
    const table = card.getByRole('table', { name: title });
    await expect(table).toBeVisible();
    return table;
  }

  /** The cells of the table row headed by `header`, as text. */
  async rowCells(table: Locator, header: string): Promise<string[]> {
    const row = table.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: header, exact: true }) });
    return row.locator('td').allTextContents();
  }

  async chooseCountry(name: string): Promise<void> {
    await this.page.getByRole('combobox', { name: this.d.filters.country }).click();
    await this.page.getByRole('option', { name, exact: true }).click();
  }
}
