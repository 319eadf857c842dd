import { readFile } from 'node:fs/promises';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { AppPage } from '../pages/app-page';
import { strings } from '../pages/locale-strings';
import { MembersPage } from '../pages/members-page';
import { SyncPage } from '../pages/sync-page';
import { TimelinePage } from '../pages/timeline-page';

const t = strings.en;

/** Chooses an empty registry on the first-run screen and waits until the choice is stored. */
async function startEmpty(page: Page): Promise<void> {
  await page.getByRole('button', { name: t.firstRun.empty }).click();
  await new AppPage(page).setUpLater();
  await expect(page.getByText(t.members.emptyRegistry)).toBeVisible();
}

/** A second laptop: its own browser context, so its own empty IndexedDB. */
async function laptop(browser: Browser) {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  return { context, page, app: new AppPage(page), sync: new SyncPage(page) };
}

test('Pohang sends the registry to a seconded office, which trusts it after comparing the fingerprint', async ({ browser }) => {
  test.setTimeout(150_000);
  const pohang = await laptop(browser);
  await pohang.app.openWithSample();
  const pohangKey = await pohang.sync.setUpLaptop('Pohang secretariat', 'Hong Jong-gyeong', 'secretariat');
  const bundle = await pohang.sync.exportBundle();
  await expect(pohang.page.getByTestId('sync-history')).toContainText(t.sync.history.export);

  const jilin = await laptop(browser);
  await jilin.app.open();
  await startEmpty(jilin.page);
  await jilin.sync.setUpLaptop('Seconded office, Jilin', 'Li Wei', 'seconded');
  await jilin.sync.chooseBundle(bundle);

  // First contact: who sent it and the fingerprint to compare; nothing inside is read before the person trusts it.
  await expect(jilin.page.getByTestId('bundle-sender')).toContainText('Pohang secretariat · Hong Jong-gyeong');
  await jilin.sync.trustSender('Pohang secretariat', pohangKey);
  // The preview: what it will add. Nothing changed yet.
  await expect(jilin.sync.count('members', 'added')).toHaveText('79');
  await expect(jilin.sync.count('committees', 'added')).toHaveText('17');
  await expect(jilin.sync.count('visits', 'added')).toHaveText('40');
  await jilin.sync.importTrusted();
  await jilin.page.goto('/#/members');
  await expect(new MembersPage(jilin.page).rows).toHaveCount(79);

  // The office is now trusted, and the history says what came from whom.
  await jilin.sync.open();
  await expect(jilin.page.getByTestId('offices')).toContainText(pohangKey);
  await expect(jilin.page.getByTestId('sync-history')).toContainText('Pohang secretariat · Hong Jong-gyeong');

  // Importing the same file again changes nothing and says so.
  await jilin.sync.dropBundle(bundle);
  await expect(jilin.page.getByText(/already imported/)).toBeVisible();
  await expect(jilin.sync.count('members', 'unchanged')).toHaveText('79');
  await expect(jilin.sync.count('members', 'added')).toHaveText('0');
  await pohang.context.close();
  await jilin.context.close();
});

test('a changed byte, a cut-off file and a wrong passphrase are refused with their reason and change nothing', async ({ browser }) => {
  test.setTimeout(150_000);
  const pohang = await laptop(browser);
  await pohang.app.openWithSample();
  const pohangKey = await pohang.sync.setUpLaptop('Pohang secretariat', 'Hong', 'secretariat');
  const bundle = await readFile(await pohang.sync.exportBundle(), 'utf8');
  const protectedPath = await pohang.sync.exportBundle({ passphrase: 'near 2018' });

  const hyogo = await laptop(browser);
  await hyogo.app.open();
  await startEmpty(hyogo.page);
  await hyogo.sync.setUpLaptop('Hyogo branch office', 'Sato', 'branch');
  await hyogo.sync.open();

  const tampered = bundle.replace('Pohang secretariat', 'Pohang secretariaT');
  await hyogo.sync.dropFile('tampered.nearbundle', tampered);
  await expect(hyogo.page.getByTestId('refusal')).toHaveText(t.sync.refused.badSignature);
  await expect(hyogo.page.getByText(t.sync.import.untouched)).toBeVisible();

  await hyogo.sync.dropFile('cut.nearbundle', bundle.slice(0, bundle.length / 2));
  await expect(hyogo.page.getByTestId('refusal')).toHaveText(t.sync.refused.truncated);

  await hyogo.sync.dropFile('notes.nearbundle', '{"hello": "world"}');
  await expect(hyogo.page.getByTestId('refusal')).toHaveText(t.sync.refused.wrongFormat);

  // A protected bundle from an office met for the first time: trust first, then the passphrase.
  await hyogo.sync.dropBundle(protectedPath);
  await hyogo.sync.trustSender('Pohang secretariat', pohangKey);
  await hyogo.page.getByLabel(t.sync.import.passphrase).fill('wrong');
  await hyogo.page.getByRole('button', { name: t.sync.import.unlock }).click();
  await expect(hyogo.page.getByText(t.sync.refused.wrongPassphrase)).toBeVisible();
  await hyogo.page.getByLabel(t.sync.import.passphrase).fill('near 2018');
  await hyogo.page.getByRole('button', { name: t.sync.import.unlock }).click();
  await expect(hyogo.sync.count('members', 'added')).toHaveText('79');
  await hyogo.page.getByRole('button', { name: t.common.cancel }).click();

  // Nothing arrived: the registry is still empty and no office is trusted.
  await hyogo.page.goto('/#/members');
  await expect(hyogo.page.getByText(t.members.emptyRegistry)).toBeVisible();
  await hyogo.sync.open();
  await expect(hyogo.page.getByText(t.sync.offices.empty)).toBeVisible();
  await pohang.context.close();
  await hyogo.context.close();
});

