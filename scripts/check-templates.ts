/**
 * `npm run templates:check [files…]`: checks template files the way the app will, and
 * prints errors an author can act on. With no files, checks every bundled template.
 * Each file is also checked against templates/schema.json, so the editor help authors
 * see and the app's own rules cannot drift apart. Exits 1 on any error.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkJsonSchema } from '../src/templates/json-schema-lite.ts';
import { validateTemplate } from '../src/templates/validate.ts';

const templatesDir = fileURLToPath(new URL('../templates/', import.meta.url));

function bundledFiles(): string[] {
  return readdirSync(templatesDir)
    .filter((name) => name.endsWith('.json') && name !== 'schema.json')
    .sort()
    .map((name) => join(templatesDir, name));
}

function checkFile(file: string, schema: unknown): string[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return [`$ — cannot read the file (${error instanceof Error ? error.message : String(error)})`];
  }
  const result = validateTemplate(text);
  if (!result.ok) return result.errors.map((e) => `${e.path} — ${e.message}`);
  // Only a file the app accepts is compared with schema.json: if the JSON Schema
  // rejects it, the two schemas disagree and schema.json needs fixing.
  return checkJsonSchema(schema, JSON.parse(text)).map(
    (e) => `${e.path} — templates/schema.json disagrees with the app's checker: ${e.message}`,
  );
}

const schema: unknown = JSON.parse(readFileSync(join(templatesDir, 'schema.json'), 'utf8'));
const args = process.argv.slice(2);
const files = args.length > 0 ? args : bundledFiles();
let failed = false;
for (const file of files) {
  const name = relative(process.cwd(), file) || file;
  const problems = checkFile(file, schema);
  if (problems.length === 0) console.log(`${name}: ok`);
  for (const problem of problems) console.log(`${name}: ${problem}`);
  failed ||= problems.length > 0;
}
process.exitCode = failed ? 1 : 0;
