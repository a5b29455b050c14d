import { signal } from '@preact/signals';
import { t } from '../../i18n';
import { renamePlan } from '../../plans/edit';
import { copyPlan, newPlan } from '../../plans/new-plan';
import { listPlans, removePlan, type StoredPlan, savePlan } from '../../plans/repository';
import { planFromSalvage, type Salvage } from '../../plans/salvage';
import type { Plan } from '../../plans/types';
import { loadBundledTemplates } from '../../templates/bundled';
import { pickTemplate } from '../../templates/installed';
import type { Template } from '../../templates/types';
import { newRecordId } from '../../vault';
import { screen } from './screen';
import { installedTemplates, loadInstalledTemplates } from './templates';
import { onVaultLocked, openVault } from './vault-session';

/** Bundled templates, validated like any other (loaded on first unlock). */
export const templates = signal<Template[] | null>(null);
/** Plans decrypted in memory while unlocked; null while locked or loading. */
export const plans = signal<StoredPlan[] | null>(null);
/** The plan deleted last, for a few seconds of Undo. */
export const recentlyDeleted = signal<Plan | null>(null);

/** How long Undo stays offered after a delete. */
export const UNDO_MS = 8000;
let undoTimer: ReturnType<typeof setTimeout> | undefined;

/** Load templates (once) and the person's plans. */
export async function loadPlans(): Promise<void> {
  if (!templates.value) templates.value = await loadBundledTemplates();
  await loadInstalledTemplates();
  plans.value = await listPlans(openVault());
}

/** The template a plan was filled from (bundled or imported, newest version), if any. */
export function templateFor(plan: Plan): Template | undefined {
  return pickTemplate(plan.templateId, templates.value ?? [], installedTemplates.value ?? []);
}

function replaceInList(plan: Plan): void {
  const others = (plans.value ?? []).filter((stored) => stored.id !== plan.id);
  plans.value = [...others, { id: plan.id, ok: true, plan }];
}

/** Write a plan and update the in-memory list once the write completed. */
export async function storePlan(plan: Plan): Promise<void> {
  await savePlan(openVault(), plan);
  replaceInList(plan);
}

/** Start a plan from a template and open it in the editor. */
export async function startPlan(template: Template, language = 'en'): Promise<void> {
  const plan = newPlan(template, newRecordId(), language, new Date());
  await storePlan(plan);
  screen.value = { name: 'plan', planId: plan.id };
}

/** Save a copy of a plan next to it. */
export async function duplicate(plan: Plan): Promise<void> {
  const title = t('home.copyTitle', { title: plan.title });
  await storePlan(copyPlan(plan, newRecordId(), title, new Date()));
}

/** Give a plan a new name. */
export async function rename(plan: Plan, title: string): Promise<void> {
  const renamed = renamePlan(plan, title, new Date());
  if (renamed !== plan) await storePlan(renamed);
}

/** Delete a plan; it can be put back with `undoDelete()` for a few seconds. */
export async function deleteWithUndo(plan: Plan): Promise<void> {
  await removePlan(openVault(), plan.id);
  plans.value = (plans.value ?? []).filter((stored) => stored.id !== plan.id);
  recentlyDeleted.value = plan;
  clearTimeout(undoTimer);
  undoTimer = setTimeout(() => (recentlyDeleted.value = null), UNDO_MS);
}

/** Put back the plan deleted last. */
export async function undoDelete(): Promise<void> {
  const plan = recentlyDeleted.value;
  if (!plan) return;
  clearTimeout(undoTimer);
  recentlyDeleted.value = null;
  await storePlan(plan);
}

/**
 * Save what could be read from a damaged plan as a new plan next to it. The damaged
 * record stays until the person removes it. Returns the new plan's title.
 */
export async function saveWhatCouldBeRead(salvage: Salvage): Promise<string> {
  const title = salvage.title
    ? t('damaged.savedTitle', { title: salvage.title })
    : t('damaged.untitled');
  await storePlan(planFromSalvage(salvage, newRecordId(), title, new Date()));
  return title;
}

/** Remove a damaged record for good (the person confirmed; there is no undo for it). */
export async function removeDamaged(id: string): Promise<void> {
  await removePlan(openVault(), id);
  plans.value = (plans.value ?? []).filter((stored) => stored.id !== id);
}

onVaultLocked(() => {
  clearTimeout(undoTimer);
  plans.value = null;
  recentlyDeleted.value = null;
});
