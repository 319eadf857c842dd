import { expect, test } from '@playwright/test';
import { AppPage } from '../pages/app-page';
import type { UiLocale } from '../pages/locale-strings';
import { SyncPage } from '../pages/sync-page';
import { shoot } from '../support/screen-checks';

const FIXTURE = 'test/fixtures/sample-2018.nearbundle';

// Every main screen in light and dark, in English, Chinese, Japanese and Russian, written to
// test/e2e/screenshots/ for a reviewer to open. Each one also checks the layout holds: nothing
// pushes the window into horizontal scrolling, whatever the language's word lengths.
const combinations: Array<[UiLocale, 'light' | 'dark']> = [
  ['en', 'light'],
  ['zh', 'dark'],
  ['ru', 'light'],
  ['ja', 'dark'],
];

for (const [locale, scheme] of combinations) {
  test(`screens in ${locale}, ${scheme}`, async ({ page }) => {
    test.setTimeout(150_000);
    await page.emulateMedia({ colorScheme: scheme });
    const app = new AppPage(page);
    await app.open();
    await app.switchLanguage(locale);
    const suffix = `${locale}-${scheme}`;
    await shoot(page, `first-run-${suffix}`);
    await app.loadSample();
    await page.getByRole('alert').first().waitFor({ state: 'detached' }).catch(() => undefined);
    await shoot(page, `members-${suffix}`);

    await page.getByRole('link', { name: app.t.members.add }).click();
    await page.getByRole('button', { name: app.t.common.save }).click();
    await expect(page.getByTestId('form-error')).toBeVisible();
    await shoot(page, `member-form-errors-${suffix}`);

    await page.goto('/#/members?country=JP');
    await page.getByTestId('member-row').nth(4).getByRole('link').click();
    await shoot(page, `member-detail-${suffix}`);

    await app.goTo('committees');
    await page.getByTestId('as-of').fill('2018-12-31');
    await shoot(page, `committees-${suffix}`);
    await page.getByTestId('committee-row').nth(2).getByRole('link').click();
    await shoot(page, `committee-detail-${suffix}`);
    await page.getByRole('link', { name: app.t.common.edit }).click();
    await shoot(page, `committee-form-${suffix}`);

    await page.getByRole('navigation').getByRole('link', { name: app.t.nav.timeline }).click();
    await page.locator('[data-testid="timeline-count"][data-complete="true"]').waitFor();
    await shoot(page, `timeline-${suffix}`);
    await page.getByTestId('timeline-row').nth(5).click();
    await shoot(page, `meeting-detail-${suffix}`);
    await page.goto('/#/activity');
    await page.getByTestId('timeline-row').nth(1).click();
    await shoot(page, `visit-detail-${suffix}`);
    await page.getByRole('navigation').getByRole('link', { name: app.t.nav.timeline }).click();
    await page.getByRole('link', { name: app.t.visits.add }).click();
    await shoot(page, `visit-entry-${suffix}`);
    await page.getByRole('navigation').getByRole('link', { name: app.t.nav.followUps }).click();
    await page.getByTestId('follow-up').first().waitFor();
    await shoot(page, `follow-ups-${suffix}`);
    await page.getByRole('navigation').getByRole('link', { name: app.t.nav.profile }).click();
    await shoot(page, `profile-${suffix}`);
    await page.goto('/#/activity/meetings/new');
    await page.getByTestId('meeting-title').waitFor();
    await shoot(page, `meeting-form-${suffix}`);

    // Sync: this laptop set up, then the project's signed sample bundle previewed and imported.
    const sync = new SyncPage(page, locale);
    await sync.setUpLaptop(app.t.profile.offices.hyogo, 'Sato Hanako', 'branch');
    await shoot(page, `profile-key-${suffix}`);
    await sync.chooseBundle(FIXTURE);
    await expect(page.getByTestId('import-counts')).toBeVisible();
    await shoot(page, `import-preview-${suffix}`);
    await page.getByRole('checkbox', { name: /NEAR Secretariat \(Pohang\)/ }).check();
    await page.getByRole('button', { name: app.t.sync.import.apply, exact: true }).click();
    await expect(page.getByTestId('import-summary')).toBeVisible();
    await shoot(page, `import-done-${suffix}`);
    await sync.open();
    await expect(page.getByTestId('sync-history')).toBeVisible();
    await shoot(page, `sync-${suffix}`, { fullPage: true });
    // Every record the bundle touched names the office it came from.
    await page.goto('/#/members?country=JP');
    await page.getByTestId('member-row').nth(4).getByRole('link').click();
    await expect(page.getByTestId('record-info')).toContainText('NEAR Secretariat (Pohang)');
    await shoot(page, `member-detail-synced-${suffix}`);
    await sync.open();
    const dragAway = await sync.dragOver('from-pohang.nearbundle');
    await expect(page.getByTestId('drop-hint')).toBeVisible();
    await shoot(page, `drop-hint-${suffix}`);
    await dragAway();
    await expect(page.getByTestId('drop-hint')).toHaveCount(0);
    await sync.dropFile('damaged.nearbundle', '{"format": "near-desk-bundle", "formatVersion": 1');
    await expect(page.getByTestId('refusal')).toBeVisible();
    await shoot(page, `import-refused-${suffix}`);
  });
}
