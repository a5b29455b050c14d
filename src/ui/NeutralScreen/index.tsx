import { useRef, useState } from 'preact/hooks';
import { t } from '../../i18n';
import { exitScreen } from '../session/preferences';
import { screen } from '../session/screen';
import {
  type CalcState,
  initialCalc,
  type Operator,
  pressDigit,
  pressEquals,
  pressOperator,
} from './calculator';
import { NotesScreen } from './NotesScreen';
import './style.css';

/** Keypad rows as on a pocket calculator; `=` is handled separately. */
const ROWS: readonly (readonly string[])[] = [
  ['7', '8', '9', '÷'],
  ['4', '5', '6', '×'],
  ['1', '2', '3', '−'],
  ['0', '.', '=', '+'],
];
const isOperator = (key: string): key is Operator => ['÷', '×', '−', '+'].includes(key);
/** Pressing Clear this many times quickly returns to the lock screen. */
const CLEARS_TO_RETURN = 3;
const CLEAR_WINDOW_MS = 1500;

/** The neutral screen quick exit leaves on the display: the person's choice. */
export function NeutralScreen() {
  return exitScreen.value === 'notes' ? <NotesScreen /> : <Calculator />;
}

/** A plain, working calculator shown after quick exit. Nothing here hints at plans. */
function Calculator() {
  const [calc, setCalc] = useState<CalcState>(initialCalc);
  const clears = useRef<number[]>([]);

  const clear = () => {
    const now = performance.now();
    clears.current = [...clears.current.filter((at) => now - at < CLEAR_WINDOW_MS), now];
    setCalc(initialCalc);
    if (clears.current.length >= CLEARS_TO_RETURN) {
      document.title = t('app.name');
      screen.value = { name: 'lock' };
    }
  };

  return (
    <main class="calculator" aria-label={t('neutral.calculator')}>
      <output class="calculator__display" aria-label={t('neutral.display')} aria-live="polite">
        {calc.display}
      </output>
      <div class="calculator__keys">
        <button type="button" class="calculator__key calculator__key--wide" onClick={clear}>
          {t('neutral.clear')}
        </button>
        {ROWS.flat().map((key) => (
          <button
            key={key}
            type="button"
            class={
              isOperator(key) || key === '='
                ? 'calculator__key calculator__key--op'
                : 'calculator__key'
            }
            aria-label={key === '=' ? t('neutral.equals') : undefined}
            onClick={() =>
              setCalc((s) =>
                key === '='
                  ? pressEquals(s)
                  : isOperator(key)
                    ? pressOperator(s, key)
                    : pressDigit(s, key),
              )
            }
          >
            {key}
          </button>
        ))}
      </div>
    </main>
  );
}
