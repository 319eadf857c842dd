import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { sampleActivity } from '../../../shared/sample/activity';
import { generateSigningKey } from '../../../shared/sync/signing';
import type { LocalIdentity } from '../../../shared/sync/store';
import { changeOf, clockAt, hostileBundle, segment, statementOf } from '../../support/hostile';
import { AppPage } from '../pages/app-page';
import type { UiLocale } from '../pages/locale-strings';
import { SyncPage } from '../pages/sync-page';
import { look } from '../support/screen-checks';

const DAY = 86_400_000;

async function office(name: string, role: LocalIdentity['role']): Promise<LocalIdentity> {
  const key = await generateSigningKey();
  return { installationId: crypto.randomUUID(), office: name, person: `${name} official`, role, ...key };
}

/**
 * A bundle from the seconded office in Sakha, as a hostile or careless laptop could send it: its
 * own contact (applies), a visit retitled with its clock three days ahead (held back), and a
 * contact it passes on from an office in Vladivostok this laptop has never met (left out until
 * a person trusts that office's key).
 */
async function bundleFromSakha(sakha: LocalIdentity, vladivostok: LocalIdentity): Promise<string> {
  const now = Date.now();
  const visit = sampleActivity().visits[0].id;
  const own = changeOf('contacts', crypto.randomUUID(), { name: 'Ivanov Pyotr', languages: ['ru'] }, clockAt(sakha.installationId, now), { createdAt: new Date(now).toISOString() });
  const ahead = changeOf('visits', visit, { title: { en: 'Stamped three days ahead' } }, clockAt(sakha.installationId, now + 3 * DAY));
  const relayed = changeOf('contacts', crypto.randomUUID(), { name: 'Petrova Anna', languages: ['ru', 'en'] }, clockAt(vladivostok.installationId, now));
  const text = await hostileBundle({
    sender: sakha,
    segments: [
      await segment({ author: statementOf(sakha), seq: 1, changes: [own] }, sakha.privateKey),
      await segment({ author: statementOf(sakha), seq: 2, changes: [ahead] }, sakha.privateKey),
      await segment({ author: statementOf(vladivostok), seq: 1, changes: [relayed] }, vladivostok.privateKey),
    ],
  });
  const path = join(await mkdtemp(join(tmpdir(), 'near-proof-')), 'from-sakha.nearbundle');
  await writeFile(path, text);
  return path;
}

/** The Hyogo branch office's laptop with the 2018 sample, in a language and colour scheme. */
async function hyogo(page: Page, locale: UiLocale, scheme: 'light' | 'dark') {
  await page.emulateMedia({ colorScheme: scheme });
  const app = new AppPage(page);
  await app.openWithSample();
  await app.switchLanguage(locale);
  const sync = new SyncPage(page, locale);
  await sync.setUpLaptop(app.t.profile.offices.hyogo, 'Sato Hanako', 'branch');
  // The "saved" notice would cover part of the screenshots; it goes by itself.
  await page.getByText(app.t.profile.saved).waitFor({ state: 'detached' });
  return { app, sync };
}

const combinations: Array<[UiLocale, 'light' | 'dark']> = [
  ['en', 'light'],
  ['zh', 'dark'],
  ['ru', 'light'],
];

for (const [locale, scheme] of combinations) {
  test(`the preview shows changes held back and changes it cannot attribute, and the Sync page keeps the held ones (${locale}, ${scheme})`, async ({ page }) => {
    test.setTimeout(150_000);
    const sakha = await office('Sakha seconded official', 'seconded');
    const vladivostok = await office('Vladivostok liaison office', 'seconded');
    const { app, sync } = await hyogo(page, locale, scheme);
    const audit = locale === 'en' || locale === 'zh';
    const shoot = (name: string, options?: { fullPage?: boolean }) => look(page, `${name}-${locale}-${scheme}`, audit, options);

    await sync.chooseBundle(await bundleFromSakha(sakha, vladivostok));
    await sync.trustSender(sakha.office, sakha.fingerprint);

    // Held back: the office, how many changes, the time they carry and when they will apply.
    const held = page.getByTestId('held-back');
    await expect(held).toContainText(sakha.office);
    await expect(held).toContainText(app.t.sync.import.heldBody);
    // Left out: the office nobody here has met, with its fingerprint and a way to trust it.
    const unattributed = page.getByTestId('unattributed');
    await expect(unattributed).toContainText(vladivostok.office);
    await expect(unattributed).toContainText(vladivostok.fingerprint);
    await expect(unattributed).toContainText(app.t.sync.unattributed.unknown);
    await expect(sync.count('contacts', 'added')).toHaveText('1');
    await shoot('import-held-unattributed', { fullPage: true });

    // The person compares Vladivostok's fingerprint by phone and trusts it: its contact now comes too.
    await unattributed.getByRole('checkbox').check();
    await expect(sync.count('contacts', 'added')).toHaveText('2');
    await sync.importTrusted();
    await expect(page.getByTestId('held-back')).toBeVisible();
    await shoot('import-held-done', { fullPage: true });

    // The Sync page lists what is held, and the office that came by way of Sakha is now trusted.
    await sync.open();
    const heldSegments = page.getByTestId('held-segments');
    await expect(heldSegments).toContainText(sakha.office);
    await expect(page.getByTestId('offices')).toContainText(vladivostok.fingerprint);
    await shoot('sync-held', { fullPage: true });
  });
}
