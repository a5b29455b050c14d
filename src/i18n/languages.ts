/** The languages Pathway speaks, each named in itself (as the picker shows them). */
export const LANGUAGES = [
  { tag: 'en', name: 'English' },
  { tag: 'fr', name: 'Français' },
  { tag: 'zh-Hans', name: '中文（简体）' },
  { tag: 'zh-Hant', name: '中文（繁體）' },
  { tag: 'ko', name: '한국어' },
  { tag: 'th', name: 'ภาษาไทย' },
  { tag: 'vi', name: 'Tiếng Việt' },
  { tag: 'es', name: 'Español' },
  { tag: 'pt', name: 'Português' },
  { tag: 'tl', name: 'Tagalog' },
] as const;

/** A supported UI language tag. */
export type LanguageTag = (typeof LANGUAGES)[number]['tag'];

const TAGS: readonly string[] = LANGUAGES.map((language) => language.tag);

/** True for a tag Pathway has a catalog for. */
export function isLanguageTag(tag: string): tag is LanguageTag {
  return TAGS.includes(tag);
}

/** Browser tags that name a script or a region rather than our tag. */
const ALIASES: Record<string, LanguageTag> = {
  'zh-cn': 'zh-Hans',
  'zh-sg': 'zh-Hans',
  'zh-my': 'zh-Hans',
  zh: 'zh-Hans',
  'zh-tw': 'zh-Hant',
  'zh-hk': 'zh-Hant',
  'zh-mo': 'zh-Hant',
  fil: 'tl',
};

/**
 * The best supported language for the browser's preferences (`navigator.languages`),
 * or English. `zh-Hant-HK` → `zh-Hant`, `zh-TW` → `zh-Hant`, `pt-BR` → `pt`, `fil` → `tl`.
 */
export function preferredLanguage(preferences: readonly string[]): LanguageTag {
  for (const preference of preferences) {
    const lower = preference.toLowerCase();
    const script = TAGS.find((tag) => lower.startsWith(tag.toLowerCase()));
    if (script) return script as LanguageTag;
    const alias = ALIASES[lower] ?? ALIASES[lower.split('-').slice(0, 2).join('-')];
    if (alias) return alias;
    const base = lower.split('-')[0] ?? '';
    const baseAlias = ALIASES[base];
    if (isLanguageTag(base)) return base;
    if (baseAlias) return baseAlias;
  }
  return 'en';
}
