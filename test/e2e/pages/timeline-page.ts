import { expect, type Locator } from '@playwright/test';
import { LocalizedPage } from './locale-strings';

/** The activity timeline, its filters, and the quick visit entry form. */
export class TimelinePage extends LocalizedPage {
  get rows(): Locator {
    return this.page.getByTestId('timeline-row');
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: this.t.nav.timeline }).click();
    await expect(this.page.getByRole('heading', { name: this.t.timeline.title })).toBeVisible();
    await expect(this.page.locator('[data-testid="timeline-count"][data-complete="true"]')).toBeVisible();
  }

  /** The number the page says it shows. */
  async count(): Promise<number> {
    return Number(((await this.page.getByTestId('timeline-count').textContent()) ?? '').replace(/\D/g, ''));
  }

  /** Waits until the list shows `count` entries, so rows stop moving before a click. */
  async expectCount(count: number): Promise<void> {
    await expect.poll(() => this.count()).toBe(count);
  }

  async search(text: string): Promise<void> {
    await this.page.getByTestId('timeline-search').fill(text);
  }

  async chooseIn(testId: string, option: string): Promise<void> {
    // Mantine puts the test id on the input itself; the visible field around it takes the click.
    await this.page.getByTestId(testId).locator('xpath=ancestor::div[contains(@class,"mantine-InputWrapper-root")][1]').click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
    await this.page.keyboard.press('Escape');
  }

  async clear(): Promise<void> {
    await this.page.getByRole('button', { name: this.t.timeline.clear }).click();
  }
}
