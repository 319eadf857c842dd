import { expect, test } from '@playwright/test';
import { AppPage } from '../pages/app-page';
import { strings, type UiLocale } from '../pages/locale-strings';
import { TimelinePage } from '../pages/timeline-page';
import { shoot, looksToRun } from '../support/screen-checks';

const GENERAL_ASSEMBLY_2018 = '35883268-9b85-446f-a697-3ed1688f6935';

// The screens whose texts come from the 2018 sample, in the four languages screenshots.spec.ts
// leaves out or shows in one scheme only, light and dark, for a reviewer to open: the roll call's
// agenda, the timeline's titles and places, and the dashboard's month names and legends.
for (const locale of looksToRun(['ja', 'ko', 'ru', 'mn'] as const satisfies readonly UiLocale[], () => false)) {
  test(`roll call, timeline and dashboard read whole in ${locale}`, async ({ page }) => {
    test.setTimeout(300_000);
    const app = new AppPage(page);
    await app.openWithSample();
    await app.switchLanguage(locale);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.getByRole('navigation').getByRole('link', { name: strings[locale].nav.dashboard }).click();
      // Longer than DashboardPage allows: each test here also pays for two colour schemes on a busy machine.
      await expect(page.locator('[data-testid="dashboard"][data-complete="true"]')).toBeVisible({ timeout: 90_000 });
      // The month axis names months in the language (Chromium has no Mongolian months of its own).
      await expect(page.locator('.recharts-cartesian-axis-tick').first()).not.toContainText(/Jan|Feb|Mar|Oct|Nov|Dec/);
      await expect(page.getByText(strings[locale].kinds.generalAssembly).first()).toBeVisible();
      await shoot(page, `dashboard-${locale}-${scheme}`);

      await page.goto(`/#/activity/meetings/${GENERAL_ASSEMBLY_2018}/roll-call`);
      await expect(page.getByTestId('agenda-item')).toHaveCount(8);
      await shoot(page, `roll-call-${locale}-${scheme}`);
      await page.getByTestId('agenda').scrollIntoViewIfNeeded();
      await shoot(page, `roll-call-agenda-${locale}-${scheme}`);

      const timeline = new TimelinePage(page, locale);
      await timeline.open();
      await shoot(page, `timeline-${locale}-${scheme}`);
    }
  });
}
