import { useId, useState } from 'preact/hooks';
import { deflate } from '../../exchange/deflate';
import { fitsInFrames, splitIntoFrames } from '../../exchange/qr/frames';
import { buildTemplateLink, encodeLinkData } from '../../exchange/template-link';
import { t } from '../../i18n';
import { QrCodes } from '../QrCodes';

/**
 * The made package as a link (deflated, base64url, in the URL fragment, which browsers
 * never send to a server) or as QR codes of the same deflated bytes.
 */
export function ShareOutputs({ text }: { text: string }) {
  const id = useId();
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [frames, setFrames] = useState<string[] | null>(null);
  const [tooLarge, setTooLarge] = useState(false);

  const showLink = async () => {
    setLink(buildTemplateLink(location.origin, await encodeLinkData(text)));
  };
  const showCodes = async () => {
    const bytes = await deflate(new TextEncoder().encode(text));
    const fits = fitsInFrames(bytes.length);
    setTooLarge(!fits);
    setFrames(fits ? splitIntoFrames('template', bytes) : null);
  };
  const copy = async () => {
    if (!link) return;
    await navigator.clipboard.writeText(link);
    setCopied(true);
  };

  return (
    <>
      <div class="plan-row__actions">
        <button type="button" class="button" onClick={() => void showLink()}>
          {t('share.link')}
        </button>
        <button type="button" class="button" onClick={() => void showCodes()}>
          {t('share.qr')}
        </button>
      </div>
      {link && (
        <div class="field">
          <label for={`${id}-link`}>{t('share.linkLabel')}</label>
          <textarea id={`${id}-link`} readOnly rows={4} value={link} class="armored" />
          <p class="hint">{t('share.linkHint', { length: link.length })}</p>
          <button type="button" class="button" onClick={() => void copy().catch(() => undefined)}>
            {t('share.copy')}
          </button>
          <p role="status" class="hint">
            {copied ? t('share.copied') : ''}
          </p>
        </div>
      )}
      {tooLarge && <p class="notice">{t('share.qrTooLarge')}</p>}
      {frames && <QrCodes frames={frames} label={t('share.qrLabel')} />}
    </>
  );
}
