import * as v from 'valibot';
import { fromBase64url, toBase64url } from '../../exchange/base64url.ts';
import { fromValibotIssues, type TemplateError } from '../errors.ts';
import { measureJson } from '../json-depth.ts';
import { MAX_JSON_DEPTH, MAX_TEMPLATE_BYTES } from '../limits.ts';
import { NameSchema } from '../schema-text.ts';
import type { Template } from '../types.ts';
import { validateTemplate } from '../validate.ts';
import { canonicalJson } from './canonical.ts';

/**
 * A shared template as a file, link or QR codes: `{ type, version, template, signature? }`.
 * A bare template file (as in templates/) is accepted too, unsigned. Everything is
 * untrusted: size first, then JSON depth, then the package schema, then the template
 * validator — the same one the bundled templates go through.
 */

export const PACKAGE_TYPE = 'pathway-template';
export const PACKAGE_VERSION = 1;

/** Room for the envelope and signature around the largest template allowed. */
const MAX_PACKAGE_BYTES = MAX_TEMPLATE_BYTES + 4096;

/** Domain separation: these bytes can never be mistaken for any other signed message. */
const SIGNATURE_CONTEXT = 'pathway-template-signature-v1\n';

const KeyBytes = (length: number, what: string) =>
  v.pipe(
    v.string(`Expected the ${what} as base64url text`),
    v.maxLength(200, `Expected a shorter ${what}`),
    v.transform((text) => fromBase64url(text)),
    v.check(
      (bytes) => bytes !== null && bytes.length === length,
      `Expected a ${length}-byte ${what}`,
    ),
    v.transform((bytes) => bytes as Uint8Array),
  );

const SignatureSchema = v.strictObject({
  signer: v.pipe(NameSchema, v.maxLength(80, 'Expected a signer name of at most 80 characters')),
  publicKey: KeyBytes(32, 'public key'),
  value: KeyBytes(64, 'signature'),
});

const PackageSchema = v.strictObject({
  type: v.literal(PACKAGE_TYPE, `Expected "type": "${PACKAGE_TYPE}"`),
  version: v.literal(PACKAGE_VERSION, `Expected "version": ${PACKAGE_VERSION}`),
  template: v.unknown(),
  signature: v.optional(SignatureSchema),
});

/** A signature as carried in a package. */
export type PackageSignature = v.InferOutput<typeof SignatureSchema>;

/** A package read and checked (the signature still needs verifying against its bytes). */
export interface TemplatePackage {
  template: Template;
  signature?: PackageSignature;
}

/** The outcome of {@link readTemplatePackage}. */
export type PackageResult =
  | ({ ok: true } & TemplatePackage)
  | { ok: false; errors: TemplateError[] };

const fail = (message: string): PackageResult => ({ ok: false, errors: [{ path: '$', message }] });

/** Reads a package (or a bare template) from untrusted text. Never throws. */
export function readTemplatePackage(text: string): PackageResult {
  const bytes = new TextEncoder().encode(text).byteLength;
  if (bytes > MAX_PACKAGE_BYTES) {
    return fail(
      `The file is ${Math.ceil(bytes / 1024)} KiB; at most ${MAX_TEMPLATE_BYTES / 1024} KiB is allowed`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return fail('This is not a template file (it is not JSON).');
  }
  if (measureJson(value, { maxDepth: MAX_JSON_DEPTH + 2, maxNodes: bytes + 1 }) !== 'ok') {
    return fail(`The JSON nests more than ${MAX_JSON_DEPTH} levels deep`);
  }
  const isPackage = typeof value === 'object' && value !== null && 'type' in value;
  if (!isPackage) return fromTemplate(validateTemplate(value));
  const parsed = v.safeParse(PackageSchema, value, { abortEarly: false });
  if (!parsed.success) return { ok: false, errors: fromValibotIssues(parsed.issues) };
  const result = fromTemplate(validateTemplate(parsed.output.template), '$.template');
  return result.ok ? { ...result, signature: parsed.output.signature } : result;
}

function fromTemplate(result: ReturnType<typeof validateTemplate>, prefix = '$'): PackageResult {
  if (result.ok) return { ok: true, template: result.template };
  return {
    ok: false,
    errors: result.errors.map((error) => ({ ...error, path: prefix + error.path.slice(1) })),
  };
}

/** The package as JSON text, ready for a file, a link or QR codes. */
export function writeTemplatePackage(template: Template, signature?: PackageSignature): string {
  return JSON.stringify({
    type: PACKAGE_TYPE,
    version: PACKAGE_VERSION,
    template,
    ...(signature && {
      signature: {
        signer: signature.signer,
        publicKey: toBase64url(signature.publicKey),
        value: toBase64url(signature.value),
      },
    }),
  });
}

/**
 * The bytes a signature covers: the context string, then the canonical JSON of the signer
 * name, the public key and the validated template. Binding the name means a signature
 * cannot be moved under another organisation's name.
 */
export function signedBytes(template: Template, signer: string, publicKey: Uint8Array): Uint8Array {
  const body = canonicalJson({ signer, publicKey: toBase64url(publicKey), template });
  return new TextEncoder().encode(SIGNATURE_CONTEXT + body);
}
