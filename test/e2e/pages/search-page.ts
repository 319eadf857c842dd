import { expect, type Locator } from '@playwright/test';
import type { SearchKind } from '../../../shared/search/global-search';
import { LocalizedPage } from './locale-strings';

/** The global search dialog (Ctrl+K or the title bar's Search button). */
export class GlobalSearchPage extends LocalizedPage {
  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: this.t.find.title });
  }

  get input(): Locator {
    return this.dialog.getByRole('combobox', { name: this.t.find.label });
  }

  get options(): Locator {
    return this.dialog.getByRole('option');
  }

  /** The results of one kind (members, visits…), by the heading a user reads. */
  group(kind: SearchKind): Locator {
    return this.dialog.getByRole('group', { name: this.t.find.groups[kind], exact: true });
  }

  async openWithKeys(): Promise<void> {
    await this.page.keyboard.press('Control+k');
    await expect(this.input).toBeFocused();
  }

  async openWithButton(): Promise<void> {
    await this.page.getByRole('button', { name: this.t.find.open }).click();
    await expect(this.input).toBeFocused();
  }

  /** Types a query and waits until the results for it (or the word that there are none) are shown. */
  async search(text: string): Promise<void> {
    await this.input.fill(text);
    await expect(this.dialog.getByTestId('global-search-body')).toHaveAttribute('data-settled', 'true');
  }
}
