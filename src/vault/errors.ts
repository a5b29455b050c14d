/**
 * Errors the vault can raise. They cross the worker boundary as `{ name, message }`
 * (see protocol.ts) and are rebuilt on the main thread by name, so every class here
 * sets a stable `name` and a calm message the UI can show or replace from its catalog.
 */

/** Base class so callers can tell vault errors from programming errors. */
export class VaultError extends Error {
  override name = 'VaultError';
}

/** The passphrase or recovery code did not open the vault (one error for both, on purpose). */
export class WrongSecretError extends VaultError {
  override name = 'WrongSecretError';
  constructor(message = 'That did not open the vault. Check it and try again.') {
    super(message);
  }
}

/** The vault is locked (or was locked meanwhile): unlock again to continue. */
export class VaultLockedError extends VaultError {
  override name = 'VaultLockedError';
  constructor(message = 'The vault is locked.') {
    super(message);
  }
}

/** The device refused to store more data; nothing already saved was lost. */
export class StorageFullError extends VaultError {
  override name = 'StorageFullError';
  constructor(message = 'The device storage is full. Your last change was not saved.') {
    super(message);
  }
}

/** The crypto library is missing a primitive we need (e.g. the non-sumo build without Argon2). */
export class CryptoUnavailableError extends VaultError {
  override name = 'CryptoUnavailableError';
  constructor(message = 'Encryption is not available in this browser.') {
    super(message);
  }
}

/** The stored vault header is missing parts, malformed, or carries unsafe settings. */
export class DamagedVaultError extends VaultError {
  override name = 'DamagedVaultError';
  constructor(message = 'The vault data on this device is damaged.') {
    super(message);
  }
}

/** A vault already exists here; creating another would destroy it, so we refuse. */
export class VaultExistsError extends VaultError {
  override name = 'VaultExistsError';
  constructor(message = 'A vault already exists on this device.') {
    super(message);
  }
}

/** No vault exists yet on this device. */
export class NoVaultError extends VaultError {
  override name = 'NoVaultError';
  constructor(message = 'There is no vault on this device yet.') {
    super(message);
  }
}

/** The stored data was written by a newer version of the app (e.g. in another tab). */
export class NewerVersionError extends VaultError {
  override name = 'NewerVersionError';
  constructor(message = 'A newer version of the app is open. Reload to continue.') {
    super(message);
  }
}

/** The form an error takes on the wire between worker and main thread. */
export interface SerializedError {
  name: string;
  message: string;
}

const KNOWN = {
  WrongSecretError,
  VaultLockedError,
  StorageFullError,
  CryptoUnavailableError,
  DamagedVaultError,
  VaultExistsError,
  NoVaultError,
  NewerVersionError,
} as const;

/** Turns anything thrown into `{ name, message }` for postMessage. */
export function serializeError(error: unknown): SerializedError {
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'Error', message: 'Unexpected failure in the vault.' };
}

/** Rebuilds a typed error from its wire form; unknown names become a plain Error. */
export function reviveError(wire: SerializedError): Error {
  const Known = (KNOWN as Record<string, new (message?: string) => Error>)[wire.name];
  if (Known) return new Known(wire.message);
  const error = new Error(wire.message);
  error.name = wire.name;
  return error;
}
