import { app, Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/ipc/contract';
import { LOCALE_NATIVE_NAMES, LOCALES, type Locale } from '../shared/i18n/locales';
import { translate } from '../shared/i18n/resources';
import { acceleratorOf } from '../shared/ipc/shortcuts';

export type MenuActions = {
  send(command: MenuCommand): void;
};

/** Builds the native application menu in the user's language; rebuilt whenever it changes. */
export function buildMenu(locale: Locale, actions: MenuActions): Menu {
  const t = (key: string) => translate(locale, `menu.${key}`);
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ label: app.name, submenu: [{ label: t('about'), click: () => actions.send('app:about') }, { type: 'separator' as const }, { role: 'hide' as const }, { role: 'hideOthers' as const }, { role: 'unhide' as const }, { type: 'separator' as const }, { role: 'quit' as const, label: t('quit') }] }] : []),
    {
      label: t('file'),
      submenu: [
        { label: t('newMember'), accelerator: acceleratorOf('member:new'), click: () => actions.send('member:new') },
        { label: t('newCommittee'), accelerator: acceleratorOf('committee:new'), click: () => actions.send('committee:new') },
        { label: t('logVisit'), accelerator: acceleratorOf('visit:new'), click: () => actions.send('visit:new') },
        { type: 'separator' as const },
        { label: t('importBundle'), accelerator: acceleratorOf('bundle:import'), click: () => actions.send('bundle:import') },
        { label: t('exportBundle'), accelerator: acceleratorOf('bundle:export'), click: () => actions.send('bundle:export') },
        { type: 'separator' as const },
        { label: t('backupNow'), accelerator: acceleratorOf('backup:now'), click: () => actions.send('backup:now') },
        { label: t('restoreBackup'), click: () => actions.send('backup:restore') },
        { type: 'separator' as const },
        { label: t('print'), accelerator: acceleratorOf('app:print'), click: () => actions.send('app:print') },
        ...(isMac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const, label: t('quit') }]),
      ],
    },
    {
      label: t('edit'),
      submenu: [
        { role: 'undo', label: t('undo') },
        { role: 'redo', label: t('redo') },
        { type: 'separator' },
        { role: 'cut', label: t('cut') },
        { role: 'copy', label: t('copy') },
        { role: 'paste', label: t('paste') },
        { role: 'selectAll', label: t('selectAll') },
        { type: 'separator' },
        { label: translate(locale, 'find.menu.search'), accelerator: acceleratorOf('app:search'), click: () => actions.send('app:search') },
      ],
    },
    {
      label: t('view'),
      submenu: [
        { label: t('members'), accelerator: acceleratorOf('navigate:members'), click: () => actions.send('navigate:members') },
        { label: t('committees'), accelerator: acceleratorOf('navigate:committees'), click: () => actions.send('navigate:committees') },
        { label: t('timeline'), accelerator: acceleratorOf('navigate:activity'), click: () => actions.send('navigate:activity') },
        { label: t('followUps'), accelerator: acceleratorOf('navigate:follow-ups'), click: () => actions.send('navigate:follow-ups') },
        { type: 'separator' },
        {
          label: t('language'),
          submenu: LOCALES.map((option) => ({
            label: LOCALE_NATIVE_NAMES[option],
            type: 'radio' as const,
            checked: option === locale,
            click: () => actions.send(`locale:${option}`),
          })),
        },
        { type: 'separator' },
        { role: 'resetZoom', label: t('resetZoom') },
        { role: 'zoomIn', label: t('zoomIn') },
        { role: 'zoomOut', label: t('zoomOut') },
        { type: 'separator' },
        { role: 'togglefullscreen', label: t('fullScreen') },
        ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' as const, label: t('devTools') }]),
      ],
    },
    { role: 'windowMenu', label: t('window') },
    {
      role: 'help',
      label: t('help'),
      submenu: [
        { label: translate(locale, 'find.menu.shortcuts'), accelerator: acceleratorOf('app:shortcuts'), click: () => actions.send('app:shortcuts') },
        { type: 'separator' },
        { label: t('about'), click: () => actions.send('app:about') },
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}
