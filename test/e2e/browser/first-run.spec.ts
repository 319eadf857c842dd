import { expect, test } from '@playwright/test';
import { AppPage } from '../pages/app-page';
import { MembersPage } from '../pages/members-page';

test('a fresh laptop offers the sample data and one click loads the 2018 registry', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await expect(page.getByRole('heading', { name: app.t.firstRun.title })).toBeVisible();
  await app.loadSample();

  const members = new MembersPage(page);
  await expect(members.rows).toHaveCount(79);
  const expected = { CN: '11', KP: '2', JP: '11', MN: '22', KR: '16', RU: '16' };
  for (const [country, count] of Object.entries(expected)) {
    expect(await members.countFor(country), country).toBe(count);
  }
  await expect(page.getByTestId('members-summary')).toHaveText('Members: 78 · associate members: 1');

  // The choice is remembered: a reload goes straight to the registry.
  await page.reload();
  await expect(members.rows).toHaveCount(79);
  await expect(page.getByRole('heading', { name: app.t.firstRun.title })).toHaveCount(0);
});

test('the committee table matches the report, with Tourism co-coordinated', async ({ page }) => {
  const app = new AppPage(page);
  await app.openWithSample();
  await app.goTo('committees');
  const rows = page.getByTestId('committee-row');
  await expect(rows).toHaveCount(17);
  const tourism = rows.filter({ hasText: 'Tourism Committee' });
  await expect(tourism).toContainText('Henan Province, Ningxia Hui Autonomous Region');
  await expect(tourism).toContainText('2008');
});

test('starting empty leaves an empty registry and does not ask again', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await page.getByRole('button', { name: app.t.firstRun.empty }).click();
  await expect(page.getByText(app.t.members.emptyRegistry)).toBeVisible();
  await page.reload();
  await expect(page.getByText(app.t.members.emptyRegistry)).toBeVisible();
});

test('the laptop page shows the storage used and whether the engine keeps the data permanently', async ({ page }) => {
  const app = new AppPage(page);
  await app.openWithSample();
  await page.goto('/#/profile');
  const storage = page.getByTestId('storage');
  await expect(storage.getByTestId('storage-usage')).toContainText(/\d.* (B|KB|MB|GB) used of [\d.,]+ (MB|GB|TB) available to NEAR Desk/);
  // The screen says what the engine says, after the app asked at start-up.
  const persisted = await page.evaluate(() => navigator.storage.persisted());
  await expect(storage.getByTestId('storage-persisted')).toHaveAttribute('data-persisted', String(persisted));
  await expect(storage.getByTestId('storage-persisted')).toHaveText(persisted ? app.t.profile.storage.persisted : app.t.profile.storage.notPersisted);
  await page.screenshot({ path: 'test/e2e/screenshots/profile-storage-en-light.png', fullPage: true });
});
