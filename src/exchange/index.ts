/**
 * Export, import and sharing for the rest of the app (main thread). Encryption and Argon2id
 * run in a short-lived Worker per job; everything here is plain data code.
 */
import { createExchangeClient } from './client.ts';

export { ARMOR_BEGIN, ARMOR_END, armor, backupBytesFromFile, dearmor } from './armor.ts';
export type { ExchangeClient, JobOptions, WorkerLike } from './client.ts';
export { createExchangeClient } from './client.ts';
export {
  BackupError,
  BackupTooLargeError,
  DamagedBackupError,
  EmptyPassphraseError,
  NotABackupError,
  TrailingDataError,
  TruncatedBackupError,
  UnexpectedContentError,
  UnsafeSettingsError,
  UnsupportedVersionError,
  WrongPassphraseError,
} from './errors.ts';
export { type BackupHeaderInfo, MAX_BACKUP_BYTES, readBackupHeader } from './format.ts';
export {
  type ConflictChoice,
  findConflicts,
  type MergeChoice,
  type MergeOutcome,
  type MergeResult,
  mergePlans,
  type PlanConflict,
} from './merge.ts';
export {
  type BackupContents,
  type BackupPayload,
  createBackupPayload,
  type PlanImport,
  type TemplateImport,
} from './payload.ts';
export type { EncryptResult } from './protocol.ts';
export {
  type AddResult,
  type AddStatus,
  createFrameCollector,
  DEFAULT_CHUNK_BYTES,
  type FrameCollector,
  type FrameKind,
  type FrameSetResult,
  fitsInFrames,
  framesNeeded,
  MAX_FRAMES,
  MAX_QR_DATA_BYTES,
  type SplitOptions,
  splitIntoFrames,
} from './qr/frames.ts';
export {
  buildTemplateLink,
  encodeLinkData,
  type LinkReadResult,
  MAX_LINK_FRAGMENT_CHARS,
  MAX_LINK_JSON_BYTES,
  readTemplateLinkFragment,
  TEMPLATE_LINK_KEY,
} from './template-link.ts';
export { LinkError, type LinkErrorCode } from './template-link-errors.ts';

const client = createExchangeClient(
  () =>
    new Worker(new URL('../workers/crypto.ts', import.meta.url), {
      type: 'module',
      name: 'exchange',
    }),
);

/** Encrypts plans into a `.pathway` file (bytes) in a worker; say so if `kdf.fallback`. */
export const exportBackup = client.exportBackup;
/** Validates the header here, then decrypts and checks every plan in a worker. */
export const importBackup = client.importBackup;
