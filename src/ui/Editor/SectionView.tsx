import { setAnswer } from '../../plans/edit';
import type { Answer, Plan } from '../../plans/types';
import { pickLocalised } from '../../templates/localise';
import type { Section, Template } from '../../templates/types';
import { ReadAloud } from '../ReadAloud';
import { spokenText } from '../ReadAloud/spoken-text';
import { RichText } from '../RichText';
import { FacilitatorNote } from '../Support/FacilitatorNote';
import { GroupItem } from './items/GroupItem';
import { LeafItemView } from './items/LeafItemView';
import { Localised } from './items/Localised';
import { PrivateToggle } from './PrivateToggle';

interface Props {
  template: Template;
  section: Section;
  plan: Plan;
  visible: Set<string>;
  update: (change: (plan: Plan) => Plan) => void;
}

/** One section's questions and information, live-filtered by `showIf`. */
export function SectionView({ template, section, plan, visible, update }: Props) {
  const lang = plan.language;
  const help = section.help ? pickLocalised(section.help, lang) : undefined;
  const answer = (itemId: string) => (value: Answer | undefined) =>
    update((current) => setAnswer(current, itemId, value, new Date()));

  return (
    <section class="section" aria-labelledby={`section-${section.id}`}>
      <h2 id={`section-${section.id}`} tabIndex={-1} class="section__title">
        <Localised text={section.title} lang={lang} />
      </h2>
      {help && <RichText text={help.text} lang={help.lang} class="section__help" />}
      <FacilitatorNote note={section.facilitatorNote} lang={lang} />
      {section.items
        .filter((item) => visible.has(item.id))
        .map((item) => {
          const current = plan.answers[item.id];
          // data-item marks one question, so tests (and later, links into a plan) can find it.
          return (
            <div key={item.id} class="item-slot" data-item={item.id} data-kind={item.kind}>
              {item.kind === 'group' ? (
                <GroupItem
                  item={item}
                  answer={current?.kind === 'group' ? current : undefined}
                  lang={lang}
                  template={template}
                  onChange={answer(item.id)}
                />
              ) : (
                <LeafItemView
                  item={item}
                  answer={current?.kind === 'group' ? undefined : current}
                  lang={lang}
                  template={template}
                  onChange={answer(item.id)}
                />
              )}
              <ReadAloud {...spokenText(item, lang)} />
              <FacilitatorNote note={item.facilitatorNote} lang={lang} />
              {/* The toggle appears with the first answer; its space is kept from the start
                  so nothing below moves while the person types. */}
              {item.kind !== 'info' && !current && (
                <div class="private-toggle" aria-hidden="true" />
              )}
              {current && (
                <PrivateToggle
                  answer={current}
                  onChange={(marked) =>
                    update((p) => {
                      const now = p.answers[item.id];
                      return now
                        ? setAnswer(p, item.id, { ...now, private: marked }, new Date())
                        : p;
                    })
                  }
                />
              )}
            </div>
          );
        })}
    </section>
  );
}
