import type { TFunction } from 'i18next';
import { SyncError } from '../../sync/sync-client';
import { describeError } from '../common/describe-error';

/** Why a sync action failed, in the user's language: a refusal names its reason. */
export function describeSyncError(error: unknown, t: TFunction): string {
  if (!(error instanceof SyncError)) return describeError(error, t);
  const failure = error.failure;
  switch (failure.kind) {
    case 'refused':
      return t(`sync.refused.${failure.reason}`, { ...failure.details });
    case 'identity':
      return t(`sync.identity.missing.${failure.missing}`);
    case 'quota':
      return t('errors.quota');
    case 'backupRefused':
      return t(`backups.refused.${failure.reason}`, { ...failure.details });
    case 'error':
      return t('sync.failed', { detail: failure.message });
  }
}
