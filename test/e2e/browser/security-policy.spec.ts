import { expect, test } from '@playwright/test';
import { AppPage } from '../pages/app-page';

/**
 * The renderer runs under the app's Content-Security-Policy (a <meta> on the page, and a header on
 * every response as app:// serves it). Nothing in the window or the sync worker may even try what
 * the policy forbids: a library probing for `eval` is reported as a violation, and in Electron
 * every report is noise in the logs a security review reads.
 */
test('the window and the sync worker run under the CSP without a single violation', async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.sourceFile}:${event.lineNumber}`));
  });
  const app = new AppPage(page);
  await app.openWithSample();
  await page.getByRole('navigation').getByRole('link', { name: app.t.backups.title }).click();
  // A backup by hand starts the sync worker.
  const started = page.waitForEvent('worker');
  await page.getByRole('button', { name: app.t.backups.now }).click();
  const workerUrl = (await started).url();
  await expect(page.getByTestId('backup-row')).toHaveCount(1);

  expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([]);

  // The worker's own module, loaded again under the page's policy behind a listener (a listener
  // cannot be added to the app's worker before its modules run, which is when a probe happens).
  const inWorker = await page.evaluate(async (url) => {
    const source = [
      'const seen = [];',
      "self.addEventListener('securitypolicyviolation', (event) => seen.push(event.violatedDirective + ' ' + event.sourceFile + ':' + event.lineNumber));",
      `import(${JSON.stringify(url)}).then(() => setTimeout(() => postMessage({ loaded: true, seen }), 300), (error) => postMessage({ loaded: false, seen: [String(error)] }));`,
    ].join('\n');
    const worker = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })), { type: 'module' });
    const result = await new Promise<{ loaded: boolean; seen: string[] }>((resolve) => {
      worker.onmessage = (event: MessageEvent<{ loaded: boolean; seen: string[] }>) => resolve(event.data);
      worker.onerror = (event) => resolve({ loaded: false, seen: [event.message] });
    });
    worker.terminate();
    return result;
  }, workerUrl);
  expect(inWorker).toEqual({ loaded: true, seen: [] });
});
