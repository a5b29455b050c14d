import { t } from '../../i18n';
import type { LeafAnswer, Plan } from '../../plans/types';
import { hasAnswer, visibleIds } from '../../templates/show-if';
import type { Item, LeafItem, Template } from '../../templates/types';
import { Localised } from '../Editor/items/Localised';
import { answerLines, contactLines } from './answer-text';
import './style.css';

interface Props {
  template: Template;
  plan: Plan;
  /** Which items to include; all answered, visible items by default. */
  include?: (item: Item) => boolean;
}

/** A read-only plan grouped by section: the base of the plan view and every printout. */
export function PlanDocument({ template, plan, include = () => true }: Props) {
  const visible = visibleIds(template, plan.answers);
  const lang = plan.language;
  return (
    <div class="plan-document" lang={lang}>
      {template.sections
        .filter((section) => visible.has(section.id))
        .map((section) => {
          const items = section.items.filter(
            (item) =>
              visible.has(item.id) &&
              item.kind !== 'info' &&
              include(item) &&
              hasAnswer(plan.answers[item.id]?.value),
          );
          if (items.length === 0) return null;
          return (
            <section key={section.id} class="plan-document__section">
              <h2>
                <Localised text={section.title} lang={lang} />
              </h2>
              <dl>
                {items.map((item) => (
                  <ItemAnswer key={item.id} item={item} plan={plan} include={include} />
                ))}
              </dl>
            </section>
          );
        })}
    </div>
  );
}

function ItemAnswer({
  item,
  plan,
  include,
}: {
  item: Item;
  plan: Plan;
  include: (i: Item) => boolean;
}) {
  const answer = plan.answers[item.id];
  if (!answer) return null;
  const lang = plan.language;
  return (
    <>
      <dt>
        <Localised text={item.label} lang={lang} />
        {answer.private && <span class="private-badge">{t('private.badge')}</span>}
      </dt>
      <dd>
        {item.kind === 'group' && answer.kind === 'group'
          ? answer.value.map((entry, index) => (
              <dl key={index} class="plan-document__entry">
                {item.items
                  .filter((sub) => include(sub) && entry[sub.id] && hasAnswer(entry[sub.id]?.value))
                  .map((sub) => (
                    <LeafAnswerView
                      key={sub.id}
                      item={sub}
                      answer={entry[sub.id]}
                      lang={lang}
                      labelled
                    />
                  ))}
              </dl>
            ))
          : item.kind !== 'group' &&
            answer.kind !== 'group' && <LeafAnswerView item={item} answer={answer} lang={lang} />}
      </dd>
    </>
  );
}

interface LeafProps {
  item: LeafItem;
  answer: LeafAnswer | undefined;
  lang: string;
  labelled?: boolean;
}

function LeafAnswerView({ item, answer, lang, labelled }: LeafProps) {
  if (!answer || answer.kind !== item.kind) return null;
  const body =
    answer.kind === 'contact'
      ? answer.value.map((contact, index) => (
          <ul key={index} class="plan-document__contact">
            {contactLines(contact).map(([label, value]) => (
              <li key={label}>
                {label}: <span class="plan-document__value">{value}</span>
              </li>
            ))}
          </ul>
        ))
      : answerLines(item, answer, lang).map((line, index) => (
          <p key={index} class="plan-document__value">
            {line}
          </p>
        ));
  if (!labelled) return <>{body}</>;
  return (
    <>
      <dt>
        <Localised text={item.label} lang={lang} />
      </dt>
      <dd>{body}</dd>
    </>
  );
}
