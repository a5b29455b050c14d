import * as v from 'valibot';
import { toBase64url } from '../../exchange/base64url.ts';
import type { PackageSignature } from './package.ts';

/**
 * Trust on first use for template signers. Pathway has no server to vouch for keys, so the
 * first key seen under an organisation's name is remembered; later templates under that
 * name must carry the same key, or the person is warned plainly.
 */

/** A remembered signer. `publicKey` is base64url. */
export interface TrustedSigner {
  name: string;
  publicKey: string;
  firstSeen: string;
}

/** What a package's signature means for the person importing it. */
export type SignatureVerdict =
  /** No signature: anyone could have written or changed it. */
  | { kind: 'unsigned' }
  /** Signed, but the template or name was changed after signing. */
  | { kind: 'altered'; signer: string }
  /** A valid signature from a name not seen before; importing remembers the key. */
  | { kind: 'new-signer'; signer: string }
  /** A valid signature from the key remembered for this name. */
  | { kind: 'known'; signer: string }
  /** A valid signature, but by a different key than the one remembered for this name. */
  | { kind: 'key-changed'; signer: string; rememberedKey: string };

/** Names compare loosely so "Harbour Outreach" and "harbour  outreach" are one signer. */
function sameName(a: string, b: string): boolean {
  const norm = (name: string) => name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
  return norm(a) === norm(b);
}

/** Decides the verdict from the verification result and the remembered signers. */
export function judgeSignature(
  signature: PackageSignature | undefined,
  verified: boolean,
  trusted: readonly TrustedSigner[],
): SignatureVerdict {
  if (!signature) return { kind: 'unsigned' };
  const signer = signature.signer;
  if (!verified) return { kind: 'altered', signer };
  const key = toBase64url(signature.publicKey);
  const remembered = trusted.find((entry) => sameName(entry.name, signer));
  if (!remembered) return { kind: 'new-signer', signer };
  if (remembered.publicKey === key) return { kind: 'known', signer };
  return { kind: 'key-changed', signer, rememberedKey: remembered.publicKey };
}

/** The list with `signer`'s key remembered (replacing any key kept under the same name). */
export function rememberSigner(
  trusted: readonly TrustedSigner[],
  signer: string,
  publicKey: Uint8Array,
  now: Date,
): TrustedSigner[] {
  const others = trusted.filter((entry) => !sameName(entry.name, signer));
  return [
    ...others,
    { name: signer, publicKey: toBase64url(publicKey), firstSeen: now.toISOString() },
  ];
}

const TrustedListSchema = v.strictObject({
  signers: v.pipe(
    v.array(
      v.strictObject({
        name: v.pipe(v.string(), v.maxLength(300)),
        publicKey: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{43}$/)),
        firstSeen: v.string(),
      }),
    ),
    v.maxLength(1000),
  ),
});

/** Reads the stored list; anything unreadable counts as "no signers remembered yet". */
export function readTrustedSigners(value: unknown): TrustedSigner[] {
  const parsed = v.safeParse(TrustedListSchema, value);
  return parsed.success ? parsed.output.signers : [];
}
