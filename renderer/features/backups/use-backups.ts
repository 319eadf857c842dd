import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { BackupFile } from '../../../shared/ipc/contract';
import type { BackupServices } from '../../backup/backups';
import { useDatabase } from '../../db/database-context';
import { notify } from '../common/notify';
import { platform } from '../../platform';
import { useSync } from '../../sync/sync-context';

// The backup code (its format, compression and shelf) loads with the first backup, not with the window.
const backups = () => import('../../backup/backups');
/** Why a backup failed, in the UI language; the words load with the failure (they know the backup shelf's errors). */
const describeFailure = (error: unknown, t: TFunction) => import('../sync/describe-sync-error').then(({ describeSyncError }) => describeSyncError(error, t));

/** How often the window looks whether a scheduled backup is due (the check reads two small rows). */
const CHECK_EVERY_MS = 10 * 60 * 1000;
/** The first look waits until start-up has settled and the day's first work is under way, so a backup never slows opening the window. */
const FIRST_CHECK_MS = 2 * 60 * 1000;

/** The window's database, the sync worker (which takes the copy) and the shell's backups folder. */
export function useBackupServices(): BackupServices {
  const { db } = useDatabase();
  const { client } = useSync();
  return useMemo(() => ({ db, client, shelf: platform.backups }), [db, client]);
}

/** Makes the scheduled backups while the window is open; a failure is shown, and retried at the next look. */
export function useBackupSchedule(enabled: boolean): void {
  const services = useBackupServices();
  const { t } = useTranslation();
  useEffect(() => {
    if (!enabled) return;
    let running = false;
    const look = () => {
      if (running) return;
      running = true;
      backups()
        .then(({ backUpIfDue }) => backUpIfDue(services))
        .catch(async (error: unknown) => notify({ color: 'red', message: t('backups.scheduledFailed', { reason: await describeFailure(error, t) }) }))
        .finally(() => {
          running = false;
        });
    };
    const first = setTimeout(look, FIRST_CHECK_MS);
    const timer = setInterval(look, CHECK_EVERY_MS);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [enabled, services, t]);
}

/** A backup asked for by hand (the page's button, the File menu), with a notification either way. */
export async function backUpByHand(services: BackupServices, t: TFunction): Promise<BackupFile[] | null> {
  try {
    const { backUp } = await backups();
    const { name, files } = await backUp(services, 'manual');
    notify({ color: 'teal', message: t('backups.done', { name }) });
    return files;
  } catch (error) {
    notify({ color: 'red', autoClose: false, message: t('backups.failed', { reason: await describeFailure(error, t) }) });
    return null;
  }
}
