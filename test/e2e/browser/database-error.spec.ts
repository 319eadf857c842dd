import { expect, test } from '@playwright/test';
import { AppPage } from '../pages/app-page';

test('a database from a newer version is not opened, the reason is shown, and its data stays', async ({ page }) => {
  const app = new AppPage(page);
  await app.openWithSample();

  // A newer NEAR Desk upgraded this profile's database (schema version 99) and added a table.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('near-desk', 990);
        request.onupgradeneeded = () => request.result.createObjectStore('futureRecords', { keyPath: 'id' });
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => reject(request.error);
      }),
  );
  await page.reload();
  await expect(page.getByRole('heading', { name: app.t.dbError.title })).toBeVisible();
  await expect(page.getByTestId('db-error-reason')).toContainText(app.t.dbError.version);
  await expect(page.getByTestId('db-error-reason')).toContainText(app.t.dbError.intro);

  const kept = await page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('near-desk');
        request.onsuccess = () => {
          const db = request.result;
          const count = db.transaction('members').objectStore('members').count();
          count.onsuccess = () => {
            resolve(count.result);
            db.close();
          };
        };
        request.onerror = () => reject(request.error);
      }),
  );
  expect(kept).toBe(79);
});
