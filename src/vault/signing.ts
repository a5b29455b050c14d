import * as v from 'valibot';
import type { VaultCore } from './core.ts';
import type { Sodium } from './crypto/sodium.ts';
import type { SigningIdentity } from './types.ts';

/**
 * An organisation's Ed25519 signing key for templates. The key pair lives in the vault's
 * `keys` store (encrypted like every record) and the secret half never leaves the worker:
 * the page can ask for the public identity, a new key, or a signature over bytes it chose.
 */

const STORE = 'keys';
const RECORD_ID = 'template-signing';

/** Longest organisation name a key may carry (it is shown beside every signed template). */
export const MAX_SIGNER_NAME = 80;

const SignerNameSchema = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(1, 'Give the organisation a name.'),
  v.maxLength(MAX_SIGNER_NAME, `At most ${MAX_SIGNER_NAME} characters.`),
);

const StoredKeySchema = v.strictObject({
  name: SignerNameSchema,
  publicKey: v.string(),
  secretKey: v.string(),
});

/** Signing operations bound to one open vault. */
export class VaultSigner {
  constructor(
    private readonly sodium: Sodium,
    private readonly core: VaultCore,
  ) {}

  /** The stored identity, or null if this vault has no signing key. */
  async identity(): Promise<SigningIdentity | null> {
    const stored = await this.readKey();
    return stored && { name: stored.name, publicKey: stored.publicKey };
  }

  /** Makes a new key pair under `name` (replacing any earlier one) and stores it. */
  async create(name: string): Promise<SigningIdentity> {
    const parsed = v.safeParse(SignerNameSchema, name);
    if (!parsed.success) throw new RangeError(parsed.issues[0].message);
    const { sodium } = this;
    const pair = sodium.crypto_sign_keypair();
    try {
      await this.core.write(STORE, RECORD_ID, {
        name: parsed.output,
        publicKey: sodium.to_base64(pair.publicKey),
        secretKey: sodium.to_base64(pair.privateKey),
      });
    } finally {
      sodium.memzero(pair.privateKey);
    }
    return { name: parsed.output, publicKey: pair.publicKey };
  }

  /** Ed25519 detached signature over `message` with the stored key. */
  async sign(message: Uint8Array): Promise<Uint8Array> {
    const stored = await this.readKey();
    if (!stored) throw new RangeError('This vault has no signing key.');
    try {
      return this.sodium.crypto_sign_detached(message, stored.secretKey);
    } finally {
      this.sodium.memzero(stored.secretKey);
    }
  }

  /** True only if `signature` is a valid Ed25519 signature of `message` by `publicKey`. */
  verify(message: Uint8Array, signature: Uint8Array, publicKey: Uint8Array): boolean {
    const { sodium } = this;
    if (signature.length !== sodium.crypto_sign_BYTES) return false;
    if (publicKey.length !== sodium.crypto_sign_PUBLICKEYBYTES) return false;
    try {
      return sodium.crypto_sign_verify_detached(signature, message, publicKey);
    } catch {
      return false;
    }
  }

  private async readKey(): Promise<{
    name: string;
    publicKey: Uint8Array;
    secretKey: Uint8Array;
  } | null> {
    const record = await this.core.read(STORE, RECORD_ID);
    if (!record) return null;
    const parsed = record.ok ? v.safeParse(StoredKeySchema, record.value) : undefined;
    if (!parsed?.success) throw new RangeError('The signing key is damaged.');
    const { sodium } = this;
    return {
      name: parsed.output.name,
      publicKey: sodium.from_base64(parsed.output.publicKey),
      secretKey: sodium.from_base64(parsed.output.secretKey),
    };
  }
}
