import type { LeafAnswer } from '../../../plans/types';
import type { LeafItem, Template } from '../../../templates/types';
import { ChoiceItem } from './ChoiceItem';
import { ContactItem } from './ContactItem';
import { InfoItem } from './InfoItem';
import { NumberItem } from './NumberItem';
import { TextItem } from './TextItem';
import { YesNoItem } from './YesNoItem';

interface Props {
  item: LeafItem;
  answer: LeafAnswer | undefined;
  lang: string;
  template: Template;
  onChange: (answer: LeafAnswer | undefined) => void;
}

/** The right control for an item's kind. An answer of another kind is not shown here. */
export function LeafItemView({ item, answer, lang, template, onChange }: Props) {
  const matching = answer?.kind === item.kind ? answer : undefined;
  switch (item.kind) {
    case 'shortText':
    case 'longText':
    case 'date':
      return (
        <TextItem
          item={item}
          answer={narrow(matching, item.kind)}
          lang={lang}
          onChange={onChange}
        />
      );
    case 'singleChoice':
    case 'multipleChoice':
    case 'checklist':
      return (
        <ChoiceItem
          item={item}
          answer={narrow(matching, item.kind)}
          lang={lang}
          onChange={onChange}
        />
      );
    case 'yesNo':
      return (
        <YesNoItem item={item} answer={narrow(matching, 'yesNo')} lang={lang} onChange={onChange} />
      );
    case 'contact':
      return (
        <ContactItem
          item={item}
          answer={narrow(matching, 'contact')}
          lang={lang}
          onChange={onChange}
        />
      );
    case 'memoriseNumber':
      return (
        <NumberItem
          item={item}
          answer={narrow(matching, 'memoriseNumber')}
          lang={lang}
          onChange={onChange}
        />
      );
    case 'info':
      return <InfoItem item={item} lang={lang} template={template} />;
  }
}

function narrow<K extends LeafAnswer['kind']>(
  answer: LeafAnswer | undefined,
  kind: K,
): Extract<LeafAnswer, { kind: K }> | undefined {
  return answer?.kind === kind ? (answer as Extract<LeafAnswer, { kind: K }>) : undefined;
}
