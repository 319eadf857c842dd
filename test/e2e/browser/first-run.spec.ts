import { expect, test } from '@playwright/test';
import { AppPage } from '../pages/app-page';
import { MembersPage } from '../pages/members-page';
import { SyncPage } from '../pages/sync-page';
import { look, everyRunLook, looksToRun, SCREEN_LOOKS } from '../support/screen-checks';

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
  await app.setUpLater();
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

test('the first run leads once through the sample and this laptop, asks office and part once, and lands on the registry', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  const steps = page.getByTestId('setup-steps');
  await expect(steps).toContainText(app.t.firstRun.stepData);
  await expect(steps).toContainText(app.t.firstRun.stepLaptop);
  await page.getByRole('button', { name: app.t.firstRun.load }).click();

  await expect(page.getByRole('heading', { name: app.t.firstRun.laptopTitle, level: 2 })).toBeVisible();
  await expect(page).toHaveURL(/#\/profile\?setup/);
  // One question for the office: its part in sync names it, until a name of its own is written.
  const main = page.getByRole('main');
  await expect(main.getByRole('radiogroup')).toHaveCount(1);
  await expect(main.getByRole('radio')).toHaveCount(3);
  const office = page.getByRole('textbox', { name: app.t.profile.office });
  await expect(office).toHaveValue('');
  await page.getByRole('radio', { name: app.t.sync.roles.branch }).check();
  await expect(office).toHaveValue(app.t.sync.roles.branch);
  await page.getByRole('radio', { name: app.t.sync.roles.seconded }).check();
  await expect(office).toHaveValue(app.t.sync.roles.seconded);

  // Nothing missing may pass: each field says what it needs.
  await office.fill('');
  await page.getByRole('button', { name: app.t.firstRun.finish }).click();
  await expect(page.getByText(app.t.validation.required)).toHaveCount(2);
  await expect(page.getByRole('heading', { name: app.t.firstRun.laptopTitle, level: 2 })).toBeVisible();

  await office.fill('Seconded office, Yakutsk');
  await page.getByRole('radio', { name: app.t.sync.roles.branch }).check();
  await expect(office).toHaveValue('Seconded office, Yakutsk');
  await page.getByRole('radio', { name: app.t.sync.roles.seconded }).check();
  await page.getByRole('textbox', { name: app.t.profile.person }).fill('Aisen Ivanov');
  await page.getByRole('button', { name: app.t.firstRun.finish }).click();

  await expect(page.getByRole('heading', { name: app.t.members.title })).toBeVisible();
  await expect(page).toHaveURL(/#\/members$/);
  await expect(page.getByText('This laptop is set up: Seconded office, Yakutsk, Aisen Ivanov.')).toBeVisible();
  await expect(new MembersPage(page).rows).toHaveCount(79);

  // Nothing is asked again: sync is ready with its key, and visits know who logs them.
  await new SyncPage(page).open();
  await expect(page.getByText(`Seconded office, Yakutsk · Aisen Ivanov · ${app.t.sync.roles.seconded}`)).toBeVisible();
  await expect(page.getByTestId('own-fingerprint')).toHaveText(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/);
  await expect(page.getByText(app.t.sync.identity.setupTitle)).toHaveCount(0);
  await page.goto('/#/activity/visits/new');
  await expect(page.getByRole('textbox', { name: app.t.visits.office })).toHaveValue('Seconded office, Yakutsk');
  await expect(page.getByText(app.t.profile.missing)).toHaveCount(0);
  await page.goto('/');
  await page.reload();
  await expect(page.getByRole('heading', { name: app.t.members.title })).toBeVisible();
  await expect(page.getByRole('heading', { name: app.t.firstRun.laptopTitle })).toHaveCount(0);
});

for (const [locale, scheme] of looksToRun(SCREEN_LOOKS, everyRunLook)) {
  test(`the first run's two steps in ${locale}, ${scheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const app = new AppPage(page);
    await app.open();
    await app.switchLanguage(locale);
    const audit = locale !== 'ru';
    await look(page, `first-run-data-${locale}-${scheme}`, audit);
    await page.getByRole('button', { name: app.t.firstRun.load }).click();
    await expect(page.getByRole('heading', { name: app.t.firstRun.laptopTitle, level: 2 })).toBeVisible();
    await page.getByRole('alert').first().waitFor({ state: 'detached' }).catch(() => undefined);
    await page.getByRole('radio', { name: app.t.sync.roles.secretariat }).check();
    await look(page, `first-run-laptop-${locale}-${scheme}`, audit);
  });
}
