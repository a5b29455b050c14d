/**
 * Test-only entry bundled by template-xss.spec.ts: renders every text of a template the
 * way the app does (rich text through RichText, labels as plain text), into #root.
 */
import { render } from 'preact';
import { templateTexts } from '../../src/templates/text-walk.ts';
import type { Template } from '../../src/templates/types.ts';
import { RichText } from '../../src/ui/RichText/index.tsx';

function TemplateTexts({ template }: { template: Template }) {
  const sites = [...templateTexts(template)];
  return (
    <div>
      {sites.map((site) => (
        <section key={site.path} data-path={site.path}>
          {site.rich ? <RichText text={site.text.en ?? ''} /> : <span>{site.text.en}</span>}
        </section>
      ))}
      {template.sources.map((source) => (
        <p key={source.id}>{source.title}</p>
      ))}
      {template.authors.map((author) => (
        <p key={author.name}>{author.name}</p>
      ))}
    </div>
  );
}

declare global {
  interface Window {
    renderTemplateTexts: (template: Template) => void;
  }
}

window.renderTemplateTexts = (template) => {
  const root = document.getElementById('root');
  if (root) render(<TemplateTexts template={template} />, root);
};
