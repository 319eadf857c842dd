import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { backUpByHand, useBackupServices } from '../features/backups/use-backups';
import { isLocale } from '../../shared/i18n/locales';
import { useLocale } from '../i18n/use-locale';
import { platform } from '../platform';
import { useSync } from '../sync/sync-context';

/** The app's own dialogs that the menu (or, in a browser, its shortcuts) can open. */
export type MenuDialogs = { showAbout(): void; showSearch(): void; showShortcuts(): void };

/** Carries out what the native menu asks for (navigation, new records, backups, printing, language, search). */
export function useMenuCommands({ showAbout, showSearch, showShortcuts }: MenuDialogs): void {
  const navigate = useNavigate();
  const { t } = useTranslation();
  const [, setLocale] = useLocale();
  const { chooseBundle } = useSync();
  const backups = useBackupServices();
  useEffect(
    () =>
      platform.onMenuCommand((command) => {
        const [verb, argument] = command.split(':');
        if (verb === 'navigate') void navigate(`/${argument}`);
        else if (verb === 'member') void navigate('/members/new');
        else if (verb === 'committee') void navigate('/committees/new');
        else if (verb === 'visit') void navigate('/activity/visits/new');
        else if (command === 'bundle:import') void chooseBundle();
        else if (command === 'bundle:export') void navigate('/sync');
        else if (command === 'backup:now') void backUpByHand(backups, t);
        else if (command === 'backup:restore') void navigate('/backups');
        else if (command === 'app:print') window.print();
        else if (command === 'app:about') showAbout();
        else if (command === 'app:search') showSearch();
        else if (command === 'app:shortcuts') showShortcuts();
        else if (verb === 'locale' && isLocale(argument)) setLocale(argument);
      }),
    [navigate, setLocale, chooseBundle, backups, t, showAbout, showSearch, showShortcuts],
  );
}
