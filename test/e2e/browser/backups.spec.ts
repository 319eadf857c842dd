import { expect, test, type Page } from '@playwright/test';
import { AppPage } from '../pages/app-page';
import { MemberForm, MembersPage } from '../pages/members-page';
import { SyncPage } from '../pages/sync-page';
import { APP_VERSION } from '../../../shared/version';

/** The backups page as a user reaches it: the navigation. */
async function openBackups(page: Page, app: AppPage): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: app.t.backups.title }).click();
  await expect(page.getByRole('heading', { name: app.t.backups.title, level: 2 })).toBeVisible();
}

const rows = (page: Page) => page.getByTestId('backup-row');

/** Puts files into the browser's backups folder behind the app's back, each holding the start of a gzip stream and no more. */
async function plantBackups(page: Page, names: string[]): Promise<void> {
  await page.evaluate(async (planted) => {
    const folder = await (await navigator.storage.getDirectory()).getDirectoryHandle('backups', { create: true });
    for (const name of planted) {
      const writable = await (await folder.getFileHandle(name, { create: true })).createWritable();
      await writable.write(new Uint8Array([0x1f, 0x8b, 0x08, 0x00, 0x01, 0x02]));
      await writable.close();
    }
  }, names);
}

test('a backup by hand is restored after a change, and the restore is itself backed up first', async ({ page }) => {
  const app = new AppPage(page);
  await app.openWithSample();
  await openBackups(page, app);
  await expect(page.getByText(app.t.backups.list.empty)).toBeVisible();
  await page.getByRole('button', { name: app.t.backups.now }).click();
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText(app.t.backups.reasons.manual);

  // A member added after the backup.
  const members = new MembersPage(page);
  await page.getByRole('navigation').getByRole('link', { name: app.t.nav.members }).click();
  const form = await members.startAdding();
  await form.name('en').fill('Gangwon State');
  await form.name('native').fill('강원특별자치도');
  await form.chooseCountry('Republic of Korea');
  await form.save();
  await page.getByRole('navigation').getByRole('link', { name: app.t.nav.members }).click();
  await expect(members.rows).toHaveCount(80);

  await openBackups(page, app);
  await rows(page).first().getByRole('button', { name: app.t.backups.list.restore }).click();
  const preview = page.getByRole('dialog');
  await expect(preview.getByTestId('restore-counts').locator('[data-table="members"]')).toContainText(/80\s*79/);
  await preview.getByRole('button', { name: app.t.backups.preview.confirm }).click();

  // The window reloads on the restored data and says what happened.
  await expect(page.getByTestId('restored-notice')).toBeVisible({ timeout: 20_000 });
  await expect(rows(page)).toHaveCount(2);
  await expect(rows(page).first()).toContainText(app.t.backups.reasons['before-restore']);
  await page.getByRole('navigation').getByRole('link', { name: app.t.nav.members }).click();
  await expect(members.rows).toHaveCount(79);
});

test('the number of backups kept is a setting, a damaged backup is refused without changing anything, and backups dated in the future never push a new one out', async ({ page }) => {
  // Five backups and four reloads: on a shared 2-core machine that is more than a minute.
  test.setTimeout(90_000);
  const app = new AppPage(page);
  await app.openWithSample();
  await openBackups(page, app);
  const keep = page.getByRole('textbox', { name: app.t.backups.settings.keep });
  await keep.fill('3');
  await keep.blur();
  for (let index = 0; index < 4; index += 1) {
    await page.getByRole('button', { name: app.t.backups.now }).click();
    await expect(page.getByRole('button', { name: app.t.backups.now })).toBeEnabled();
    await expect(rows(page)).toHaveCount(Math.min(index + 1, 3));
  }
  // The setting is kept: the page reads it back after a reload.
  await page.reload();
  await expect(page.getByRole('textbox', { name: app.t.backups.settings.keep })).toHaveValue('3');

  // A file cut off in the middle (a full disk on an older version, a copy interrupted), dated in the future.
  await plantBackups(page, ['near-desk-20990101-000000-000-manual.nearbackup']);
  await page.reload();
  await rows(page).first().getByRole('button', { name: app.t.backups.list.restore }).click();
  await expect(page.getByTestId('restore-refused')).toHaveText(app.t.backups.refused.unreadable);
  await expect(page.getByRole('dialog').getByRole('button', { name: app.t.backups.preview.confirm })).toHaveCount(0);
  await page.getByRole('dialog').getByRole('button', { name: app.t.common.cancel }).click();

  // Three dated in the future fill the number to keep: the new backup is kept, nothing is deleted, and the user is told.
  await plantBackups(page, ['near-desk-20990102-000000-000-manual.nearbackup', 'near-desk-20990103-000000-000-manual.nearbackup']);
  await page.reload();
  await expect(rows(page)).toHaveCount(6);
  await page.getByRole('button', { name: app.t.backups.now }).click();
  await expect(page.getByText(app.t.backups.outranked.replace('{{newer}}', '3'))).toBeVisible();
  // The new one is listed among the rest: kept, and nothing else deleted.
  await expect(rows(page)).toHaveCount(7);

  await page.getByRole('navigation').getByRole('link', { name: app.t.nav.members }).click();
  await expect(new MembersPage(page).rows).toHaveCount(79);
});

