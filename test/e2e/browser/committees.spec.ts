import { expect, test } from '@playwright/test';
import { AppPage } from '../pages/app-page';
import { LeaveDialog } from '../pages/leave-dialog';

test.beforeEach(async ({ page }) => {
  const app = new AppPage(page);
  await app.openWithSample();
  await app.goTo('committees');
});

test('committees whose coordinator held no meeting for two years are flagged (Art. 5-7)', async ({ page }) => {
  await page.getByTestId('as-of').fill('2018-12-31');
  const row = (name: string) => page.getByTestId('committee-row').filter({ hasText: name });
  await expect(row('Sports Committee')).toHaveAttribute('data-status', 'inactive');
  await expect(row('Disaster Prevention Committee')).toHaveAttribute('data-status', 'active');
  await expect(row('Youth Policy Committee')).toHaveAttribute('data-status', 'active');
  // The report gives no date for its meetings; not among 2018's meetings, it last met in 2017 or earlier.
  await expect(row('Economy and Culture Exchange Committee')).toHaveAttribute('data-status', 'active');
  // "Not met for many years" in May 2018: flagged as the report says.
  await expect(row('Tourism Committee')).toHaveAttribute('data-status', 'inactive');
  await expect(row('Tourism Committee')).toContainText('2016 or earlier');
  await expect(page.locator('[data-status="undated"]')).toHaveCount(0);
  await expect(page.getByTestId('committees-summary')).toContainText('17 running, 2 flagged inactive');

  await page.getByTestId('as-of').fill('2020-12-31');
  await expect(row('Disaster Prevention Committee')).toHaveAttribute('data-status', 'inactive');
  await expect(row('Youth Policy Committee')).toHaveAttribute('data-status', 'inactive');
  await expect(row('Economy and Culture Exchange Committee')).toHaveAttribute('data-status', 'inactive');
  await row('Tourism Committee').getByRole('link').first().click();
  await expect(page.getByRole('alert').or(page.locator('.mantine-Alert-root')).first()).toContainText('Last meeting: 2016 or earlier. No meeting or activity for at least');
  await expect(page.getByText('which has not met for many years')).toBeVisible();
});

test('add a committee with co-coordinators found by typing in any language, then retire it', async ({ page }) => {
  await page.getByRole('link', { name: 'Add committee' }).click();
  await page.getByRole('textbox', { name: 'English' }).first().fill('Cruise Tourism Committee');
  const coordinators = page.getByTestId('committee-coordinators');
  await coordinators.fill('庆尚北');
  await page.getByRole('option', { name: /Gyeongsangbuk-do/ }).click();
  await coordinators.fill('Приморск');
  await page.getByRole('option', { name: /Primorsky/ }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('textbox', { name: 'Founded' }).fill('2019');
  await page.getByRole('button', { name: 'Save' }).click();

  await expect(page.getByRole('heading', { name: 'Cruise Tourism Committee', level: 2 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Gyeongsangbuk-do' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Primorsky/ })).toBeVisible();

  await page.getByRole('button', { name: 'Retire' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Retire' }).click();
  await expect(page.getByRole('button', { name: 'Reinstate' })).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Committees' }).click();
  await expect(page.getByTestId('committee-row')).toHaveCount(17);
  await page.getByRole('switch', { name: 'Show retired committees' }).check();
  await expect(page.getByTestId('committee-row')).toHaveCount(18);
});

test('a committee without coordinator or founding year is refused and not saved', async ({ page }) => {
  await page.getByRole('link', { name: 'Add committee' }).click();
  await page.getByRole('textbox', { name: 'English' }).first().fill('Incomplete Committee');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Choose at least one coordinator government.')).toBeVisible();
  await expect(page.getByText('Enter a year such as 2018.')).toBeVisible();
  // Leaving the refused form asks first; discarding it leaves nothing behind.
  await page.getByRole('navigation').getByRole('link', { name: 'Committees' }).click();
  await new LeaveDialog(page).discard();
  await expect(page.getByTestId('committee-row')).toHaveCount(17);
});
