import { joinPath, type TemplateError } from './errors.ts';

/**
 * A small JSON Schema (draft 2020-12) checker for the keywords templates/schema.json
 * uses. It exists so `templates:check` can prove schema.json (editor help for authors)
 * and the valibot schema (what the app enforces) agree on real files, without a
 * dependency. Unknown keywords throw, so the check can never silently pass.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Schema = { [key: string]: Json } | boolean;

const ANNOTATIONS = new Set(['$schema', '$id', '$defs', 'title', 'description', 'examples']);
const KEYWORDS = new Set([
  '$ref',
  'type',
  'const',
  'enum',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'minItems',
  'maxItems',
  'uniqueItems',
  'items',
  'properties',
  'required',
  'additionalProperties',
  'patternProperties',
  'propertyNames',
  'oneOf',
]);

const isObject = (value: unknown): value is { [key: string]: Json } =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function resolve(root: Schema, ref: string): Schema {
  const match = /^#\/\$defs\/([A-Za-z0-9_-]+)$/.exec(ref);
  const defs = isObject(root) ? root.$defs : undefined;
  const target = match?.[1] && isObject(defs) ? defs[match[1]] : undefined;
  if (target === undefined || !(isObject(target) || typeof target === 'boolean')) {
    throw new Error(`Unsupported or missing $ref ${ref}`);
  }
  return target;
}

const codePoints = (text: string) => [...text].length;

function checkObject(
  s: { [key: string]: Json },
  value: { [key: string]: unknown },
  path: string,
  root: Schema,
): TemplateError[] {
  const errors: TemplateError[] = [];
  const properties = isObject(s.properties) ? s.properties : {};
  const patterns = isObject(s.patternProperties) ? Object.entries(s.patternProperties) : [];
  for (const key of Array.isArray(s.required) ? s.required : []) {
    if (typeof key === 'string' && !(key in value))
      errors.push({ path, message: `Missing required key "${key}"` });
  }
  for (const [key, child] of Object.entries(value)) {
    const at = joinPath(path, key);
    if (s.propertyNames !== undefined)
      errors.push(...check(s.propertyNames as Schema, key, at, root));
    const own = properties[key];
    const matched = patterns.filter(([pattern]) => new RegExp(pattern, 'u').test(key));
    if (own !== undefined) errors.push(...check(own as Schema, child, at, root));
    for (const [, sub] of matched) errors.push(...check(sub as Schema, child, at, root));
    if (own === undefined && matched.length === 0 && s.additionalProperties !== undefined) {
      errors.push(...check(s.additionalProperties as Schema, child, at, root));
    }
  }
  return errors;
}

function checkKeywords(
  s: { [key: string]: Json },
  value: unknown,
  path: string,
  root: Schema,
): TemplateError[] {
  const errors: TemplateError[] = [];
  const fail = (message: string) => errors.push({ path, message });
  const type = typeOf(value);
  if (
    typeof s.type === 'string' &&
    s.type !== type &&
    !(s.type === 'number' && type === 'integer')
  ) {
    return [{ path, message: `Expected ${s.type}, got ${type}` }];
  }
  if ('const' in s && JSON.stringify(s.const) !== JSON.stringify(value))
    fail(`Expected ${JSON.stringify(s.const)}`);
  if (Array.isArray(s.enum) && !s.enum.some((e) => JSON.stringify(e) === JSON.stringify(value))) {
    fail(`Expected one of ${JSON.stringify(s.enum)}`);
  }
  if (typeof value === 'string') {
    if (typeof s.pattern === 'string' && !new RegExp(s.pattern, 'u').test(value))
      fail(`Expected to match ${s.pattern}`);
    if (typeof s.minLength === 'number' && codePoints(value) < s.minLength)
      fail(`Expected at least ${s.minLength} characters`);
    if (typeof s.maxLength === 'number' && codePoints(value) > s.maxLength)
      fail(`Expected at most ${s.maxLength} characters`);
  }
  if (typeof value === 'number') {
    if (typeof s.minimum === 'number' && value < s.minimum) fail(`Expected at least ${s.minimum}`);
    if (typeof s.maximum === 'number' && value > s.maximum) fail(`Expected at most ${s.maximum}`);
  }
  if (Array.isArray(value)) {
    if (typeof s.minItems === 'number' && value.length < s.minItems)
      fail(`Expected at least ${s.minItems} entries`);
    if (typeof s.maxItems === 'number' && value.length > s.maxItems)
      fail(`Expected at most ${s.maxItems} entries`);
    if (
      s.uniqueItems === true &&
      new Set(value.map((v) => JSON.stringify(v))).size !== value.length
    )
      fail('Expected unique entries');
    if (s.items !== undefined)
      for (const [i, v] of value.entries()) {
        errors.push(...check(s.items as Schema, v, `${path}[${i}]`, root));
      }
  }
  if (isObject(value)) errors.push(...checkObject(s, value, path, root));
  if (Array.isArray(s.oneOf)) {
    const passing = s.oneOf.filter(
      (sub) => check(sub as Schema, value, path, root).length === 0,
    ).length;
    if (passing !== 1)
      fail(
        passing === 0 ? 'Does not match any allowed shape' : 'Matches more than one allowed shape',
      );
  }
  return errors;
}

/** Checks `value` against `schema` (whose `$defs` resolve `$ref`s against `root`). */
export function check(
  schema: Schema,
  value: unknown,
  path = '$',
  root: Schema = schema,
): TemplateError[] {
  if (schema === true) return [];
  if (schema === false) return [{ path, message: 'Not allowed here' }];
  for (const key of Object.keys(schema)) {
    if (!KEYWORDS.has(key) && !ANNOTATIONS.has(key))
      throw new Error(`Unsupported JSON Schema keyword "${key}"`);
  }
  if (typeof schema.$ref === 'string') return check(resolve(root, schema.$ref), value, path, root);
  return checkKeywords(schema, value, path, root);
}

/** Checks a parsed JSON value against a parsed JSON Schema document. */
export function checkJsonSchema(schema: unknown, value: unknown): TemplateError[] {
  if (!(isObject(schema) || typeof schema === 'boolean')) throw new Error('Not a JSON Schema');
  return check(schema, value);
}
