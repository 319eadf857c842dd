import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { isLocale } from '../../shared/i18n/locales';
import { useLocale } from '../i18n/use-locale';
import { platform } from '../platform';
import { useSync } from '../sync/sync-context';

/** Carries out what the native menu asks for (navigation, new records, language). */
export function useMenuCommands(): void {
  const navigate = useNavigate();
  const [, setLocale] = useLocale();
  const { chooseBundle } = useSync();
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
        else if (verb === 'locale' && isLocale(argument)) setLocale(argument);
      }),
    [navigate, setLocale, chooseBundle],
  );
}
