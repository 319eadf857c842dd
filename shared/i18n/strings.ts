import type en from '../locales/en.json';
import type backupsEn from '../locales/backups/en.json';
import type dashboardEn from '../locales/dashboard/en.json';
import type governanceEn from '../locales/governance/en.json';
import type reportEn from '../locales/report/en.json';

/**
 * The strings of the whole app in one language. Large areas keep their strings in a folder of
 * their own (`locales/<area>/<lang>.json`), mounted under the area's name: `dashboard.title` lives
 * in `locales/dashboard/en.json` as `title`.
 */
export function resource<C, B, D, G, R>(core: C, backups: B, dashboard: D, governance: G, report: R) {
  return { ...core, backups, dashboard, governance, report };
}

/** The English resource is the reference every other language must match key for key. */
export type Resource = ReturnType<typeof resource<typeof en, typeof backupsEn, typeof dashboardEn, typeof governanceEn, typeof reportEn>>;

/**
 * Looks up a dotted key ("menu.file") in the first of `resources` that has it and fills in its
 * `{{values}}`; the key itself when none has it, so a missing string is visible, not a crash.
 */
export function translateIn(resources: readonly Resource[], key: string, values: Record<string, string> = {}): string {
  const lookup = (strings: Resource): string | undefined => {
    const found = key
      .split('.')
      .reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), strings);
    return typeof found === 'string' ? found : undefined;
  };
  const template = resources.reduce<string | undefined>((found, strings) => found ?? lookup(strings), undefined) ?? key;
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');
}
