import { readFile } from 'node:fs/promises';
import { expect } from '@playwright/test';
import type { OfficeRole } from '../../../shared/sync/collections';
import { LocalizedPage } from './locale-strings';

/** "This laptop" and "Sync": setting up an office, exporting and importing bundles. */
export class SyncPage extends LocalizedPage {
  /** Sets office, person and role, generates the signing key, and returns its fingerprint. */
  async setUpLaptop(office: string, person: string, role: OfficeRole): Promise<string> {
    const page = this.page;
    await page.goto('/#/profile');
    await expect(page.getByRole('heading', { name: this.t.profile.title, level: 2 })).toBeVisible();
    await page.getByRole('radio', { name: this.t.sync.roles[role] }).check();
    await page.getByRole('textbox', { name: this.t.profile.office }).fill(office);
    await page.getByRole('textbox', { name: this.t.profile.person }).fill(person);
    await page.getByRole('button', { name: this.t.common.save }).click();
    await expect(page.getByText(this.t.profile.saved)).toBeVisible();
    await page.getByRole('button', { name: this.t.profile.key.generate }).click();
    const fingerprint = page.getByTestId('key-fingerprint');
    await expect(fingerprint).toHaveText(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/);
    return (await fingerprint.textContent()) ?? '';
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: this.t.nav.sync }).click();
    await expect(this.page.getByRole('heading', { name: this.t.sync.title })).toBeVisible();
  }

  /** Exports a bundle (for an office, or for any office) and returns the downloaded file's path. */
  async exportBundle(options: { for?: string; passphrase?: string } = {}): Promise<string> {
    const page = this.page;
    await this.open();
    if (options.for) {
      await page.getByRole('combobox', { name: this.t.sync.export.for }).click();
      await page.getByRole('option', { name: options.for }).click();
    }
    if (options.passphrase) {
      await page.getByLabel(this.t.sync.export.passphrase).fill(options.passphrase);
      await page.getByLabel(this.t.sync.export.confirm).fill(options.passphrase);
    }
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: this.t.sync.export.action }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.nearbundle$/);
    const path = await file.path();
    return path;
  }

  /** Opens a bundle through the "Open bundle…" button and the file chooser. */
  async chooseBundle(path: string): Promise<void> {
    await this.open();
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: this.t.sync.import.choose }).click();
    await (await chooser).setFiles(path);
  }

  /** Drops a file onto the window, as a user dragging it from the file manager. */
  async dropFile(name: string, content: string): Promise<void> {
    await this.page.evaluate(
      ({ name, content }) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([content], name, { type: 'application/json' }));
        document.body.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
        document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      },
      { name, content },
    );
  }

  /** Drags a file over the window without dropping it; returns the function that drags it away again. */
  async dragOver(name: string): Promise<() => Promise<void>> {
    await this.page.evaluate((fileName) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['{}'], fileName, { type: 'application/json' }));
      document.body.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, name);
    return () => this.page.evaluate(() => void window.dispatchEvent(new DragEvent('dragleave', { relatedTarget: null })));
  }

  async dropBundle(path: string, name = 'dropped.nearbundle'): Promise<void> {
    await this.dropFile(name, await readFile(path, 'utf8'));
  }

  /** The count in a column of the import table for one record type. */
  count(collection: string, column: 'added' | 'changed' | 'deleted' | 'unchanged') {
    const index = { added: 1, changed: 2, deleted: 3, unchanged: 4 }[column];
    return this.page.getByTestId('import-counts').locator(`tr[data-collection="${collection}"] td`).nth(index);
  }

  /**
   * Trusts a sender met for the first time, after comparing the fingerprint: nothing inside the
   * bundle is read before that. The preview follows.
   */
  async trustSender(office: string, fingerprint: string): Promise<void> {
    const page = this.page;
    await expect(page.getByTestId('first-contact')).toBeVisible();
    await expect(page.getByTestId('import-counts')).toHaveCount(0);
    await expect(page.getByTestId('fingerprint-to-trust')).toHaveText(fingerprint);
    const trust = page.getByRole('button', { name: this.t.sync.import.trustAndContinue });
    await expect(trust).toBeDisabled();
    await page.getByRole('checkbox', { name: office }).check();
    await trust.click();
  }

  /** Trusts a first-contact sender (after comparing the fingerprint), sees the preview, and imports. */
  async importTrusting(office: string, fingerprint: string): Promise<void> {
    await this.trustSender(office, fingerprint);
    await expect(this.page.getByTestId('import-counts')).toBeVisible();
    await this.importTrusted();
  }

  /** Imports a bundle from an office already trusted. */
  async importTrusted(): Promise<void> {
    await this.page.getByRole('button', { name: this.t.sync.import.apply, exact: true }).click();
    await expect(this.page.getByTestId('import-summary')).toBeVisible();
  }
}
