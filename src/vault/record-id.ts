/** Record ids are stored in plaintext beside the ciphertext, so they must carry no meaning. */
const ID_PATTERN = /^[A-Za-z0-9_-]{1,128}$/;

/** True for ids the vault accepts (1–128 characters of base64url alphabet). */
export function isValidRecordId(id: unknown): id is string {
  return typeof id === 'string' && ID_PATTERN.test(id);
}

/** A fresh random record id (128 bits, base64url): use this, never a title or a date. */
export function newRecordId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