test('the same visit edited in two offices shows as a conflict until a person settles it', async ({ browser }) => {
  test.setTimeout(180_000);
  const pohang = await laptop(browser);
  await pohang.app.openWithSample();
  const pohangKey = await pohang.sync.setUpLaptop('Pohang secretariat', 'Hong', 'secretariat');
  const hyogo = await laptop(browser);
  await hyogo.app.open();
  await startEmpty(hyogo.page);
  const hyogoKey = await hyogo.sync.setUpLaptop('Hyogo branch office', 'Sato', 'branch');

  // A full exchange both ways.
  await hyogo.sync.chooseBundle(await pohang.sync.exportBundle());
  await hyogo.sync.importTrusting('Pohang secretariat', pohangKey);
  await pohang.sync.chooseBundle(await hyogo.sync.exportBundle({ for: 'Pohang secretariat · Hong' }));
  await pohang.sync.importTrusting('Hyogo branch office', hyogoKey);

  // Both edit the subject of the same visit, neither seeing the other's change.
  const rename = async (page: typeof pohang.page, subject: string) => {
    const timeline = new TimelinePage(page);
    await timeline.open();
    await timeline.search('Akita Prefecture');
    await timeline.expectCount(2);
    await timeline.rows.filter({ hasText: 'visits Akita' }).click();
    await page.getByRole('link', { name: t.common.edit }).click();
    await page.getByTestId('visit-title').fill(subject);
    await page.getByRole('button', { name: t.common.save }).click();
    await expect(page.getByRole('heading', { name: subject })).toBeVisible();
  };
  await rename(pohang.page, 'Akita visit (Pohang notes)');
  await rename(hyogo.page, 'Akita visit (Hyogo notes)');

  // Hyogo's incremental bundle carries just that visit.
  await pohang.sync.chooseBundle(await hyogo.sync.exportBundle({ for: 'Pohang secretariat · Hong' }));
  await expect(pohang.sync.count('visits', 'changed')).toHaveText('1');
  await expect(pohang.sync.count('members', 'unchanged')).toHaveText('0');
  await pohang.sync.importTrusted();
  const badge = pohang.page.getByRole('navigation').getByLabel('1 conflicts to review');
  await expect(badge).toBeVisible();

  await pohang.page.getByRole('link', { name: t.sync.conflicts.review }).click();
  const conflict = pohang.page.getByTestId('conflict');
  await expect(conflict).toHaveCount(1);
  await pohang.page.screenshot({ path: 'test/e2e/screenshots/conflicts-en-light.png' });
  await pohang.page.emulateMedia({ colorScheme: 'dark' });
  await pohang.app.switchLanguage('zh');
  await pohang.page.screenshot({ path: 'test/e2e/screenshots/conflicts-zh-dark.png' });
  await pohang.app.switchLanguage('en');
  // Only the language that differs is shown (both offices edited the English subject).
  const kept = ((await conflict.getByTestId('kept-value').textContent()) ?? '').replace(/^EN: /, '');
  const other = ((await conflict.getByTestId('other-value').textContent()) ?? '').replace(/^EN: /, '');
  expect([kept, other].sort()).toEqual(['Akita visit (Hyogo notes)', 'Akita visit (Pohang notes)']);
  await expect(conflict.getByText('Subject', { exact: true })).toBeVisible();
  await conflict.getByRole('button', { name: t.sync.conflicts.useOther }).click();
  await expect(pohang.page.getByText(t.sync.conflicts.none)).toBeVisible();
  await expect(badge).toHaveCount(0);
  // The value the person picked is now the visit's subject.
  const timeline = new TimelinePage(pohang.page);
  await timeline.open();
  await timeline.search('Akita visit');
  await timeline.expectCount(1);
  await expect(timeline.rows).toContainText(other);
  await pohang.context.close();
  await hyogo.context.close();
});

test('an exported bundle is a JSON file whose header names the sender and the counts', async ({ browser }) => {
  const pohang = await laptop(browser);
  await pohang.app.openWithSample();
  await pohang.sync.setUpLaptop('Pohang secretariat', 'Hong', 'secretariat');
  const path = await pohang.sync.exportBundle();
  const parsed = JSON.parse(await readFile(path, 'utf8')) as {
    format: string;
    formatVersion: number;
    sender: { office: string };
    counts: { segments: number; changes: Record<string, number> };
    content: { segments: Array<{ body: { author: { office: string }; changes: unknown[] } }> };
  };
  expect(parsed.format).toBe('near-desk-bundle');
  expect(parsed.formatVersion).toBe(3);
  expect(parsed.sender.office).toBe('Pohang secretariat');
  expect(parsed.counts.changes.members).toBe(79);
  // The changes travel in segments signed by the office that made them.
  expect(parsed.counts.segments).toBe(parsed.content.segments.length);
  expect(parsed.content.segments.every((segment) => segment.body.author.office === 'Pohang secretariat')).toBe(true);
  await pohang.context.close();
});
