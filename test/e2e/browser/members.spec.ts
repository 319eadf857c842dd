import { expect, test } from '@playwright/test';
import { AppPage } from '../pages/app-page';
import { MembersPage } from '../pages/members-page';
import { LeaveDialog } from '../pages/leave-dialog';

test.beforeEach(async ({ page }) => {
  await new AppPage(page).openWithSample();
});

test('add, edit and delete a member', async ({ page }) => {
  const members = new MembersPage(page);
  const form = await members.startAdding();
  await form.name('en').fill('Gangwon State');
  await form.name('native').fill('강원특별자치도');
  await form.name('ko').fill('강원특별자치도');
  await form.chooseCountry('Republic of Korea');
  await page.getByRole('textbox', { name: 'Admitted' }).fill('2023');
  await form.save();
  await expect(page.getByRole('heading', { name: 'Gangwon State', level: 2 })).toBeVisible();
  await expect(page.getByText('Gangwon State was added.')).toBeVisible();

  await page.getByRole('link', { name: 'Edit' }).click();
  await form.name('en').fill('Gangwon Special Self-Governing Province');
  await form.save();
  await expect(page.getByRole('heading', { name: 'Gangwon Special Self-Governing Province', level: 2 })).toBeVisible();

  await page.getByRole('navigation').getByRole('link', { name: 'Members' }).click();
  await expect(members.rows).toHaveCount(80);
  expect(await members.countFor('KR')).toBe('17');

  await members.openMember('Gangwon Special Self-Governing Province');
  await page.getByRole('button', { name: 'Delete' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Delete Gangwon Special Self-Governing Province?');
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(members.rows).toHaveCount(79);
  expect(await members.countFor('KR')).toBe('16');
});

test('invalid input is refused with a message next to each field, and nothing is saved', async ({ page }) => {
  const members = new MembersPage(page);
  const form = await members.startAdding();
  await page.getByRole('textbox', { name: 'Admitted' }).fill('1990');
  await form.save();

  await expect(page.getByTestId('form-error')).toHaveText('Some fields need attention. Nothing was saved.');
  await expect(form.errorFor(form.name('en'))).toHaveText('Required.');
  await expect(form.errorFor(form.name('native'))).toHaveText('Required.');
  await expect(page.getByText('NEAR was founded in 1996; admission cannot be earlier.')).toBeVisible();
  await expect(page.getByText('Choose a country.')).toBeVisible();

  // The same government twice is caught by the domain, next to the name.
  await form.name('en').fill('Hyogo Prefecture');
  await form.name('native').fill('兵庫県');
  await form.chooseCountry('Japan');
  await page.getByRole('textbox', { name: 'Admitted' }).fill('');
  await form.save();
  await expect(page.getByText('A member with this English name already exists in this country.')).toBeVisible();

  // Cancelling a form with changes asks first; discarding them leaves nothing behind.
  await page.getByRole('button', { name: 'Cancel' }).click();
  await new LeaveDialog(page).discard();
  await expect(members.rows).toHaveCount(79);
});

test('a coordinator cannot be deleted while its committee runs', async ({ page }) => {
  const members = new MembersPage(page);
  await members.openMember('Hyogo Prefecture');
  await expect(page.getByRole('link', { name: 'Disaster Prevention Committee' })).toBeVisible();
  await page.getByRole('button', { name: 'Delete' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('alert')).toContainText('Hyogo Prefecture coordinates Disaster Prevention Committee');
  await expect(dialog.getByRole('button', { name: 'Delete' })).toBeDisabled();
});

test('search finds members by a name in any language, and filters narrow the list', async ({ page }) => {
  const members = new MembersPage(page);
  for (const query of ['兵庫', '효고', 'Хиого', 'hyogo']) {
    await members.search(query);
    await expect(members.rows, query).toHaveCount(1);
    await expect(members.rows.first()).toContainText('Hyogo Prefecture');
  }
  await members.search('');
  await members.filterCountry('Mongolia');
  await expect(members.rows).toHaveCount(22);
  // Govi-Altai, Govisumber, Dornogovi, Dundgovi and Umnugovi; the country filter still applies.
  await members.search('govi');
  await expect(members.rows).toHaveCount(5);
  await members.search('Говь');
  await expect(members.rows).toHaveCount(5);
  await members.search('');
  await members.filterCountry('All countries');
  await members.filterKind('Associate member');
  await expect(members.rows).toHaveCount(1);
  await expect(members.rows.first()).toContainText('Ho Chi Minh City');
});
