import type { Locator, Page } from '@playwright/test';

/** A date field (renderer/features/common/DateField.tsx): typed key by key as a person does. */
export class DateField {
  constructor(readonly input: Locator) {}

  /** The field labelled `label`, or the one with a test id. */
  static labelled(page: Page, label: string): DateField {
    return new DateField(page.getByRole('textbox', { name: label, exact: true }));
  }

  static byTestId(page: Page, testId: string): DateField {
    return new DateField(page.getByTestId(testId));
  }

  /** Empties the field and types `text` one key at a time, so every half-typed state is passed through. */
  async type(text: string): Promise<void> {
    await this.input.click();
    await this.input.press('ControlOrMeta+A');
    await this.input.press('Backspace');
    await this.input.pressSequentially(text, { delay: 15 });
  }

  /** Leaves the field with Tab, as a person moving on does. */
  async leave(): Promise<void> {
    await this.input.press('Tab');
  }

  /** The field's message under it (Mantine links it with aria-describedby). */
  error(): Locator {
    return this.input.locator('xpath=ancestor::div[contains(@class,"mantine-InputWrapper-root")][1]').locator('.mantine-InputWrapper-error');
  }
}
