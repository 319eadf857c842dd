import { expect, type Locator } from '@playwright/test';
import { LocalizedPage } from './locale-strings';

/** The dues ledger: members by fiscal year as marks, the vote, the year range and the summary. */
export class DuesPage extends LocalizedPage {
  /** Opens the ledger as of a date (ISO), or today. */
  async open(asOf?: string): Promise<void> {
    await this.page.goto(asOf ? `/#/dues?asOf=${asOf}` : '/#/dues');
    // 79 rows of eight years: on a loaded CI machine the first render alone can pass 10 s.
    await expect(this.page.getByTestId('dues-row').first()).toBeVisible({ timeout: 30_000 });
  }

  row(memberId: string): Locator {
    return this.page.locator(`[data-testid="dues-row"][data-member="${memberId}"]`);
  }

  /** Every fiscal year's mark in a member's row. */
  marks(memberId: string): Locator {
    return this.row(memberId).locator('[data-status]');
  }

  /** The vote column's cell of a member: the last cell of its row. */
  vote(memberId: string): Locator {
    return this.row(memberId).locator('td').last();
  }

  get summary(): Locator {
    return this.page.getByTestId('dues-summary');
  }

  /** The years shown, as their column headers read. */
  yearHeaders(): Locator {
    return this.page.getByTestId('dues-table').locator('thead th').filter({ hasText: /^\d{4}/ });
  }

  /** Records a payment of a member's fiscal year, received today (the dialog's default). */
  async recordPayment(memberName: string, year: number, amount: string): Promise<void> {
    const t = this.t.governance.dues;
    await this.page.getByRole('button', { name: this.t.governance.ledger.cellStatus.replace('{{member}}', memberName).replace('{{year}}', String(year)).replace(/\{\{status\}\}$/, '') }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: t.amount }).fill(amount);
    await dialog.getByRole('button', { name: this.t.common.save }).click();
    await expect(dialog).toHaveCount(0, { timeout: 30_000 });
  }

  /** Chooses the first fiscal year shown. */
  async showFrom(year: number): Promise<void> {
    await this.page.getByRole('combobox', { name: this.t.governance.ledger.from }).click();
    await this.page.getByRole('option', { name: String(year), exact: true }).click();
  }

  /** Why the ledger opens at the date it does, with its button to today and back. */
  get asOfWhy(): Locator {
    return this.page.getByTestId('dues-as-of-why');
  }

  /** The notice that collection is postponed for the year shown. */
  get postponed(): Locator {
    return this.page.getByTestId('dues-postponed');
  }

  /** Withdraws the one postponement on record, so that every year is owed again. */
  async withdrawPostponement(): Promise<void> {
    const withdraw = this.t.governance.postponement.remove;
    await this.page.getByTestId('postponements').getByRole('button', { name: withdraw }).click();
    await this.page.getByRole('dialog').getByRole('button', { name: withdraw }).click();
    await expect(this.page.getByTestId('postponements')).toHaveCount(0);
  }

  /** The dialog that ends the open-ended postponement, opened from its row. */
  async openEnd(): Promise<Locator> {
    const t = this.t.governance.postponement;
    await this.page.getByTestId('postponements').getByRole('button', { name: t.end }).click();
    const dialog = this.page.getByRole('dialog', { name: t.endTitle });
    await expect(dialog).toBeVisible();
    return dialog;
  }
}
