import { useId, useRef, useState } from 'preact/hooks';
import { t } from '../../i18n';
import { screen } from '../session/screen';

/** Pressing Clear this many times quickly returns to the lock screen. */
const CLEARS_TO_RETURN = 3;
const CLEAR_WINDOW_MS = 1500;

/** A plain notes page shown after quick exit. It saves nothing, anywhere. */
export function NotesScreen() {
  const id = useId();
  const [text, setText] = useState('');
  const clears = useRef<number[]>([]);
  const clear = () => {
    const now = performance.now();
    clears.current = [...clears.current.filter((at) => now - at < CLEAR_WINDOW_MS), now];
    setText('');
    if (clears.current.length >= CLEARS_TO_RETURN) {
      document.title = t('app.name');
      screen.value = { name: 'lock' };
    }
  };
  return (
    <main class="notes-screen" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>{t('neutral.notes')}</h1>
      <label for={id} class="visually-hidden">
        {t('neutral.note')}
      </label>
      <textarea id={id} rows={12} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      <button type="button" class="button" onClick={clear}>
        {t('neutral.clear')}
      </button>
    </main>
  );
}
