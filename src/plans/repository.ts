import type { Vault } from '../vault/index.ts';
import { parsePlan } from './answers.ts';
import { type Salvage, salvagePlan } from './salvage.ts';
import type { Plan } from './types.ts';

/**
 * A stored plan as the app sees it: readable, or damaged (named, never dropped). A damaged
 * plan that decrypted but failed the plan checks carries what could still be read.
 */
export type StoredPlan =
  | { id: string; ok: true; plan: Plan }
  | { id: string; ok: false; salvage: Salvage | null };

/** The vault methods plans need (so tests can pass an in-process vault). */
export type PlanVault = Pick<Vault, 'list' | 'write' | 'delete' | 'read'>;

/**
 * Every plan in the vault. Decrypted values are checked like any outside input: a
 * record that decrypts but does not parse is reported as damaged too.
 */
export async function listPlans(vault: PlanVault): Promise<StoredPlan[]> {
  const records = await vault.list('plans');
  return records.map((record): StoredPlan => {
    if (!record.ok) return { id: record.id, ok: false, salvage: null };
    const parsed = parsePlan(record.value);
    return parsed.ok && parsed.plan.id === record.id
      ? { id: record.id, ok: true, plan: parsed.plan }
      : { id: record.id, ok: false, salvage: salvagePlan(record.value) };
  });
}

/** Write a plan; resolves once the vault's transaction completed. */
export function savePlan(vault: PlanVault, plan: Plan): Promise<void> {
  return vault.write('plans', plan.id, plan);
}

/** Remove a plan from the vault. */
export function removePlan(vault: PlanVault, id: string): Promise<void> {
  return vault.delete('plans', id);
}
