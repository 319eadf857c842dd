import { expect, test } from '@playwright/test';
import { AppPage } from '../pages/app-page';
import { strings, type UiLocale } from '../pages/locale-strings';

// Hyogo's name in each language, from the sample data: the registry follows the UI language.
const hyogo: Record<UiLocale, string> = {
  zh: '兵库县',
  ko: '효고현',
  ja: '兵庫県',
  ru: 'Префектура Хиого',
  mn: 'Хёго муж',
  en: 'Hyogo Prefecture',
};

test('the whole interface switches between the six languages and the choice persists', async ({ page }) => {
  const app = new AppPage(page);
  await app.openWithSample();
  for (const locale of ['zh', 'ko', 'ja', 'ru', 'mn', 'en'] as const) {
    await app.switchLanguage(locale);
    const t = strings[locale];
    await expect(page.getByRole('heading', { name: t.members.title })).toBeVisible();
    await expect(page.getByRole('navigation').getByRole('link', { name: t.nav.committees })).toBeVisible();
    await expect(page.getByRole('columnheader', { name: t.member.country })).toBeVisible();
    await expect(page.getByRole('link', { name: hyogo[locale], exact: true })).toBeVisible();
  }
  await app.switchLanguage('ru');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('heading', { name: strings.ru.members.title })).toBeVisible();
});

test('dates follow the language', async ({ page }) => {
  const app = new AppPage(page);
  await app.openWithSample();
  await app.goTo('committees');
  await page.getByRole('link', { name: 'Disaster Prevention Committee' }).click();
  // The list's rows say "Last meeting" too: wait for the committee's own page before reading its row.
  await expect(page.getByRole('heading', { level: 2, name: 'Disaster Prevention Committee' })).toBeVisible();
  const row = page.getByRole('row', { name: /Last meeting/ });
  await expect(row).toContainText('5 Mar 2018');
  await app.switchLanguage('zh');
  await expect(page.getByRole('row', { name: new RegExp(strings.zh.committee.lastMeetingOn) })).toContainText('2018年3月5日');
  // Chromium has no Mongolian date patterns; the app writes the numeric form instead of "Mar 5, 2018".
  await app.switchLanguage('mn');
  await expect(page.getByRole('row', { name: new RegExp(strings.mn.committee.lastMeetingOn) })).toContainText('2018.03.05');
});
