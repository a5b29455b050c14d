import * as v from 'valibot';
import { crossCheckTemplate } from './cross-checks.ts';
import { fromValibotIssues, type TemplateError } from './errors.ts';
import { measureJson } from './json-depth.ts';
import { MAX_JSON_DEPTH, MAX_TEMPLATE_BYTES } from './limits.ts';
import { TemplateSchema } from './schema.ts';
import type { Template } from './types.ts';

export type { TemplateError } from './errors.ts';

/** The outcome of {@link validateTemplate}. */
export type TemplateResult =
  | { ok: true; template: Template }
  | { ok: false; errors: TemplateError[] };

/** Top-level keys are the one place an author may add their own (`x-…`) data. */
const EXTENSION_HINT = ' (your own top-level keys must start with "x-")';

/** More errors than this are not useful to an author (and a junk file could produce millions). */
const MAX_ERRORS = 100;

const fail = (path: string, message: string): TemplateResult => ({
  ok: false,
  errors: [{ path, message }],
});

/** Top-level `x-…` keys are free for authors' own tooling; the app ignores them. */
function withoutExtensions(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => !key.startsWith('x-')));
}

function parse(input: unknown): { ok: true; value: unknown } | TemplateResult {
  if (typeof input !== 'string') return { ok: true, value: input };
  const bytes = new TextEncoder().encode(input).byteLength;
  if (bytes > MAX_TEMPLATE_BYTES) {
    return fail(
      '$',
      `The file is ${Math.ceil(bytes / 1024)} KiB; at most ${MAX_TEMPLATE_BYTES / 1024} KiB is allowed`,
    );
  }
  try {
    return { ok: true, value: JSON.parse(input) };
  } catch (error) {
    return fail('$', `Not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function validateParsed(value: unknown): TemplateResult {
  const shape = measureJson(value, { maxDepth: MAX_JSON_DEPTH, maxNodes: MAX_TEMPLATE_BYTES });
  if (shape === 'too-deep')
    return fail('$', `The JSON nests more than ${MAX_JSON_DEPTH} levels deep`);
  if (shape === 'too-large') return fail('$', 'The template is too large');
  const result = v.safeParse(TemplateSchema, withoutExtensions(value), { abortEarly: false });
  if (!result.success)
    return {
      ok: false,
      errors: fromValibotIssues(result.issues, EXTENSION_HINT).slice(0, MAX_ERRORS),
    };
  const errors = crossCheckTemplate(result.output);
  return errors.length > 0
    ? { ok: false, errors: errors.slice(0, MAX_ERRORS) }
    : { ok: true, template: result.output };
}

/**
 * Validates an untrusted template: a JSON string (size-checked first) or an already
 * parsed value. Never throws; every problem comes back with a JSON path and what was
 * expected, so an author can fix the file.
 */
export function validateTemplate(input: unknown): TemplateResult {
  try {
    const parsed = parse(input);
    if (!('value' in parsed)) return parsed;
    if (typeof input !== 'string') {
      // An already-parsed value gets the same byte limit as a file would (depth first,
      // so stringify cannot recurse too deep).
      if (measureJson(input, { maxDepth: MAX_JSON_DEPTH, maxNodes: MAX_TEMPLATE_BYTES }) === 'ok') {
        const parsedAgain = parse(JSON.stringify(input) ?? 'null');
        if (!('value' in parsedAgain)) return parsedAgain;
      }
    }
    return validateParsed(parsed.value);
  } catch (error) {
    // Last line of defence: a validator bug must not crash the app on a shared file.
    return fail(
      '$',
      `This file could not be checked: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
