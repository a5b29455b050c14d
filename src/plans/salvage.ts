import * as v from 'valibot';
import { MAX_ITEMS, MAX_REPEATS, MAX_SECTIONS } from '../templates/limits.ts';
import { IdSchema, LanguageTagSchema } from '../templates/schema-text.ts';
import {
  AnswerSchema,
  EarlierAnswerSchema,
  LeafAnswerSchema,
  MAX_EARLIER_ANSWERS,
  PlanSchema,
} from './answers.ts';
import type { Answer, EarlierAnswer, LeafAnswer, Plan } from './types.ts';

/**
 * What can still be read from a stored plan that decrypted but failed the plan checks
 * (a bug in an older version, or a partly garbled record). Every part here passed its
 * own schema; nothing is guessed or repaired.
 */
export interface Salvage {
  /** The plan's title, if it still reads as one. */
  title: string | null;
  templateId: string;
  templateVersion: number;
  language: string;
  answers: Record<string, Answer>;
  earlierAnswers: EarlierAnswer[];
  later: string[];
  /** How many answers (counting group entries one by one) could be kept. */
  kept: number;
}

const TitleSchema = PlanSchema.entries.title;
const VersionSchema = PlanSchema.entries.templateVersion;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const valid = <T>(schema: v.GenericSchema<unknown, T>, value: unknown): T | undefined => {
  const result = v.safeParse(schema, value);
  return result.success ? result.output : undefined;
};

/**
 * Reads what it can from a decrypted value that failed `parsePlan`. Returns null when
 * nothing useful is left: without a valid template id and version the answers cannot be
 * matched to their questions, and with no answer there is nothing to save.
 * Never throws, whatever the input.
 */
export function salvagePlan(input: unknown): Salvage | null {
  try {
    if (!isRecord(input)) return null;
    const templateId = valid(IdSchema, input.templateId);
    const templateVersion = valid(VersionSchema, input.templateVersion);
    if (templateId === undefined || templateVersion === undefined) return null;
    const { answers, kept } = salvageAnswers(input.answers);
    const earlierAnswers = salvageEarlier(input.earlierAnswers);
    if (kept === 0 && earlierAnswers.length === 0) return null;
    return {
      title: valid(TitleSchema, input.title) ?? null,
      templateId,
      templateVersion,
      language: valid(LanguageTagSchema, input.language) ?? 'en',
      answers,
      earlierAnswers,
      later: salvageIds(input.later).slice(0, MAX_SECTIONS),
      kept: kept + earlierAnswers.length,
    };
  } catch {
    // A hostile value (a getter that throws, a huge nesting) saves nothing rather than crash.
    return null;
  }
}

/** A new, readable plan from a salvage. The damaged record itself is left untouched. */
export function planFromSalvage(salvage: Salvage, id: string, title: string, now: Date): Plan {
  const stamp = now.toISOString();
  const plan: Plan = {
    formatVersion: 1,
    id,
    templateId: salvage.templateId,
    templateVersion: salvage.templateVersion,
    title,
    language: salvage.language,
    createdAt: stamp,
    updatedAt: stamp,
    answers: structuredClone(salvage.answers),
    earlierAnswers: structuredClone(salvage.earlierAnswers),
  };
  if (salvage.later.length > 0) plan.later = [...salvage.later];
  return plan;
}

function salvageAnswers(input: unknown): { answers: Record<string, Answer>; kept: number } {
  const answers: Record<string, Answer> = {};
  let kept = 0;
  if (!isRecord(input)) return { answers, kept };
  for (const [itemId, raw] of Object.entries(input)) {
    if (kept >= MAX_ITEMS) break;
    if (valid(IdSchema, itemId) === undefined) continue;
    const whole = valid(AnswerSchema, raw);
    if (whole) {
      answers[itemId] = whole;
      kept += whole.kind === 'group' ? entriesIn(whole.value) : 1;
      continue;
    }
    // A group with one bad entry keeps its other entries.
    const group = salvageGroup(raw);
    if (group) {
      answers[itemId] = group.answer;
      kept += group.kept;
    }
  }
  return { answers, kept };
}

function entriesIn(repeats: Record<string, LeafAnswer>[]): number {
  return repeats.reduce((sum, repeat) => sum + Object.keys(repeat).length, 0);
}

function salvageGroup(raw: unknown): { answer: Answer; kept: number } | null {
  if (!isRecord(raw) || raw.kind !== 'group' || !Array.isArray(raw.value)) return null;
  let kept = 0;
  const repeats: Record<string, LeafAnswer>[] = [];
  for (const entry of raw.value.slice(0, MAX_REPEATS)) {
    const repeat: Record<string, LeafAnswer> = {};
    if (isRecord(entry)) {
      for (const [subId, sub] of Object.entries(entry)) {
        const leaf = valid(LeafAnswerSchema, sub);
        if (leaf && valid(IdSchema, subId) !== undefined) {
          repeat[subId] = leaf;
          kept += 1;
        }
      }
    }
    // Empty repeats stay, so the entries keep their places (repeat numbers).
    repeats.push(repeat);
  }
  if (kept === 0) return null;
  const answer = valid(AnswerSchema, { kind: 'group', value: repeats });
  return answer ? { answer, kept } : null;
}

function salvageEarlier(input: unknown): EarlierAnswer[] {
  if (!Array.isArray(input)) return [];
  return input
    .slice(0, MAX_EARLIER_ANSWERS)
    .flatMap((entry) => valid(EarlierAnswerSchema, entry) ?? []);
}

function salvageIds(input: unknown): string[] {
  if (!Array.isArray(input)) return [];
  return input.flatMap((id) => valid(IdSchema, id) ?? []);
}
