import { useEffect, useId, useState } from 'preact/hooks';
import { t } from '../../i18n';
import { createSigningIdentity, loadSigningIdentity, signingIdentity } from '../session/templates';

/**
 * An organisation's signing key: made once, kept in the vault, used to sign templates so
 * the groups receiving them can tell the template really came from them, unchanged.
 */
export function SigningKey() {
  const id = useId();
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => void loadSigningIdentity().catch(() => undefined), []);
  const identity = signingIdentity.value;

  const create = async (event: Event) => {
    event.preventDefault();
    setProblem(null);
    if (!name.trim()) return setProblem(t('signing.nameMissing'));
    setBusy(true);
    try {
      await createSigningIdentity(name);
    } catch {
      setProblem(t('signing.failed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('signing.title')}</h2>
      {identity ? (
        <p>{t('signing.have', { name: identity.name, fingerprint: identity.fingerprint })}</p>
      ) : (
        <form class="stack" onSubmit={create} aria-busy={busy}>
          <p>{t('signing.intro')}</p>
          <div class="field">
            <label for={`${id}-name`}>{t('signing.name')}</label>
            <input
              id={`${id}-name`}
              type="text"
              maxLength={80}
              autoComplete="organization"
              value={name}
              onInput={(event) => setName(event.currentTarget.value)}
            />
          </div>
          <p role="alert" class="problem">
            {problem ?? ''}
          </p>
          <button type="submit" class="button" disabled={busy}>
            {t('signing.create')}
          </button>
        </form>
      )}
    </section>
  );
}
