import { expect, test } from '@playwright/test';
import { DashboardPage } from '../pages/dashboard-page';

type Probe = { __cspViolations: string[] };

/**
 * The renderer runs under the app's Content-Security-Policy (a <meta> on the page, and a header on
 * every response as app:// serves it). Nothing in the window or the sync worker may even try what
 * the policy forbids: a library probing for `eval`, or writing markup through a Trusted Types sink,
 * is reported as a violation, and in Electron every report is noise in the logs a security review reads.
 */
test('the window and the sync worker run under the CSP and Trusted Types without a single violation', async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.sourceFile}:${event.lineNumber}`));
  });
  // The worker's own script, served from where it is (workers come only from the app's origin, never
  // blob:), with a module first in its imports that puts a listener in place before the app's
  // modules run, which is when a probe would happen; the worker's module itself comes with `?module`.
  await page.route(/\/sync\.worker[\w-]*\.js$/, async (route) => {
    const response = await route.fetch();
    const body = `import './csp-probe.js';\nimport ${JSON.stringify(`${route.request().url()}?module`)};\n`;
    await route.fulfill({ response, body });
  });
  await page.route(/\/csp-probe\.js$/, (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: [
        'self.__cspViolations = [];',
        "self.addEventListener('securitypolicyviolation', (event) => self.__cspViolations.push(event.violatedDirective + ' ' + event.sourceFile + ':' + event.lineNumber));",
      ].join('\n'),
    }),
  );
  const app = new DashboardPage(page);
  await app.openWithSample();
  // The dashboard draws with both the component and the chart library.
  await app.openDashboard();
  await page.getByRole('navigation').getByRole('link', { name: app.t.backups.title }).click();
  // A backup by hand starts the sync worker.
  const started = page.waitForEvent('worker');
  await page.getByRole('button', { name: app.t.backups.now }).click();
  const worker = await started;
  await expect(page.getByTestId('backup-row')).toHaveCount(1);

  expect(await page.evaluate(() => (window as unknown as Probe).__cspViolations)).toEqual([]);
  expect(await worker.evaluate(() => (self as unknown as Probe).__cspViolations)).toEqual([]);

  // What the policy is there for: markup written into the page, a worker from a blob: URL.
  const refused = await page.evaluate(async () => {
    const attempt = (action: () => unknown) => {
      try {
        action();
        return 'allowed';
      } catch (error) {
        return (error as Error).name;
      }
    };
    const markup = attempt(() => (document.createElement('div').innerHTML = '<img src="x" onerror="alert(1)">'));
    const blobWorker = attempt(() => new Worker(URL.createObjectURL(new Blob(['postMessage(1)'], { type: 'text/javascript' }))));
    // Violation events are dispatched as tasks of their own; the policy comes twice (header and <meta>), and each reports.
    await new Promise((resolve) => setTimeout(resolve, 100));
    return { markup, blobWorker, violated: [...new Set((window as unknown as Probe).__cspViolations.map((line) => line.split(' ')[0]))] };
  });
  expect(refused).toEqual({ markup: 'TypeError', blobWorker: 'TypeError', violated: ['require-trusted-types-for'] });
});
