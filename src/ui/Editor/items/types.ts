import type { Answer, LeafAnswer } from '../../../plans/types';
import type { Item, LeafItem } from '../../../templates/types';

/** Props every item control receives. `lang` is the plan's language. */
export interface ItemProps<I extends Item = LeafItem, A extends Answer = LeafAnswer> {
  item: I;
  answer: A | undefined;
  lang: string;
  /** A new answer, or `undefined` to clear it. */
  onChange: (answer: A | undefined) => void;
}

/** Narrow an item to one kind (for the per-kind components). */
export type ItemOf<K extends Item['kind']> = Extract<Item, { kind: K }>;
/** Narrow an answer to one kind. */
export type AnswerOf<K extends Answer['kind']> = Extract<Answer, { kind: K }>;
