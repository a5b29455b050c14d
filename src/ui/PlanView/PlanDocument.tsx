import { t } from '../../i18n';
import { answerLines, contactLines } from '../../plans/answer-text';
import { type CopyChoices, type CopyFor, includeInCopy } from '../../plans/sharing';
import type { LeafAnswer, Plan } from '../../plans/types';
import { pickLocalised } from '../../templates/localise';
import { hasAnswer, visibleIds } from '../../templates/show-if';
import type { Item, LeafItem, Template } from '../../templates/types';
import { Localised } from '../Editor/items/Localised';
import { RichText } from '../RichText';
import './style.css';

interface Props {
  template: Template;
  plan: Plan;
  /** Who the copy is for and what the person chose to include; everything by default. */
  copy?: CopyFor;
  choices?: CopyChoices;
  /** Also show the template's information blocks (rights, steps, phrases). */
  withInformation?: boolean;
}

/** A read-only plan grouped by section: the base of the plan view and every printout. */
export function PlanDocument({
  template,
  plan,
  copy = 'me',
  choices = { sensitive: true, private: true },
  withInformation = false,
}: Props) {
  const visible = visibleIds(template, plan.answers);
  const lang = plan.language;
  return (
    <div class="plan-document" lang={lang}>
      {template.sections
        .filter((section) => visible.has(section.id))
        .map((section) => {
          const include = (item: Item) =>
            includeInCopy(copy, choices, section, item, plan.answers[item.id]);
          const items = section.items.filter(
            (item) =>
              visible.has(item.id) &&
              include(item) &&
              (item.kind === 'info' ? withInformation : hasAnswer(plan.answers[item.id]?.value)),
          );
          if (items.length === 0) return null;
          return (
            <section key={section.id} class="plan-document__section">
              <h2>
                <Localised text={section.title} lang={lang} />
              </h2>
              <dl>
                {items.map((item) =>
                  item.kind === 'info' ? (
                    <InfoBlock key={item.id} item={item} lang={lang} />
                  ) : (
                    <ItemAnswer key={item.id} item={item} plan={plan} include={include} />
                  ),
                )}
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

function InfoBlock({ item, lang }: { item: Extract<Item, { kind: 'info' }>; lang: string }) {
  const body = pickLocalised(item.body, lang);
  return (
    <>
      <dt>
        <Localised text={item.label} lang={lang} />
      </dt>
      <dd>
        <RichText text={body.text} lang={body.lang} />
      </dd>
    </>
  );
}
