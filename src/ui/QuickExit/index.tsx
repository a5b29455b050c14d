import { t } from '../../i18n';
import { quickExit } from '../session/quick-exit';
import './style.css';

/** The always-visible Quick exit control: one tap leaves and locks. */
export function QuickExit() {
  return (
    <button
      type="button"
      class="quick-exit"
      title={t('quickExit.hint')}
      onPointerDown={(event) => {
        // Act on press, not release: every millisecond counts when someone walks in.
        if (event.button === 0) void quickExit();
      }}
      onClick={(event) => {
        // Keyboard activation (Enter/Space) arrives as a click with detail 0.
        if (event.detail === 0) void quickExit();
      }}
    >
      {t('quickExit.label')}
    </button>
  );
}
