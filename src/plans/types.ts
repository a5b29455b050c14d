import type { LocalisedText } from '../templates/types.ts';

/** An answer to "does this person know about my work?" and similar. */
export type TriState = 'yes' | 'no' | 'unsure';

/** One person in a contact item. Every field may be left empty. */
export interface ContactAnswer {
  name: string;
  phone: string;
  relationship: string;
  knowsAboutWork?: TriState;
  okToCallFromDetention?: TriState;
}

/** A number to learn by heart (printed on the wallet card). */
export interface MemorisedNumber {
  name: string;
  number: string;
}

/**
 * Marks kept with every answer. `private` is reserved for a later "only for me"
 * feature: such an answer is left out of every copy made for someone else.
 */
interface AnswerMeta {
  private?: boolean;
}

/** An answer to any item that is not a group. The `kind` mirrors the item's kind. */
export type LeafAnswer = AnswerMeta &
  (
    | { kind: 'shortText' | 'longText'; value: string }
    | { kind: 'singleChoice'; value: string }
    | { kind: 'multipleChoice' | 'checklist'; value: string[] }
    | { kind: 'yesNo'; value: 'yes' | 'no' }
    | { kind: 'date'; value: string }
    | { kind: 'contact'; value: ContactAnswer[] }
    | { kind: 'memoriseNumber'; value: MemorisedNumber }
  );

/** A group's answer: one record of sub-item answers per repeat. */
export type GroupAnswer = AnswerMeta & { kind: 'group'; value: Array<Record<string, LeafAnswer>> };

/** Any answer stored in a plan (info items have none). */
export type Answer = LeafAnswer | GroupAnswer;

/** The item kinds that take an answer. */
export type AnswerKind = Answer['kind'];

/** Why an answer moved to "from the earlier version". */
export type EarlierReason = 'removed' | 'kindChanged' | 'optionRemoved';

/**
 * An answer whose question is gone or changed in a newer template version. Kept and
 * shown apart so the person never loses what they wrote.
 */
export interface EarlierAnswer {
  itemId: string;
  /** Set when the answer was inside a group: the group's id and which repeat (from 0). */
  groupId?: string;
  repeat?: number;
  /** The template version the answer was written against. */
  fromVersion: number;
  reason: EarlierReason;
  /** The question as it read then (absent if that template version was not available). */
  question?: LocalisedText;
  /** Labels of the chosen options as they read then, by option id. */
  optionLabels?: Record<string, LocalisedText>;
  answer: Answer;
}

/** A person's plan, filled in from one version of one template. */
export interface Plan {
  formatVersion: 1;
  id: string;
  templateId: string;
  templateVersion: number;
  title: string;
  /** The language the person fills the plan in (a template language tag). */
  language: string;
  /** ISO 8601 timestamps. */
  createdAt: string;
  updatedAt: string;
  /** Answers by item id. Group sub-answers live inside the group's answer. */
  answers: Record<string, Answer>;
  earlierAnswers: EarlierAnswer[];
  /** Section ids the person set aside to come back to later. */
  later?: string[];
}
