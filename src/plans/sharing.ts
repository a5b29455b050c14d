import type { Audience, Item, Section } from '../templates/types.ts';
import type { Answer } from './types.ts';

/** Who a copy of the plan is for. */
export type CopyFor = 'me' | 'trustedContact';

/** What the person chose to include in a copy (both off by default). */
export interface CopyChoices {
  sensitive: boolean;
  private: boolean;
}

/** An item's audience; an item without one takes its section's. */
export function audienceOf(section: Section, item: Item): readonly Audience[] {
  return item.audience ?? section.audience;
}

/** Whether an item is sensitive; an item without the flag takes its section's. */
export function isSensitive(section: Section, item: Item): boolean {
  return item.sensitive ?? section.sensitive ?? false;
}

/**
 * Whether an item belongs in a copy. A copy for the trusted contact holds only what
 * the template marks for them. Sensitive items and answers marked "only for me" stay
 * out of every copy unless the person ticked them; a private answer never goes into a
 * copy for someone else.
 */
export function includeInCopy(
  copy: CopyFor,
  choices: CopyChoices,
  section: Section,
  item: Item,
  answer: Answer | undefined,
): boolean {
  if (copy === 'trustedContact' && !audienceOf(section, item).includes('trustedContact')) {
    return false;
  }
  if (isSensitive(section, item) && !choices.sensitive) return false;
  if (answer?.private) return copy === 'me' && choices.private;
  return true;
}
