import { expect, type Locator } from '@playwright/test';
import { LocalizedPage } from './locale-strings';

/** The question asked when leaving a screen with unsaved changes: stay, leave keeping the draft, or discard. */
export class LeaveDialog extends LocalizedPage {
  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: this.t.common.unsavedBody });
  }

  async stay(): Promise<void> {
    await this.dialog.getByRole('button', { name: this.t.drafts.stay }).click();
    await expect(this.dialog).toHaveCount(0);
  }

  async leaveKeepingDraft(): Promise<void> {
    await this.dialog.getByRole('button', { name: this.t.drafts.keep }).click();
    await expect(this.dialog).toHaveCount(0);
  }

  async discard(): Promise<void> {
    await this.dialog.getByRole('button', { name: this.t.drafts.discard }).click();
    await expect(this.dialog).toHaveCount(0);
  }
}
