import { expect, type Locator } from '@playwright/test';
import { LocalizedPage, type strings } from './locale-strings';

/** The member registry screen, its filters and the member form. */
export class MembersPage extends LocalizedPage {
  get rows(): Locator {
    return this.page.getByTestId('member-row');
  }

  /** The count shown on a country's card. */
  async countFor(country: string): Promise<string> {
    return (await this.page.getByTestId(`country-count-${country}`).getByTestId('count').textContent()) ?? '';
  }

  async search(text: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: this.t.common.search }).fill(text);
  }

  /**
   * Chooses a country and waits until the filter shows it. On a loaded CI machine a click on an
   * option that is still animating in was lost once in a while, so the choice is retried until
   * the field holds it.
   */
  async filterCountry(label: string): Promise<void> {
    const field = this.page.getByRole('combobox', { name: this.t.members.filterCountry });
    const option = this.page.getByRole('option', { name: label, exact: true });
    await expect(async () => {
      if (!(await option.isVisible())) await field.click();
      await option.click({ timeout: 2_000 });
      await expect(field).toHaveValue(label, { timeout: 2_000 });
    }).toPass({ timeout: 20_000 });
  }

  async filterKind(label: string): Promise<void> {
    await this.page.getByRole('radiogroup', { name: this.t.members.filterKind }).getByText(label, { exact: true }).click();
  }

  async openMember(name: string): Promise<void> {
    await this.page.getByRole('link', { name, exact: true }).click();
    await expect(this.page.getByRole('heading', { name, level: 2 })).toBeVisible();
  }

  /** The "add member" form, reached from the registry. */
  async startAdding(): Promise<MemberForm> {
    await this.page.getByRole('link', { name: this.t.members.add }).click();
    await expect(this.page.getByRole('heading', { name: this.t.members.new })).toBeVisible();
    return new MemberForm(this.page, this.locale);
  }
}

/** The member form (add or edit). */
export class MemberForm extends LocalizedPage {
  name(language: keyof (typeof strings)['en']['languages']): Locator {
    return this.page.getByRole('textbox', { name: this.t.languages[language], exact: false }).first();
  }

  async chooseCountry(label: string): Promise<void> {
    await this.page.getByRole('combobox', { name: this.t.member.country }).fill(label);
    await this.page.getByRole('option', { name: label, exact: true }).click();
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: this.t.common.save }).click();
  }

  /** The message shown under a field. */
  errorFor(field: Locator): Locator {
    return field.locator('xpath=ancestor::div[contains(@class,"mantine-InputWrapper-root")][1]').locator('.mantine-InputWrapper-error');
  }
}
