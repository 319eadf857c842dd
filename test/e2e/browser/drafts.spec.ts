import { expect, test, type Page } from '@playwright/test';
import { AppPage } from '../pages/app-page';
import { LeaveDialog } from '../pages/leave-dialog';
import { MemberForm } from '../pages/members-page';
import { look, everyRunLook, looksToRun, SCREEN_LOOKS } from '../support/screen-checks';

// The 12th General Assembly (2018) and Hyogo Prefecture, by their fixed ids in the 2018 sample.
const ASSEMBLY = '35883268-9b85-446f-a697-3ed1688f6935';
const HYOGO = '84569e3c-73b3-410e-ab3f-2c6ed5e1ebfb';
const ROLL_CALL = `/#/activity/meetings/${ASSEMBLY}/roll-call`;

/** The roll call of the 2018 assembly, with Hyogo's attendance control and the live quorum line. */
async function openRollCall(page: Page, app: AppPage) {
  await page.goto(ROLL_CALL);
  await expect(page.getByRole('heading', { name: app.t.governance.rollCall.title })).toBeVisible();
  const hyogo = page.locator(`[data-testid="roll-call-row"][data-member="${HYOGO}"]`);
  return { hyogo, quorum: page.getByTestId('quorum') };
}

async function clickSection(page: Page, name: string) {
  await page.getByRole('navigation').getByRole('link', { name }).click();
}

test.beforeEach(async ({ page }) => {
  // Whole flows over the 79-row roll call, on a machine shared with other test runs.
  test.setTimeout(180_000);
  await new AppPage(page).openWithSample();
});

test('leaving a half-done roll call asks first; staying keeps the work on screen', async ({ page }) => {
  const app = new AppPage(page);
  const leave = new LeaveDialog(page);
  const { hyogo, quorum } = await openRollCall(page, app);
  await expect(quorum).toContainText('29 present + 21 by written resolution');
  await hyogo.getByText(app.t.governance.rollCall.absent).click();
  await expect(quorum).toContainText('28 present + 21 by written resolution');

  await clickSection(page, app.t.nav.members);
  await expect(leave.dialog).toBeVisible();
  await expect(leave.dialog).toContainText(app.t.drafts.leaveHint);
  await leave.stay();
  await expect(page).toHaveURL(new RegExp(`${ASSEMBLY}/roll-call$`));
  await expect(quorum).toContainText('28 present');
  await expect(hyogo.getByRole('radio', { name: app.t.governance.rollCall.absent })).toBeChecked();
});

test('a roll call left with its draft kept comes back with a note, and the note discards it', async ({ page }) => {
  const app = new AppPage(page);
  const leave = new LeaveDialog(page);
  const before = await openRollCall(page, app);
  await before.hyogo.getByText(app.t.governance.rollCall.absent).click();
  // The 2018 items are on record without a tally; counting votes for the first one shows its fields.
  await page.getByTestId('agenda-item').first().getByText(app.t.governance.agenda.resultKinds.tally).click();
  await page.getByTestId('agenda-item').first().getByRole('textbox', { name: app.t.governance.agenda.inFavour }).fill('27');
  // Left at once, before the autosave's pause: choosing to keep the draft writes it there and then.
  await clickSection(page, app.t.nav.committees);
  await leave.leaveKeepingDraft();
  await expect(page.getByRole('heading', { name: app.t.committees.title, level: 2 })).toBeVisible();

  const { hyogo, quorum } = await openRollCall(page, app);
  await expect(page.getByTestId('draft-restored')).toBeVisible();
  await expect(quorum).toContainText('28 present + 21 by written resolution');
  await expect(hyogo.getByRole('radio', { name: app.t.governance.rollCall.absent })).toBeChecked();
  await expect(page.getByTestId('agenda-item').first().getByRole('textbox', { name: app.t.governance.agenda.inFavour })).toHaveValue('27');

  // The stored roll call is untouched until saved; discarding puts it back on screen.
  await page.getByTestId('draft-restored').getByRole('button', { name: app.t.common.discardDraft }).click();
  await expect(page.getByTestId('draft-restored')).toHaveCount(0);
  await expect(quorum).toContainText('29 present + 21 by written resolution');
  await expect(hyogo.getByRole('radio', { name: app.t.governance.rollCall.present })).toBeChecked();
  // Nothing left to ask about, and nothing comes back.
  await clickSection(page, app.t.nav.members);
  await expect(page.getByRole('heading', { name: app.t.members.title })).toBeVisible();
  await openRollCall(page, app);
  await expect(page.getByRole('heading', { name: app.t.governance.rollCall.title })).toBeVisible();
  await expect(page.getByTestId('draft-restored')).toHaveCount(0);
});

