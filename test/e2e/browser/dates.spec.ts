import { expect, test, type Page } from '@playwright/test';
import { INTL_TAGS } from '../../../shared/i18n/locales';
import { AppPage } from '../pages/app-page';
import { DateField } from '../pages/date-field';
import type { UiLocale } from '../pages/locale-strings';
import { seriousViolations, shoot, looksToRun } from '../support/screen-checks';

// Dates are typed and shown in the UI language's order (issue 14, point 3): a Russian reader types
// 06.12.2026 for 6 December, a Korean one 2026. 12. 06.; half-typed dates are never reset.

/** A calendar day as the app writes it in text, by the browser's own Intl (what the screens use). */
function longDate(page: Page, locale: UiLocale, iso: string): Promise<string> {
  return page.evaluate(
    ([tag, day]) => new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`)),
    [INTL_TAGS[locale], iso] as const,
  );
}

/** A translated message with its {{placeholders}} filled, as i18next fills them. */
function filled(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');
}

/** The app with the 2018 sample, in `locale`. Typing key by key on a shared machine takes its time. */
async function openIn(page: Page, locale: UiLocale): Promise<AppPage> {
  test.setTimeout(120_000);
  const app = new AppPage(page);
  await app.openWithSample();
  await app.switchLanguage(locale);
  return app;
}

/** Fills in the quick visit form but its dates: Hyogo, a subject, staff and office. */
async function describeVisit(page: Page, app: AppPage, subject: string) {
  await page.goto('/#/activity/visits/new');
  await expect(page.getByRole('heading', { name: app.t.visits.new })).toBeVisible();
  await page.getByRole('combobox', { name: app.t.visits.members }).fill('효고');
  await page.getByRole('option', { name: /Hyogo|兵库|兵庫|효고|Хиого|Хёго/ }).first().click();
  await page.keyboard.press('Escape');
  await page.getByTestId('visit-title').fill(subject);
  await page.getByRole('textbox', { name: app.t.visits.staff }).fill('Kim Yujin');
  await page.getByRole('textbox', { name: app.t.visits.office }).fill('Pohang');
}

test('a visit typed in Russian order is saved as that day, and its edit form reads it in Korean order', async ({ page }) => {
  const app = await openIn(page, 'ru');
  await describeVisit(page, app, 'Встреча в Хабаровске');
  const date = DateField.labelled(page, app.t.visits.date);
  await expect(date.input).toHaveAttribute('placeholder', app.t.dates.pattern.day);
  await date.type('6.12.2026');
  await date.leave();
  // Written out in the language's form once left: day first, two digits each.
  await expect(date.input).toHaveValue('06.12.2026');
  await page.getByRole('button', { name: app.t.common.save }).click();

  await expect(page.getByRole('heading', { name: 'Встреча в Хабаровске' })).toBeVisible();
  await expect(page.getByText(await longDate(page, 'ru', '2026-12-06'), { exact: true })).toBeVisible();

  await app.switchLanguage('ko');
  await page.getByRole('link', { name: app.t.common.edit }).click();
  const korean = DateField.labelled(page, app.t.visits.date);
  await expect(korean.input).toHaveValue('2026. 12. 06.');
  await expect(korean.input).toHaveAttribute('placeholder', app.t.dates.pattern.day);
});

test('a visit typed in Korean order is saved as that day', async ({ page }) => {
  const app = await openIn(page, 'ko');
  await describeVisit(page, app, '하바롭스크 방문');
  const date = DateField.labelled(page, app.t.visits.date);
  await date.type('2027. 1. 5.');
  const end = DateField.labelled(page, app.t.visits.endDate);
  await end.type('2027. 1. 7.');
  await end.leave();
  await expect(date.input).toHaveValue('2027. 01. 05.');
  await expect(end.input).toHaveValue('2027. 01. 07.');
  await page.getByRole('button', { name: app.t.common.save }).click();

  await expect(page.getByRole('heading', { name: '하바롭스크 방문' })).toBeVisible();
  const range = `${await longDate(page, 'ko', '2027-01-05')} – ${await longDate(page, 'ko', '2027-01-07')}`;
  await expect(page.getByText(range, { exact: true })).toBeVisible();
});

test('the Dues "as of" date is typed in Russian and then Korean order, and the ledger follows only whole dates', async ({ page }) => {
  const app = await openIn(page, 'ru');
  await page.getByRole('navigation').getByRole('link', { name: app.t.nav.dues }).click();
  const caption = page.locator('caption');
  const before = (await caption.textContent()) ?? '';
  const asOf = DateField.byTestId(page, 'dues-as-of');

  await asOf.type('01.05.20');
  // Half-typed: the text stays as typed and the ledger stays at its date.
  await expect(asOf.input).toHaveValue('01.05.20');
  await expect(caption).toHaveText(before);
  await asOf.input.pressSequentially('20');
  await expect(asOf.input).toHaveValue('01.05.2020');
  await expect(page).toHaveURL(/asOf=2020-05-01/);
  await expect(caption).toContainText(await longDate(page, 'ru', '2020-05-01'));

  await app.switchLanguage('ko');
  await expect(asOf.input).toHaveValue('2020. 05. 01.');
  await asOf.type('2019. 6. 30.');
  await expect(page).toHaveURL(/asOf=2019-06-30/);
  await expect(caption).toContainText(await longDate(page, 'ko', '2019-06-30'));
  await asOf.leave();
  await expect(asOf.input).toHaveValue('2019. 06. 30.');
});

test('an incomplete or impossible date keeps its text, says what to type, and changes nothing', async ({ page }) => {
  const app = await openIn(page, 'ru');
  await page.goto('/#/dues?asOf=2020-05-01');
  const asOf = DateField.byTestId(page, 'dues-as-of');
  await expect(asOf.input).toHaveValue('01.05.2020');
  const caption = page.locator('caption');
  const shown = (await caption.textContent()) ?? '';
  const still = filled(app.t.dates.stillShowing, { date: await longDate(page, 'ru', '2020-05-01') });

  await asOf.type('06.01.20');
  await asOf.leave();
  await expect(asOf.input).toHaveValue('06.01.20');
  await expect(asOf.error()).toHaveText(`${filled(app.t.dates.incomplete, { pattern: app.t.dates.pattern.day })} ${still}`);
  await expect(page).toHaveURL(/asOf=2020-05-01/);
  await expect(caption).toHaveText(shown);

  await asOf.type('31.02.2020');
  await asOf.leave();
  await expect(asOf.input).toHaveValue('31.02.2020');
  await expect(asOf.error()).toHaveText(`${app.t.dates.impossible} ${still}`);
  await expect(page).toHaveURL(/asOf=2020-05-01/);

  // Finishing the date clears the message and moves the page.
  await asOf.type('31.03.2020');
  await expect(asOf.error()).toHaveCount(0);
  await expect(page).toHaveURL(/asOf=2020-03-31/);

  // The case from the issue: typing 06/01/2020 into the Committees "As of" field used to end as today.
  await app.switchLanguage('en');
  await page.getByRole('navigation').getByRole('link', { name: app.t.nav.committees }).click();
  const committeesAsOf = DateField.byTestId(page, 'as-of');
  await committeesAsOf.type('06/01/2020');
  await committeesAsOf.leave();
  await expect(committeesAsOf.input).toHaveValue('06/01/2020');
  await expect(page).toHaveURL(/asOf=2020-01-06/);

  // A form with a half-typed date saves nothing and keeps the text.
  await describeVisit(page, app, 'Half-dated visit');
  const date = DateField.labelled(page, app.t.visits.date);
  await date.type('06/12');
  await page.getByRole('button', { name: app.t.common.save }).click();
  await expect(page.getByTestId('form-error')).toBeVisible();
  await expect(date.input).toHaveValue('06/12');
  await expect(date.error()).toHaveText(filled(app.t.dates.incomplete, { pattern: app.t.dates.pattern.day }));
  await expect(page.getByRole('heading', { name: app.t.visits.new })).toBeVisible();
});

test('the calendar beside a date speaks the UI language and writes the picked day in its order', async ({ page }) => {
  const app = await openIn(page, 'ru');
  await page.goto('/#/activity/meetings/new');
  const start = DateField.labelled(page, app.t.meetings.startDate);
  await start.type('06.12.2026');
  await page.getByRole('button', { name: app.t.dates.openCalendar }).first().click();
  const day = page.getByRole('button', { name: await longDate(page, 'ru', '2026-12-15'), exact: true });
  await expect(day).toBeVisible();
  await expect(page.getByRole('button', { name: app.t.dates.calendar.nextMonth })).toBeVisible();
  await day.click();
  await expect(start.input).toHaveValue('15.12.2026');
});

// Screenshots of the date fields with their messages and calendar, opened by a reviewer; axe in Chinese.
for (const scheme of looksToRun(['light', 'dark'] as const, () => false)) {
  test(`date fields in Russian, Korean and Chinese (${scheme})`, async ({ page }) => {
    test.setTimeout(300_000);
    await page.emulateMedia({ colorScheme: scheme });
    const app = new AppPage(page);
    await app.openWithSample();
    for (const locale of ['ru', 'ko', 'zh'] as const) {
      await app.switchLanguage(locale);
      await page.goto('/#/dues?asOf=2020-05-01');
      const asOf = DateField.byTestId(page, 'dues-as-of');
      await asOf.type('2020.5');
      await asOf.leave();
      await expect(asOf.error()).toBeVisible();
      await shoot(page, `dates-dues-as-of-${locale}-${scheme}`);

      await page.goto('/#/activity/visits/new');
      await expect(page.getByRole('heading', { name: app.t.visits.new })).toBeVisible();
      await page.keyboard.press('Escape');
      const date = DateField.labelled(page, app.t.visits.date);
      await date.type('2026-12');
      await date.leave();
      await expect(date.error()).toBeVisible();
      await page.getByRole('button', { name: app.t.visits.addFollowUp }).click();
      const due = new DateField(page.getByRole('textbox', { name: app.t.visits.followUpDue, exact: true }).last());
      await due.type('2027-01-15');
      await due.leave();
      await shoot(page, `dates-visit-form-${locale}-${scheme}`, { fullPage: true });
      await date.type('2026-12-06');
      await page.getByRole('button', { name: app.t.dates.openCalendar }).first().click();
      await expect(page.getByRole('button', { name: app.t.dates.calendar.nextMonth })).toBeVisible();
      await shoot(page, `dates-calendar-${locale}-${scheme}`);
      if (locale === 'zh') expect(await seriousViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
    }
  });
}
