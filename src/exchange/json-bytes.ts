import { measureJson } from '../templates/json-depth.ts';
import { MAX_JSON_DEPTH } from '../templates/limits.ts';
import { UnexpectedContentError } from './errors.ts';

/**
 * Decrypted bytes → a JSON value that is safe to hand to the recursive validators: strict
 * UTF-8, real JSON, and bounded in depth and size (a file of 100 000 nested arrays must
 * not overflow the stack). Anything else is UnexpectedContentError.
 */
export function parseBoundedJson(bytes: Uint8Array): unknown {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new UnexpectedContentError();
  }
  const shape = measureJson(value, { maxDepth: MAX_JSON_DEPTH + 4, maxNodes: bytes.length + 1 });
  if (shape !== 'ok') throw new UnexpectedContentError();
  return value;
}
