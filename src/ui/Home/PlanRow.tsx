import { useId, useState } from 'preact/hooks';
import { t } from '../../i18n';
import { formatDateTime } from '../../i18n/format';
import type { Plan } from '../../plans/types';
import { pickText } from '../../templates/localise';
import { deleteWithUndo, duplicate, rename, templateFor } from '../session/plans';
import { screen } from '../session/screen';

/** One plan in the list: open it by its title; more actions behind a disclosure. */
export function PlanRow({ plan }: { plan: Plan }) {
  const metaId = useId();
  const [open, setOpen] = useState(false);
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(plan.title);
  const template = templateFor(plan);

  return (
    <li class="plan-row">
      <button
        type="button"
        class="plan-row__open"
        aria-describedby={metaId}
        onClick={() => (screen.value = { name: 'plan', planId: plan.id })}
      >
        {plan.title}
      </button>
      <p id={metaId} class="plan-row__meta">
        {template && <span>{pickText(template.title, plan.language)} · </span>}
        {t('home.changed', { date: formatDateTime(plan.updatedAt) })}
      </p>
      <button
        type="button"
        class="button button--quiet"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {t('home.actionsFor', { title: plan.title })}
      </button>
      {open && (
        <div class="plan-row__actions">
          <button type="button" class="button" onClick={() => void duplicate(plan)}>
            {t('home.duplicate')}
          </button>
          <button type="button" class="button" onClick={() => setRenaming(!renaming)}>
            {t('home.rename')}
          </button>
          <button
            type="button"
            class="button button--danger"
            onClick={() => void deleteWithUndo(plan)}
          >
            {t('home.delete')}
          </button>
        </div>
      )}
      {open && renaming && (
        <form
          class="plan-row__rename"
          onSubmit={(event) => {
            event.preventDefault();
            void rename(plan, name).then(() => setRenaming(false));
          }}
        >
          <div class="field">
            <label for={`${metaId}-name`}>{t('home.renameLabel')}</label>
            <input
              id={`${metaId}-name`}
              value={name}
              onInput={(event) => setName(event.currentTarget.value)}
            />
          </div>
          <button type="submit" class="button button--primary">
            {t('home.renameSave')}
          </button>
        </form>
      )}
    </li>
  );
}
