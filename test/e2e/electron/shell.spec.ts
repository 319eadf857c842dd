import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { electronBinary, launchApp } from '../support/electron-app';

const binary = electronBinary();
if ('missing' in binary) {
  // Printed so CI logs say why these tests did not run, not just that they were skipped.
  console.log(`Electron end-to-end tests skipped: ${binary.missing}`);
}
test.skip('missing' in binary, 'missing' in binary ? binary.missing : '');

test('the window is sandboxed: no Node, only the contract API, served from app://', async () => {
  const { app } = await launchApp();
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  expect(page.url()).toMatch(/^app:\/\/near-desk\//);
  const exposed = await page.evaluate(() => ({
    require: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (window as unknown as { process?: unknown }).process,
    api: Object.keys((window as unknown as { nearDesk: object }).nearDesk).sort(),
  }));
  expect(exposed).toEqual({ require: 'undefined', process: 'undefined', api: ['getAppInfo', 'listBackups', 'onBundleOpened', 'onMenuCommand', 'openBundle', 'printToPdf', 'readBackup', 'saveBundle', 'saveFile', 'setLocale', 'writeBackup'] });
  // With context isolation the page cannot reach into the preload's world to alter the API.
  const tampered = await page.evaluate(() => {
    try {
      (window as unknown as { nearDesk: Record<string, unknown> }).nearDesk.getAppInfo = () => 'hijacked';
    } catch {
      return false;
    }
    return (window as unknown as { nearDesk: { getAppInfo(): unknown } }).nearDesk.getAppInfo() === 'hijacked';
  });
  expect(tampered).toBe(false);
  await app.close();
});

test('navigation to another origin and window.open are refused: no window opens, and no system browser either', async () => {
  const { app } = await launchApp();
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  // Every call main makes to the system browser is recorded instead.
  const patched = await app.evaluate(({ shell }) => {
    const calls: string[] = [];
    (globalThis as unknown as { externalCalls: string[] }).externalCalls = calls;
    const record = async (url: string) => {
      calls.push(url);
    };
    shell.openExternal = record;
    return shell.openExternal === record;
  });
  expect(patched).toBe(true);
  const opened = await page.evaluate(() => [window.open('https://example.com/?leak=data'), window.open('http://example.org/', '_blank', 'noopener')].every((handle) => handle === null));
  expect(opened).toBe(true);
  await page.evaluate(() => {
    const link = Object.assign(document.createElement('a'), { href: 'https://example.com/', target: '_blank' });
    document.body.append(link);
    link.click();
  });
  await page.evaluate(() => {
    window.location.href = 'https://example.com/';
  });
  await page.waitForTimeout(500);
  expect(page.url()).toMatch(/^app:\/\/near-desk\//);
  expect(app.windows()).toHaveLength(1);
  expect(await app.evaluate(() => (globalThis as unknown as { externalCalls: string[] }).externalCalls)).toEqual([]);
  await app.close();
});

test('first run loads the sample, and the language and data survive a restart', async () => {
  const { app, userData } = await launchApp();
  const page = await app.firstWindow();
  await page.getByRole('button', { name: 'Load NEAR sample data' }).click();
  await expect(page.getByTestId('member-row')).toHaveCount(79);
  await page.getByRole('combobox', { name: 'Language' }).click();
  await page.getByRole('option', { name: '日本語' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  const menuLabel = await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.map((item) => item.label));
  expect(menuLabel).toContain('ファイル');
  await app.close();

  const again = await launchApp(userData);
  const reopened = await again.app.firstWindow();
  await expect(reopened.getByTestId('member-row')).toHaveCount(79);
  await expect(reopened.locator('html')).toHaveAttribute('lang', 'ja');
  await again.app.close();
});

test('a bundle file given at launch (a double-click once packaged) opens in the import preview', async () => {
  const fixture = join(process.cwd(), 'test/fixtures/sample-2018.nearbundle');
  const { app } = await launchApp(undefined, [fixture]);
  const page = await app.firstWindow();
  await page.getByRole('button', { name: 'Start with an empty registry' }).click();
  // Sync needs this laptop's office, role and key; until then the preview says what is missing.
  await expect(page.getByRole('heading', { name: 'Import a bundle' })).toBeVisible();
  await expect(page.getByTestId('refusal')).toContainText('This laptop');
  await app.close();
});

test('Back Up Now in the File menu writes a backup into the user-data folder, and the menu offers print and restore', async () => {
  const { app, userData } = await launchApp();
  const page = await app.firstWindow();
  await page.getByRole('button', { name: 'Load NEAR sample data' }).click();
  await expect(page.getByTestId('member-row')).toHaveCount(79);
  const fileMenu = await app.evaluate(({ Menu }) =>
    Menu.getApplicationMenu()
      ?.items.find((item) => item.label === 'File')
      ?.submenu?.items.map((item) => `${item.label}${item.accelerator ? ` ${item.accelerator}` : ''}`),
  );
  expect(fileMenu).toEqual(expect.arrayContaining(['Back Up Now CmdOrCtrl+Shift+B', 'Restore From Backup…', 'Print… CmdOrCtrl+P']));
  await app.evaluate(({ Menu }) => {
    Menu.getApplicationMenu()
      ?.items.find((item) => item.label === 'File')
      ?.submenu?.items.find((item) => item.label === 'Back Up Now')
      ?.click();
  });
  await expect.poll(() => (existsSync(join(userData, 'backups')) ? readdirSync(join(userData, 'backups')) : [])).toEqual([expect.stringMatching(/^near-desk-\d{8}-\d{6}-\d{3}-manual\.nearbackup$/)]);
  await app.close();
});
