import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Serious and critical accessibility violations on the page as it is now, each with its nodes and why. */
export async function seriousViolations(page: Page): Promise<string[]> {
  // The pointer rests where it last clicked (often the navigation): park it on the bare title bar, since
  // hover colours (a highlighted row, a hovered link) are not this screen's own.
  await page.mouse.move(1, 1);
  // The rules of WCAG 2.1 levels A and AA, the conformance target: axe's best-practice extras take
  // a third of its time on the larger screens (3–5 s each on a loaded CI machine).
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => `${node.target.join(' ')} (${node.any[0]?.message ?? ''})`).join(', ')}`);
}

/**
 * A screenshot for a reviewer in test/e2e/screenshots/, after checking the layout holds: nothing
 * pushes the window into horizontal scrolling, whatever the language's word lengths.
 */
export async function shoot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  await page.waitForTimeout(300);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${name} scrolls sideways`).toBeLessThanOrEqual(0);
  await page.screenshot({ path: `test/e2e/screenshots/${name}.png`, fullPage: options.fullPage });
}

/** A screenshot for a reviewer and, where `audit` is set, zero serious or critical accessibility violations. */
export async function look(page: Page, name: string, audit: boolean, options: { fullPage?: boolean } = {}): Promise<void> {
  await shoot(page, name, options);
  if (audit) expect(await seriousViolations(page), name).toEqual([]);
}

/**
 * The looks a sweep of languages and colour schemes takes on every run: those named in `everyRun`.
 * `NEAR_E2E_ALL_LOOKS=1` takes them all, for a reviewer to open every screenshot; the suite stays
 * inside CI's time while each sweep still checks its densest cases.
 */
export function looksToRun<T>(all: readonly T[], everyRun: (look: T) => boolean): T[] {
  return process.env.NEAR_E2E_ALL_LOOKS ? [...all] : all.filter(everyRun);
}

/** English, Chinese and Russian, light and dark: the looks a screen's screenshots are taken in. */
export const SCREEN_LOOKS: ReadonlyArray<readonly ['en' | 'zh' | 'ru', 'light' | 'dark']> = [
  ['en', 'light'],
  ['en', 'dark'],
  ['zh', 'light'],
  ['zh', 'dark'],
  ['ru', 'light'],
  ['ru', 'dark'],
];

/** Of those, the one every run takes (with its axe audit): Chinese, dark. */
export const everyRunLook = ([locale, scheme]: readonly [string, string]): boolean => locale === 'zh' && scheme === 'dark';
