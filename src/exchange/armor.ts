import { fromBase64url, toBase64url } from './base64url.ts';
import {
  BackupTooLargeError,
  DamagedBackupError,
  NotABackupError,
  TruncatedBackupError,
} from './errors.ts';
import { MAGIC, MAX_BACKUP_BYTES } from './format.ts';

/**
 * The armored text form of a backup, for pasting into a message:
 *
 *   -----BEGIN PATHWAY BACKUP-----
 *   base64url, 64 characters a line
 *   -----END PATHWAY BACKUP-----
 *
 * Reading is tolerant of what chat and mail apps do to text (words before and after,
 * CRLF, extra spaces, indentation, invisible zero-width characters, `>` quote marks at line
 * starts) and strict about the characters inside: anything outside the base64url alphabet
 * is refused rather than guessed at. The AEAD inside catches whatever strictness misses.
 */

/** First line of the armored form. */
export const ARMOR_BEGIN = '-----BEGIN PATHWAY BACKUP-----';

/** Last line of the armored form. */
export const ARMOR_END = '-----END PATHWAY BACKUP-----';

const LINE_LENGTH = 64;

/**
 * Longest text we look at: the largest backup's base64 twice over, leaving room for line
 * breaks, quoting and a conversation around it. Checked before any parsing.
 */
export const MAX_ARMOR_CHARS = 2 * Math.ceil((MAX_BACKUP_BYTES * 4) / 3);

/** Whitespace plus zero-width characters some apps insert where they wrap lines. */
const INVISIBLE = /[\s\u200b-\u200d\u2060]+/g;

/** Backup bytes → armored text (ends with a newline). */
export function armor(bytes: Uint8Array): string {
  const body = toBase64url(bytes);
  const lines = [ARMOR_BEGIN];
  for (let i = 0; i < body.length; i += LINE_LENGTH) lines.push(body.slice(i, i + LINE_LENGTH));
  lines.push(ARMOR_END);
  return `${lines.join('\n')}\n`;
}

/**
 * Armored text (possibly with other text around it) → backup bytes. Throws
 * NotABackupError if there is no BEGIN line, TruncatedBackupError if the END line is
 * missing, DamagedBackupError if the inside is not clean base64url.
 */
export function dearmor(text: string): Uint8Array {
  if (text.length > MAX_ARMOR_CHARS) throw new BackupTooLargeError();
  const begin = text.indexOf(ARMOR_BEGIN);
  if (begin < 0) throw new NotABackupError('No Pathway backup was found in this text.');
  const start = begin + ARMOR_BEGIN.length;
  const end = text.indexOf(ARMOR_END, start);
  if (end < 0) throw new TruncatedBackupError();
  const inner = text
    .slice(start, end)
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/^[\s>]*/, ''))
    .join('')
    .replace(INVISIBLE, '');
  const bytes = fromBase64url(inner);
  if (!bytes) {
    throw new DamagedBackupError('This text has characters that are not part of a backup.');
  }
  return bytes;
}

/**
 * The bytes of a picked file: a binary `.pathway` file as it is, or the armored text if
 * someone saved the pasted form as a file. Anything else is returned unchanged for
 * readBackupHeader to refuse.
 */
export function backupBytesFromFile(file: Uint8Array): Uint8Array {
  if (file.length > MAX_ARMOR_CHARS || MAGIC.every((byte, i) => file[i] === byte)) return file;
  const text = new TextDecoder('utf-8', { fatal: false }).decode(file);
  return text.includes(ARMOR_BEGIN) ? dearmor(text) : file;
}
