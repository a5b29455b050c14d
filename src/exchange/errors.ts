import { reviveError as reviveVaultError, type SerializedError } from '../vault/errors.ts';

/**
 * Errors raised while reading or writing a backup. Each has a stable `name` (the UI picks
 * its own translated sentence by name) and a calm English message as a fallback. They cross
 * the worker boundary as `{ name, message }` and are rebuilt by {@link reviveBackupError}.
 */

/** Base class, so callers can tell a refused file from a programming error. */
export class BackupError extends Error {
  override name = 'BackupError';
}

/** The file is larger than any backup we write; refused before it is parsed. */
export class BackupTooLargeError extends BackupError {
  override name = 'BackupTooLargeError';
  constructor(message = 'This file is too large to be a Pathway backup.') {
    super(message);
  }
}

/** The file does not start like a Pathway backup (or no backup text was found). */
export class NotABackupError extends BackupError {
  override name = 'NotABackupError';
  constructor(message = 'This is not a Pathway backup file.') {
    super(message);
  }
}

/** The file was made by a newer version of Pathway. */
export class UnsupportedVersionError extends BackupError {
  override name = 'UnsupportedVersionError';
  constructor(
    message = 'This backup was made by a newer version of Pathway. Update the app to open it.',
  ) {
    super(message);
  }
}

/** The file asks for key-derivation settings outside the safe range; refused before Argon2 runs. */
export class UnsafeSettingsError extends BackupError {
  override name = 'UnsafeSettingsError';
  constructor(message = 'This file asks for unsafe settings, so it was not opened.') {
    super(message);
  }
}

/** Some bytes of the file were changed or lost on the way. */
export class DamagedBackupError extends BackupError {
  override name = 'DamagedBackupError';
  constructor(message = 'This backup is damaged and cannot be opened. Try another copy.') {
    super(message);
  }
}

/** The file stops before its end (an unfinished download, a cut-off paste). */
export class TruncatedBackupError extends BackupError {
  override name = 'TruncatedBackupError';
  constructor(message = 'This backup is incomplete. Try the whole file or the whole text again.') {
    super(message);
  }
}

/** There is extra data after the end of the backup. */
export class TrailingDataError extends BackupError {
  override name = 'TrailingDataError';
  constructor(message = 'This backup has extra data after its end, so it was not trusted.') {
    super(message);
  }
}

/** The passphrase did not open the file (or the part holding the key was damaged). */
export class WrongPassphraseError extends BackupError {
  override name = 'WrongPassphraseError';
  constructor(message = 'That passphrase did not open this backup. Check it and try again.') {
    super(message);
  }
}

/** A backup needs a passphrase; an empty one is refused. */
export class EmptyPassphraseError extends BackupError {
  override name = 'EmptyPassphraseError';
  constructor(message = 'Choose a passphrase for this backup.') {
    super(message);
  }
}

/** The file opened but does not hold a plan backup in a form this app knows. */
export class UnexpectedContentError extends BackupError {
  override name = 'UnexpectedContentError';
  constructor(message = 'This file opened, but it does not hold plans this app can read.') {
    super(message);
  }
}

const KNOWN = {
  BackupTooLargeError,
  NotABackupError,
  UnsupportedVersionError,
  UnsafeSettingsError,
  DamagedBackupError,
  TruncatedBackupError,
  TrailingDataError,
  WrongPassphraseError,
  EmptyPassphraseError,
  UnexpectedContentError,
} as const;

/** Rebuilds a typed error from its wire form (vault errors such as CryptoUnavailableError too). */
export function reviveBackupError(wire: SerializedError): Error {
  const Known = (KNOWN as Record<string, new (message?: string) => Error>)[wire.name];
  return Known ? new Known(wire.message) : reviveVaultError(wire);
}
