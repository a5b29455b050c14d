import * as v from 'valibot';
import { MAX_ID_LENGTH, MAX_STRING_LENGTH } from './limits.ts';

/**
 * Invisible characters that can make text lie about itself: C0 controls other than
 * tab and newline, DEL, and the bidi embedding/override/isolate controls (a shared
 * template could use U+202E to make a link label read backwards). Ordinary RTL
 * scripts do not need them, and LRM/RLM marks stay allowed.
 */
function findControlCharacter(text: string): string | undefined {
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const isC0 = code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d;
    const isBidiControl = (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
    if (isC0 || code === 0x7f || isBidiControl) {
      return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    }
  }
  return undefined;
}

/** A stable kebab-case id; answers are keyed by ids, so they must never change meaning. */
export const IdSchema = v.pipe(
  v.string('Expected an id (text)'),
  v.regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'Expected a kebab-case id like "check-in-person"'),
  v.maxLength(MAX_ID_LENGTH, `Expected an id of at most ${MAX_ID_LENGTH} characters`),
);

/** A BCP 47 language tag as used here: `en`, `fr`, `zh-Hans`, `pt-BR`, `fil`. */
export const LanguageTagSchema = v.pipe(
  v.string('Expected a language tag'),
  v.regex(
    /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/,
    'Expected a language tag like "en", "fr", "zh-Hans" or "pt-BR"',
  ),
);

/** Rejects the invisible control characters above, naming the one found. */
const noControlCharacters = v.rawCheck<string>(({ dataset, addIssue }) => {
  if (!dataset.typed) return;
  const found = findControlCharacter(dataset.value);
  if (found) addIssue({ message: `Contains an invisible control character (${found}); remove it` });
});

/** One piece of text in one language. */
const TextSchema = v.pipe(
  v.string('Expected text'),
  v.maxLength(MAX_STRING_LENGTH, `Expected at most ${MAX_STRING_LENGTH} characters`),
  noControlCharacters,
);

/** A user-visible text: language tag → text, with English required. */
export const LocalisedTextSchema = v.pipe(
  v.record(
    LanguageTagSchema,
    TextSchema,
    'Expected an object of language → text, like { "en": "…" }',
  ),
  v.check(
    (map) => typeof map.en === 'string' && map.en.trim() !== '',
    'Expected English text ("en"); it is required and is the fallback for every language',
  ),
);

/** An https: URL (anything else could run script or leak over plain http). */
export const HttpsUrlSchema = v.pipe(
  v.string('Expected a URL'),
  v.maxLength(2000, 'Expected a URL of at most 2000 characters'),
  v.check((text) => {
    try {
      return new URL(text).protocol === 'https:';
    } catch {
      return false;
    }
  }, 'Expected an https:// URL'),
);

/** A calendar date `YYYY-MM-DD` that exists. */
export const IsoDateSchema = v.pipe(
  v.string('Expected a date'),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date as YYYY-MM-DD'),
  v.check((text) => {
    const date = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
  }, 'Expected a real calendar date as YYYY-MM-DD'),
);

/** Plain single-language text such as a person's or publication's name. */
export const NameSchema = v.pipe(
  v.string('Expected text'),
  v.minLength(1, 'Expected non-empty text'),
  v.maxLength(300, 'Expected at most 300 characters'),
  noControlCharacters,
);
