/**
 * Translate a template without touching its structure:
 *
 *   npm run templates:strings -- extract templates/workplace-safety.json fr > fr.json
 *   (translate every "text" in fr.json; keep "en" as it is)
 *   npm run templates:strings -- merge templates/workplace-safety.json fr fr.json
 *
 * `extract` lists every user-visible text with its path, its English and any existing
 * translation. `merge` writes the translations back, adds the language with status
 * "draft", and refuses a file whose English no longer matches the template (the
 * template changed since extraction) or that leaves a text empty.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { templateTexts } from '../src/templates/text-walk.ts';
import { validateTemplate } from '../src/templates/validate.ts';

type Strings = Record<string, { en: string; text: string }>;

function load(file: string) {
  const raw = readFileSync(file, 'utf8');
  const result = validateTemplate(raw);
  if (!result.ok) {
    for (const error of result.errors) console.error(`${file}: ${error.path} — ${error.message}`);
    process.exit(1);
  }
  return { raw: JSON.parse(raw) as Record<string, unknown>, template: result.template };
}

/** Walk a `$.a[1].b` path inside plain JSON and return the object there. */
function at(root: unknown, path: string): Record<string, string> {
  const steps = path.replace(/^\$\.?/, '').match(/[^.[\]]+/g) ?? [];
  let node: unknown = root;
  for (const step of steps) node = (node as Record<string, unknown>)[step];
  return node as Record<string, string>;
}

function extract(file: string, lang: string): void {
  const { template } = load(file);
  const strings: Strings = {};
  for (const site of templateTexts(template)) {
    strings[site.path] = { en: site.text.en ?? '', text: site.text[lang] ?? '' };
  }
  process.stdout.write(`${JSON.stringify(strings, null, 2)}\n`);
}

function merge(file: string, lang: string, stringsFile: string): void {
  const { raw, template } = load(file);
  const strings = JSON.parse(readFileSync(stringsFile, 'utf8')) as Strings;
  const problems: string[] = [];
  for (const site of templateTexts(template)) {
    const entry = strings[site.path];
    if (!entry) problems.push(`${site.path}: missing`);
    else if (entry.en !== site.text.en)
      problems.push(`${site.path}: English changed since extraction`);
    else if (entry.text.trim() === '') problems.push(`${site.path}: empty translation`);
    else at(raw, site.path)[lang] = entry.text;
  }
  if (problems.length > 0) {
    for (const problem of problems) console.error(`${stringsFile}: ${problem}`);
    process.exit(1);
  }
  const languages = new Set(raw.languages as string[]);
  languages.add(lang);
  raw.languages = [...languages];
  const translations = raw.translations as Record<string, { status: string }>;
  translations[lang] = { status: translations[lang]?.status ?? 'draft' };
  const result = validateTemplate(JSON.stringify(raw));
  if (!result.ok) {
    for (const error of result.errors) console.error(`${file}: ${error.path} — ${error.message}`);
    process.exit(1);
  }
  writeFileSync(file, `${JSON.stringify(raw, null, 2)}\n`);
  console.log(`${file}: merged ${lang}`);
}

const [command, file, lang, stringsFile] = process.argv.slice(2);
if (command === 'extract' && file && lang) extract(file, lang);
else if (command === 'merge' && file && lang && stringsFile) merge(file, lang, stringsFile);
else {
  console.error('usage: template-strings extract <template.json> <lang>');
  console.error('       template-strings merge <template.json> <lang> <strings.json>');
  process.exit(2);
}
