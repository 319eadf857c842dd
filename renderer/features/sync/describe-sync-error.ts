import type { TFunction } from 'i18next';
import { BackupOutranked } from '../../../shared/backup/backup-shelf';
import { SyncError } from '../../sync/sync-client';
import { describeError } from '../common/describe-error';

const megabytes = (bytes: string | number | undefined) => String(Math.round(Number(bytes ?? 0) / 1024 / 1024));

/** Why a sync action failed, in the user's language: a refusal names its reason. */
export function describeSyncError(error: unknown, t: TFunction): string {
  if (error instanceof BackupOutranked) return t('backups.outranked', { newer: error.newer });
  if (!(error instanceof SyncError)) return describeError(error, t);
  const failure = error.failure;
  switch (failure.kind) {
    case 'refused':
      if (failure.reason === 'tooLarge') return t('sync.refused.tooLarge', { limit: megabytes(failure.details.limit) });
      return t(`sync.refused.${failure.reason}`, { ...failure.details });
    case 'tooLarge':
      return t('sync.export.tooLarge', { limit: megabytes(failure.limit) });
    case 'identity':
      return t(`sync.identity.missing.${failure.missing}`);
    case 'quota':
      return t('errors.quota');
    case 'backupRefused':
      if (failure.reason === 'tooLarge') return t('backups.refused.tooLarge', { limit: megabytes(failure.details.limit) });
      return t(`backups.refused.${failure.reason}`, { ...failure.details });
    case 'error':
      return t('sync.failed', { detail: failure.message });
  }
}
