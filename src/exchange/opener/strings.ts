import type { MessageKey } from '../../i18n/catalog.ts';

/**
 * The UI messages the self-opening page needs, copied into it at export time in the
 * app's language: its own few (passphrase, open, errors, print) and those the plan
 * renderer uses for contacts and yes/no answers.
 */
export const OPENER_MESSAGE_KEYS = [
  'file.pageTitle',
  'file.openPassphrase',
  'file.open',
  'file.opening',
  'file.wrong',
  'file.damaged',
  'file.print',
  'private.badge',
  'editor.yes',
  'editor.no',
  'editor.unsure',
  'editor.contactName',
  'editor.contactPhone',
  'editor.contactRelationship',
  'editor.knowsAboutWork',
  'editor.okFromDetention',
] as const satisfies readonly MessageKey[];

/** Message key → text, as embedded in the page. */
export type OpenerStrings = Partial<Record<MessageKey, string>>;
