import { signal } from '@preact/signals';
import { toBase64url } from '../../exchange/base64url';
import type { TemplateError } from '../../templates/errors';
import {
  type InstalledTemplate,
  listInstalledTemplates,
  pickTemplate,
  removeInstalledTemplate,
  saveInstalledTemplate,
  type TemplateSource,
} from '../../templates/installed';
import { fingerprintOf, fingerprintOfStoredKey } from '../../templates/share/fingerprint';
import {
  readTemplatePackage,
  signedBytes,
  type TemplatePackage,
} from '../../templates/share/package';
import {
  judgeSignature,
  readTrustedSigners,
  rememberSigner,
  type SignatureVerdict,
  type TrustedSigner,
} from '../../templates/share/trust';
import type { Template } from '../../templates/types';
import { newRecordId, type SigningIdentity } from '../../vault';
import { screen } from './screen';
import { onVaultLocked, openVault } from './vault-session';

/** Templates the person imported; null until loaded after unlocking. */
export const installedTemplates = signal<InstalledTemplate[] | null>(null);

/** Signers remembered on first use (public keys only). */
export const trustedSigners = signal<TrustedSigner[]>([]);

/** A template received and checked, waiting for the person to look at it and decide. */
export interface PendingImport extends TemplatePackage {
  source: TemplateSource;
  verdict: SignatureVerdict;
  /** The signer's fingerprint, when signed. */
  fingerprint?: string;
  /** The fingerprint of the key remembered before, when the key changed. */
  rememberedFingerprint?: string;
}

/** What the import screen shows: a template to preview, or why one could not be read. */
export const pendingImport = signal<PendingImport | { errors: TemplateError[] } | null>(null);

const TRUST_RECORD = 'trusted-signers';

/** Reads imported templates and remembered signers from the vault. */
export async function loadInstalledTemplates(): Promise<void> {
  const vault = openVault();
  const [{ installed }, trust] = await Promise.all([
    listInstalledTemplates(vault),
    vault.read('settings', TRUST_RECORD),
  ]);
  installedTemplates.value = installed;
  trustedSigners.value = trust?.ok ? readTrustedSigners(trust.value) : [];
}

/**
 * Checks a received template (file, link or QR text) and opens the import screen with a
 * preview. Nothing is stored until the person chooses to install it.
 */
export async function receiveTemplate(text: string, source: TemplateSource): Promise<void> {
  const read = readTemplatePackage(text);
  // The screen shows "Opening…" until this template is checked, never an earlier one.
  pendingImport.value = null;
  screen.value = { name: 'importTemplate' };
  if (!read.ok) {
    pendingImport.value = { errors: read.errors };
    return;
  }
  if (installedTemplates.value === null) await loadInstalledTemplates();
  const { template, signature } = read;
  const vault = openVault();
  const verified = signature
    ? await vault.verify(
        signedBytes(template, signature.signer, signature.publicKey),
        signature.value,
        signature.publicKey,
      )
    : false;
  const verdict = judgeSignature(signature, verified, trustedSigners.value);
  pendingImport.value = {
    template,
    signature,
    source,
    verdict,
    fingerprint: signature && (await fingerprintOf(signature.publicKey)),
    rememberedFingerprint:
      verdict.kind === 'key-changed'
        ? await fingerprintOfStoredKey(verdict.rememberedKey)
        : undefined,
  };
}

/** The imported template with this id, if any. */
export function installedWithId(id: string): InstalledTemplate | undefined {
  return installedTemplates.value?.find((entry) => entry.template.id === id);
}

/**
 * Installs the pending template (replacing an imported one with the same id). A valid
 * signature from a new signer is remembered; a changed key only if the person said so.
 * An altered template is never installed.
 */
export async function installPending(options: { trustNewKey: boolean }): Promise<void> {
  const pending = pendingImport.value;
  if (!pending || !('template' in pending) || pending.verdict.kind === 'altered') return;
  const vault = openVault();
  const { template, signature, verdict, source } = pending;
  const remember =
    signature &&
    (verdict.kind === 'new-signer' || (verdict.kind === 'key-changed' && options.trustNewKey));
  if (remember) {
    const next = rememberSigner(
      trustedSigners.value,
      signature.signer,
      signature.publicKey,
      new Date(),
    );
    await vault.write('settings', TRUST_RECORD, { signers: next });
    trustedSigners.value = next;
  }
  const entry: InstalledTemplate = {
    recordId: installedWithId(template.id)?.recordId ?? newRecordId(),
    template,
    source,
    signer: signature && {
      name: signature.signer,
      publicKey: toBase64url(signature.publicKey),
      // Kept visible in the list: this key was not the one remembered, and nobody said ok.
      ...(verdict.kind === 'key-changed' && !options.trustNewKey && { unconfirmed: true as const }),
    },
    installedAt: new Date().toISOString(),
  };
  await saveInstalledTemplate(vault, entry);
  installedTemplates.value = [
    ...(installedTemplates.value ?? []).filter((other) => other.recordId !== entry.recordId),
    entry,
  ];
  pendingImport.value = null;
}

/** Installs templates that arrived inside a backup, unless an equal or newer one is here. */
export async function installFromBackup(
  templates: readonly Template[],
  bundled: readonly Template[],
): Promise<void> {
  for (const template of templates) {
    const existing = installedWithId(template.id);
    const here = pickTemplate(template.id, bundled, existing ? [existing] : []);
    if (here && here.version >= template.version) continue;
    const entry: InstalledTemplate = {
      recordId: existing?.recordId ?? newRecordId(),
      template,
      source: { kind: 'backup' },
      installedAt: new Date().toISOString(),
    };
    await saveInstalledTemplate(openVault(), entry);
    installedTemplates.value = [
      ...(installedTemplates.value ?? []).filter((other) => other.recordId !== entry.recordId),
      entry,
    ];
  }
}

/** Removes an imported template. */
export async function uninstall(entry: InstalledTemplate): Promise<void> {
  await removeInstalledTemplate(openVault(), entry.recordId);
  installedTemplates.value = (installedTemplates.value ?? []).filter(
    (other) => other.recordId !== entry.recordId,
  );
}

/** The organisation signing identity, loaded on the templates screen. */
export const signingIdentity = signal<(SigningIdentity & { fingerprint: string }) | null>(null);

/** Reads the signing identity (public part) from the vault. */
export async function loadSigningIdentity(): Promise<void> {
  const identity = await openVault().signingIdentity();
  signingIdentity.value = identity && {
    ...identity,
    fingerprint: await fingerprintOf(identity.publicKey),
  };
}

/** Makes the organisation's signing key; its own key counts as trusted from the start. */
export async function createSigningIdentity(name: string): Promise<void> {
  const vault = openVault();
  const identity = await vault.createSigningKey(name);
  const next = rememberSigner(trustedSigners.value, identity.name, identity.publicKey, new Date());
  await vault.write('settings', TRUST_RECORD, { signers: next });
  trustedSigners.value = next;
  signingIdentity.value = { ...identity, fingerprint: await fingerprintOf(identity.publicKey) };
}

/** Signs a template with the vault's key, for a package. */
export async function signTemplate(template: Template) {
  const identity = signingIdentity.value;
  if (!identity) throw new Error('No signing key.');
  const value = await openVault().sign(signedBytes(template, identity.name, identity.publicKey));
  return { signer: identity.name, publicKey: identity.publicKey, value };
}

onVaultLocked(() => {
  installedTemplates.value = null;
  trustedSigners.value = [];
  pendingImport.value = null;
  signingIdentity.value = null;
});
