import { expect, type Page } from '@playwright/test';
import { strings, type UiLocale } from './locale-strings';

/** The application window as a user sees it: navigation, language, theme and the first-run offer. */
export class AppPage {
  constructor(
    readonly page: Page,
    private locale: UiLocale = 'en',
  ) {}

  get t() {
    return strings[this.locale];
  }

  /** Opens the app on a fresh profile and waits until the database is open. */
  async open(path = '/'): Promise<void> {
    await this.page.goto(path === '/' ? '/' : `/#${path}`);
    await expect(this.page.getByText(this.t.app.loading)).toHaveCount(0);
  }

  /** Loads the NEAR sample data from the first-run screen. */
  async loadSample(): Promise<void> {
    await this.page.getByRole('button', { name: this.t.firstRun.load }).click();
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
    await this.page.getByRole('option', { name: languageName[locale], exact: true }).click();
    this.locale = locale;
    await expect(this.page.locator('html')).toHaveAttribute('lang', locale);
  }

  async setColorScheme(scheme: 'light' | 'dark'): Promise<void> {
    await this.page.emulateMedia({ colorScheme: scheme });
    const label = scheme === 'light' ? this.t.settings.themeLight : this.t.settings.themeDark;
    await this.page.getByRole('radiogroup', { name: this.t.settings.theme }).getByText(label).click({ force: true });
  }
}

const languageName: Record<UiLocale, string> = {
  zh: '中文',
  ko: '한국어',
  ja: '日本語',
  ru: 'Русский',
  mn: 'Монгол',
  en: 'English',
};
