import {
  BackupError,
  DamagedBackupError,
  NotABackupError,
  TruncatedBackupError,
  WrongPassphraseError,
} from '../../exchange';
import { t } from '../../i18n';

/** A calm sentence for why a backup did not open (anything unexpected gets a general one). */
export function restoreProblem(error: unknown): string {
  if (error instanceof WrongPassphraseError) return t('restore.error.wrong');
  if (error instanceof DamagedBackupError || error instanceof TruncatedBackupError) {
    return t('restore.error.damaged');
  }
  if (error instanceof NotABackupError) return t('restore.error.notBackup');
  if (error instanceof BackupError) return t('restore.error.damaged');
  return t('restore.error.other');
}
