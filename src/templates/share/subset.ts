import { templateTexts } from '../text-walk.ts';
import type { Template } from '../types.ts';

/**
 * The template with only some of its languages (English always stays: it is every
 * text's fallback). The bundled templates carry ten languages and weigh ~250 KB; one or
 * two languages make a link or a handful of QR codes instead of dozens.
 */
export function templateInLanguages(template: Template, languages: readonly string[]): Template {
  const keep = new Set(['en', ...languages.filter((tag) => template.languages.includes(tag))]);
  const copy = structuredClone(template);
  for (const site of templateTexts(copy)) {
    for (const tag of Object.keys(site.text)) if (!keep.has(tag)) delete site.text[tag];
  }
  copy.languages = copy.languages.filter((tag) => keep.has(tag));
  copy.translations = Object.fromEntries(
    Object.entries(copy.translations).filter(([tag]) => keep.has(tag)),
  );
  return copy;
}