test('discarding on leaving throws the roll call changes away; saving leaves without a question', async ({ page }) => {
  const app = new AppPage(page);
  const leave = new LeaveDialog(page);
  const before = await openRollCall(page, app);
  await before.hyogo.getByText(app.t.governance.rollCall.written).click();
  await clickSection(page, app.t.nav.dues);
  await leave.discard();
  await expect(page).toHaveURL(/#\/dues/);

  const { hyogo, quorum } = await openRollCall(page, app);
  await expect(quorum).toContainText('29 present + 21 by written resolution');
  await expect(page.getByTestId('draft-restored')).toHaveCount(0);

  // The 2018 votes were cast by 50; Hyogo written instead of present keeps 50 attending.
  await hyogo.getByText(app.t.governance.rollCall.written).click();
  await expect(quorum).toContainText('28 present + 22 by written resolution');
  await page.getByRole('button', { name: app.t.common.save }).click();
  // Saving re-reads the dues of all 79 members while the big form re-renders: seconds on a loaded
  // machine, and several times that while a trace snapshots the page after every step.
  await expect(page).toHaveURL(new RegExp(`meetings/${ASSEMBLY}$`), { timeout: 30_000 });
  await expect(leave.dialog).toHaveCount(0);
  await openRollCall(page, app);
  await expect(page.getByTestId('quorum')).toContainText('28 present + 22 by written resolution');
  await expect(page.getByTestId('draft-restored')).toHaveCount(0);
});

test('a member edited and left asks, keeps the draft, brings it back, and saves it without asking', async ({ page }) => {
  const app = new AppPage(page);
  const leave = new LeaveDialog(page);
  const form = new MemberForm(page);
  await page.getByRole('link', { name: 'Hyogo Prefecture', exact: true }).click();
  await page.getByRole('link', { name: app.t.common.edit }).click();
  await expect(form.name('en')).toHaveValue('Hyogo Prefecture');
  await form.name('en').fill('Hyogo Prefecture (Kobe)');

  // The browser's Back button (Alt+Left) is held the same way as a click elsewhere.
  await page.goBack();
  await expect(leave.dialog).toBeVisible();
  await leave.stay();
  await expect(page).toHaveURL(new RegExp(`members/${HYOGO}/edit$`));
  await expect(form.name('en')).toHaveValue('Hyogo Prefecture (Kobe)');

  await clickSection(page, app.t.nav.committees);
  await leave.stay();
  await expect(form.name('en')).toHaveValue('Hyogo Prefecture (Kobe)');
  await clickSection(page, app.t.nav.committees);
  await leave.leaveKeepingDraft();
  await expect(page.getByRole('heading', { name: app.t.committees.title, level: 2 })).toBeVisible();

  // The registry is unchanged; the edit waits as a draft.
  await clickSection(page, app.t.nav.members);
  await page.getByRole('link', { name: 'Hyogo Prefecture', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Hyogo Prefecture', level: 2 })).toBeVisible();
  await page.getByRole('link', { name: app.t.common.edit }).click();
  await expect(page.getByTestId('draft-restored')).toBeVisible();
  await expect(form.name('en')).toHaveValue('Hyogo Prefecture (Kobe)');

  await form.save();
  await expect(page.getByRole('heading', { name: 'Hyogo Prefecture (Kobe)', level: 2 })).toBeVisible();
  await expect(leave.dialog).toHaveCount(0);
  await page.getByRole('link', { name: app.t.common.edit }).click();
  await expect(form.name('en')).toHaveValue('Hyogo Prefecture (Kobe)');
  await expect(page.getByTestId('draft-restored')).toHaveCount(0);
});

test('a form left unchanged, or changed and put back, is not asked about', async ({ page }) => {
  const app = new AppPage(page);
  const form = new MemberForm(page);
  await page.goto(`/#/members/${HYOGO}/edit`);
  await expect(form.name('en')).toHaveValue('Hyogo Prefecture');
  await clickSection(page, app.t.nav.committees);
  await expect(page.getByRole('heading', { name: app.t.committees.title, level: 2 })).toBeVisible();

  await page.goto(`/#/members/${HYOGO}/edit`);
  await form.name('en').fill('Hyogo');
  await form.name('en').fill('Hyogo Prefecture');
  await clickSection(page, app.t.nav.committees);
  await expect(page.getByRole('heading', { name: app.t.committees.title, level: 2 })).toBeVisible();
  await expect(new LeaveDialog(page).dialog).toHaveCount(0);
});

test('closing the window with unsaved changes asks the browser to confirm, and the draft is already kept', async ({ page, context }) => {
  const form = new MemberForm(page);
  await page.goto(`/#/members/${HYOGO}/edit`);
  await form.name('en').click();
  await form.name('en').fill('Hyogo Prefecture, Kobe');
  const asked = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const dialog = await asked;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.dismiss();
  expect(page.isClosed()).toBe(false);

  const other = await context.newPage();
  await new AppPage(other).open(`/members/${HYOGO}/edit`);
  await expect(other.getByTestId('draft-restored')).toBeVisible();
  await expect(new MemberForm(other).name('en')).toHaveValue('Hyogo Prefecture, Kobe');
});

for (const [locale, scheme] of looksToRun(SCREEN_LOOKS, everyRunLook)) {
  test(`the leave question in ${locale}, ${scheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const app = new AppPage(page);
    await app.switchLanguage(locale);
    const { hyogo } = await openRollCall(page, app);
    await hyogo.getByText(app.t.governance.rollCall.absent).click();
    await clickSection(page, app.t.nav.members);
    const leave = new LeaveDialog(page, locale);
    await expect(leave.dialog).toBeVisible();
    await look(page, `leave-dialog-${locale}-${scheme}`, locale !== 'ru');
    await leave.leaveKeepingDraft();
    await openRollCall(page, app);
    await expect(page.getByTestId('draft-restored')).toBeVisible();
    await look(page, `roll-call-draft-${locale}-${scheme}`, false);
  });
}
