import * as v from 'valibot';
import type { Vault } from '../vault/index.ts';
import { NameSchema } from './schema-text.ts';
import type { Template } from './types.ts';
import { validateTemplate } from './validate.ts';

/**
 * Templates the person imported (from a file, a link, QR codes or a backup), kept in the
 * vault's `templates` store, encrypted like plans: which templates someone installed says
 * something about them. Each is validated again when read, like any outside input.
 */

/** Where an imported template came from, shown beside it. */
export type TemplateSource =
  | { kind: 'file'; fileName: string }
  | { kind: 'link' }
  | { kind: 'qr' }
  | { kind: 'backup' };

/** An imported template as stored. `signer.publicKey` is base64url. */
export interface InstalledTemplate {
  recordId: string;
  template: Template;
  source: TemplateSource;
  /** `unconfirmed`: added although the key differed from the one remembered for the name. */
  signer?: { name: string; publicKey: string; unconfirmed?: true };
  installedAt: string;
}

const SourceSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('file'), fileName: v.pipe(v.string(), v.maxLength(255)) }),
  v.strictObject({ kind: v.literal('link') }),
  v.strictObject({ kind: v.literal('qr') }),
  v.strictObject({ kind: v.literal('backup') }),
]);

const RecordSchema = v.strictObject({
  template: v.unknown(),
  source: SourceSchema,
  signer: v.optional(
    v.strictObject({
      name: NameSchema,
      publicKey: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{43}$/)),
      unconfirmed: v.optional(v.literal(true)),
    }),
  ),
  installedAt: v.pipe(v.string(), v.isoTimestamp()),
});

/** The vault methods this module needs (tests pass an in-process vault). */
export type TemplateVault = Pick<Vault, 'list' | 'write' | 'delete'>;

/** Every readable imported template, and the record ids of any that are damaged. */
export async function listInstalledTemplates(
  vault: TemplateVault,
): Promise<{ installed: InstalledTemplate[]; damaged: string[] }> {
  const installed: InstalledTemplate[] = [];
  const damaged: string[] = [];
  for (const record of await vault.list('templates')) {
    const parsed = record.ok ? v.safeParse(RecordSchema, record.value) : undefined;
    const template = parsed?.success ? validateTemplate(parsed.output.template) : undefined;
    if (!parsed?.success || !template?.ok) {
      damaged.push(record.id);
      continue;
    }
    const { source, signer, installedAt } = parsed.output;
    installed.push({
      recordId: record.id,
      template: template.template,
      source,
      signer,
      installedAt,
    });
  }
  return { installed, damaged };
}

/** Stores an imported template; resolves once written. */
export async function saveInstalledTemplate(
  vault: TemplateVault,
  entry: InstalledTemplate,
): Promise<void> {
  const { recordId, ...value } = entry;
  await vault.write('templates', recordId, value);
}

/** Removes an imported template. */
export function removeInstalledTemplate(vault: TemplateVault, recordId: string): Promise<void> {
  return vault.delete('templates', recordId);
}

/**
 * The template plans with this id use: the highest version among bundled and imported
 * (a bundled template wins a tie, so an import cannot silently shadow it).
 */
export function pickTemplate(
  id: string,
  bundled: readonly Template[],
  installed: readonly InstalledTemplate[],
): Template | undefined {
  let best = bundled.find((template) => template.id === id);
  for (const entry of installed) {
    if (entry.template.id !== id) continue;
    if (!best || entry.template.version > best.version) best = entry.template;
  }
  return best;
}
