import { useEffect } from 'preact/hooks';
import { t } from '../../i18n';
import { backupDue } from '../../settings/backup-reminder';
import { loadPlans, plans, recentlyDeleted, undoDelete } from '../session/plans';
import { preferences } from '../session/preferences';
import { screen } from '../session/screen';
import { TopBar } from '../TopBar';
import { DamagedPlanRow } from './DamagedPlanRow';
import { PlanRow } from './PlanRow';
import './style.css';

/** Home after unlocking: the person's plans, newest change first. */
export function Home() {
  useEffect(() => {
    if (plans.value === null) void loadPlans();
  }, []);
  const stored = plans.value;
  const readable = (stored ?? [])
    .flatMap((entry) => (entry.ok ? [entry.plan] : []))
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  const damaged = (stored ?? []).flatMap((entry) => (entry.ok ? [] : [entry]));
  const deleted = recentlyDeleted.value;

  return (
    <>
      <TopBar title={t('home.title')}>
        <button type="button" class="button" onClick={() => (screen.value = { name: 'settings' })}>
          {t('home.settings')}
        </button>
      </TopBar>
      <main class="page stack">
        <button
          type="button"
          class="button button--primary button--wide"
          onClick={() => (screen.value = { name: 'choose' })}
        >
          {t('home.newPlan')}
        </button>
        {stored === null && <p class="hint">{t('home.loading')}</p>}
        {stored !== null && readable.length === 0 && damaged.length === 0 && (
          <p>{t('home.empty')}</p>
        )}
        {backupDue(
          preferences.value,
          readable.map((plan) => plan.updatedAt),
          new Date(),
        ) && (
          <div class="notice" role="status">
            <p>{t('reminder.notice')}</p>
            <button
              type="button"
              class="button"
              onClick={() => (screen.value = { name: 'backup' })}
            >
              {t('reminder.now')}
            </button>
          </div>
        )}
        <ul class="plan-list">
          {damaged.map((entry) => (
            <DamagedPlanRow
              key={entry.id}
              id={entry.id}
              salvage={entry.salvage}
              othersOpen={readable.length > 0}
            />
          ))}
          {readable.map((plan) => (
            <PlanRow key={plan.id} plan={plan} />
          ))}
        </ul>
        <div class="home-actions">
          <button type="button" class="button" onClick={() => (screen.value = { name: 'backup' })}>
            {t('home.backup')}
          </button>
          <button type="button" class="button" onClick={() => (screen.value = { name: 'restore' })}>
            {t('home.restore')}
          </button>
          <button
            type="button"
            class="button"
            onClick={() => (screen.value = { name: 'templates' })}
          >
            {t('home.templates')}
          </button>
        </div>
        <div class="toast-area" aria-live="polite">
          {deleted && (
            <div class="toast">
              <span>{t('home.deleted', { title: deleted.title })}</span>
              <button type="button" class="button" onClick={() => void undoDelete()}>
                {t('home.undo')}
              </button>
            </div>
          )}
        </div>
      </main>
    </>
  );
}
