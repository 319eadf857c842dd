import { expect } from '@playwright/test';
import { LOCALE_NATIVE_NAMES } from '../../../shared/i18n/locales';
import { LocalizedPage, type UiLocale } from './locale-strings';

/** The application window as a user sees it: navigation, language, theme and the first-run offer. */
export class AppPage extends LocalizedPage {
  /** Opens the app on a fresh profile and waits until the database is open. */
  async open(path = '/'): Promise<void> {
    await this.page.goto(path === '/' ? '/' : `/#${path}`);
    await expect(this.page.getByText(this.t.app.loading)).toHaveCount(0);
  }

  /** Loads the NEAR sample data from the first-run screen, leaving this laptop's setup for later. */
  async loadSample(): Promise<void> {
    await this.page.getByRole('button', { name: this.t.firstRun.load }).click();
    await this.setUpLater();
  }

  /** The first run's last step, skipped: the registry opens. */
  async setUpLater(): Promise<void> {
    await expect(this.page.getByRole('heading', { name: this.t.firstRun.laptopTitle })).toBeVisible();
    await this.page.getByRole('link', { name: this.t.firstRun.later }).click();
    await expect(this.page.getByRole('heading', { name: this.t.members.title })).toBeVisible();
  }

  async openWithSample(): Promise<void> {
    await this.open();
    await this.loadSample();
  }

  async goTo(section: 'members' | 'committees'): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: this.t.nav[section] }).click();
  }

  /** Switches the interface language with the switcher in the title bar. */
  async switchLanguage(locale: UiLocale): Promise<void> {
    await this.page.getByRole('combobox', { name: this.t.settings.language }).click();
    await this.page.getByRole('option', { name: LOCALE_NATIVE_NAMES[locale], exact: true }).click();
    this.locale = locale;
    await expect(this.page.locator('html')).toHaveAttribute('lang', locale);
  }
}

