import { signal } from '@preact/signals';

/**
 * Which top-level screen is showing. Navigation lives in memory, never in the browser
 * history: Back must never bring plan content back after a lock or quick exit.
 */
export type Screen =
  | { name: 'lock' }
  | { name: 'neutral' }
  | { name: 'home' }
  | { name: 'settings' }
  | { name: 'choose' }
  | { name: 'plan'; planId: string; sectionId?: string }
  | { name: 'view'; planId: string }
  | { name: 'print'; planId: string }
  | { name: 'backup' }
  | { name: 'restore' }
  | { name: 'templates' }
  /** A built-in template by id, or an imported one by its record id. */
  | { name: 'shareTemplate'; templateId: string; recordId?: string }
  | { name: 'importTemplate' };

/** The screen on show now. */
export const screen = signal<Screen>({ name: 'lock' });
