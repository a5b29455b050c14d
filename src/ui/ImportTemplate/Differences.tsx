import { t } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { pickText } from '../../templates/localise';
import type { TemplateDiff } from '../../templates/share/diff';

/** What changes compared with the version of this template already on the device. */
export function Differences({ diff, lang }: { diff: TemplateDiff; lang: string }) {
  if (diff.identical) return <p class="notice">{t('import.same')}</p>;
  const parts = (titles: TemplateDiff['sectionsAdded']) =>
    titles.map((title) => pickText(title, lang)).join(', ');
  const lines = [
    t('import.diff.version', { from: diff.version.from, to: diff.version.to }),
    diff.asOf.from !== diff.asOf.to &&
      t('import.diff.checked', { from: formatDate(diff.asOf.from), to: formatDate(diff.asOf.to) }),
    diff.languagesAdded.length > 0 &&
      t('import.diff.languagesAdded', { languages: diff.languagesAdded.join(', ') }),
    diff.languagesRemoved.length > 0 &&
      t('import.diff.languagesRemoved', { languages: diff.languagesRemoved.join(', ') }),
    diff.sectionsAdded.length > 0 &&
      t('import.diff.partsAdded', { parts: parts(diff.sectionsAdded) }),
    diff.sectionsRemoved.length > 0 &&
      t('import.diff.partsRemoved', { parts: parts(diff.sectionsRemoved) }),
    diff.sectionsChanged.length > 0 &&
      t('import.diff.partsChanged', { parts: parts(diff.sectionsChanged) }),
    t('import.diff.questions', {
      added: diff.itemsAdded,
      removed: diff.itemsRemoved,
      changed: diff.itemsChanged,
    }),
    diff.sourcesChanged && t('import.diff.sources'),
  ].filter((line): line is string => typeof line === 'string');
  return (
    <section class="stack">
      <h2>{t('import.diff.title')}</h2>
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