test('a full disk: loading the sample is refused with a clear message and nothing is half-written; with room again it loads', async ({ page }) => {
  const app = new AppPage(page);
  // The engine's own quota check, as on a laptop whose disk is nearly full: room to open the
  // database, not for the registry. Chromium reads the quota when the database is first opened.
  const cdp = await page.context().newCDPSession(page);
  const origin = new URL(test.info().project.use.baseURL!).origin;
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 150_000 });
  await app.open();
  await page.getByRole('button', { name: app.t.firstRun.load }).click();
  await expect(page.getByText(app.t.errors.quota.replace(/[.。]\s*$/, ''), { exact: false })).toBeVisible();
  // One transaction: not a single member of the sample was written.
  expect(await page.evaluate(() => new Promise<number>((resolve) => {
    const open = indexedDB.open('near-desk');
    open.onsuccess = () => {
      const request = open.result.transaction('members').objectStore('members').count();
      request.onsuccess = () => {
        open.result.close();
        resolve(request.result);
      };
    };
  }))).toBe(0);

  await cdp.send('Storage.overrideQuotaForOrigin', { origin });
  await page.reload();
  await app.loadSample();
  await expect(new MembersPage(page).rows).toHaveCount(79);
});

test('after the window goes away unsaved, a half-typed member comes back, and is gone once saved', async ({ page: crashing, context }) => {
  const before = new AppPage(crashing);
  await before.openWithSample();
  const typing = await new MembersPage(crashing).startAdding();
  await typing.name('en').fill('Gangwon State');
  await typing.name('native').fill('강원특별자치도');
  await crashing.waitForTimeout(800);
  // The window goes away without saving (a crash, a power cut, a closed lid); Chromium's own crash
  // switch takes the whole headless browser down here, so the page is closed without its unload.
  await crashing.close({ runBeforeUnload: false });

  // The window opened again on the same profile, as Electron's reload does.
  const page = await context.newPage();
  await new AppPage(page).open('/members/new');
  const form = new MemberForm(page);
  await expect(page.getByTestId('draft-restored')).toBeVisible();
  await expect(form.name('en')).toHaveValue('Gangwon State');
  await expect(form.name('native')).toHaveValue('강원특별자치도');
  await form.chooseCountry('Republic of Korea');
  await form.save();
  await expect(page.getByRole('heading', { name: 'Gangwon State', level: 2 })).toBeVisible();
  await page.goto('/#/members/new');
  await expect(form.name('en')).toHaveValue('');
  await expect(page.getByTestId('draft-restored')).toHaveCount(0);
});

test('About names the version, folders, office and key; the backups page works from the keyboard alone with a visible focus ring', async ({ page }) => {
  const app = new AppPage(page);
  await app.openWithSample();
  const fingerprint = await new SyncPage(page).setUpLaptop(app.t.profile.offices.pohang, 'Kim Minji', 'secretariat');
  await page.getByRole('button', { name: app.t.about.title }).click();
  const about = page.getByTestId('about');
  await expect(about.locator('[data-row="version"]')).toContainText(APP_VERSION);
  await expect(about.locator('[data-row="office"]')).toContainText(`${app.t.profile.offices.pohang} · Kim Minji`);
  await expect(about.locator('[data-row="fingerprint"]')).toContainText(fingerprint);
  await expect(about.locator('[data-row="backups"]')).toContainText('backups');
  await expect(about.locator('[data-row="updates"]')).toContainText(app.t.about.updatesOff);
  await page.keyboard.press('Escape');
  await expect(about).toHaveCount(0);

  /** Presses Tab until the element `matches` says is focused, then checks its focus ring can be seen. */
  const tabTo = async (matches: (text: string) => boolean, text = '') => {
    for (let presses = 0; presses < 40; presses += 1) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(matches, text)) {
        const ring = await page.evaluate(() => {
          const style = getComputedStyle(document.activeElement!);
          return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
        });
        expect(ring.style).not.toBe('none');
        expect(ring.width).toBeGreaterThan(0);
        return;
      }
    }
    throw new Error('not reached with Tab');
  };
  await page.mouse.click(1, 1);
  await tabTo(() => document.activeElement?.getAttribute('href') === '#/backups');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: app.t.backups.title, level: 2 })).toBeVisible();
  await tabTo((label) => document.activeElement?.textContent === label, app.t.backups.now);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('backup-row')).toHaveCount(1);
  await tabTo(() => document.activeElement?.closest('[data-testid="backup-row"]') !== null);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('restore-counts')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('restore-counts')).toHaveCount(0);
});
