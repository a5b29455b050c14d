import { useEffect } from 'preact/hooks';
import { t } from '../../i18n';
import { onBeforeUpdate } from '../../pwa/register';
import { ChooseTemplate } from '../ChooseTemplate';
import { Editor } from '../Editor';
import { GuestBanner } from '../Guest';
import { Home } from '../Home';
import { lazyScreen } from '../Lazy';
import { LockScreen } from '../LockScreen';
import { NeutralScreen } from '../NeutralScreen';
import { PlanView } from '../PlanView';
import { QuickExit } from '../QuickExit';
import { Settings } from '../Settings';
import { Setup } from '../Setup';
import { flushPendingSaves } from '../session/pending-saves';
import { templates } from '../session/plans';
import { listenForShiftTriple } from '../session/quick-exit';
import { screen } from '../session/screen';
import { installedTemplates } from '../session/templates';
import { vaultStatus } from '../session/vault-session';
import { UpdatePrompt } from '../UpdatePrompt';
import '../session/preferences';
import { PauseCover } from '../Support/PauseCover';
import { paused, planUnmounted } from '../session/support';

// Screens for sharing, backups and printing (with QR codes and the self-opening file)
// load on first use, outside the start-up JS.
const Templates = lazyScreen(() => import('../Templates').then((m) => m.Templates));
const ImportTemplate = lazyScreen(() => import('../ImportTemplate').then((m) => m.ImportTemplate));
const ShareTemplate = lazyScreen(() => import('../ShareTemplate').then((m) => m.ShareTemplate));
const Backup = lazyScreen(() => import('../Backup').then((m) => m.Backup));
const Restore = lazyScreen(() => import('../Restore').then((m) => m.Restore));
const Print = lazyScreen(() => import('../Print').then((m) => m.Print));

/** The app frame: the current screen, the Quick exit control, and the update prompt. */
export function App() {
  useEffect(() => listenForShiftTriple(), []);
  // An update reloads the page: everything typed is written first.
  useEffect(() => onBeforeUpdate(async () => void (await flushPendingSaves(3000))), []);
  if (screen.value.name === 'neutral') return <NeutralScreen />;
  return (
    <>
      <QuickExit />
      {/* While paused, the plan underneath can be neither seen nor reached. */}
      <div class="app-screen" inert={paused.value}>
        <GuestBanner />
        {!planUnmounted.value && <CurrentScreen />}
      </div>
      <PauseCover />
      <UpdatePrompt />
    </>
  );
}

function CurrentScreen() {
  switch (vaultStatus.value) {
    case 'checking':
      return <p class="loading">{t('app.loading')}</p>;
    case 'none':
      return <Setup />;
    case 'locked':
      return <LockScreen />;
    case 'unlocked':
      return <UnlockedScreen />;
  }
}

function UnlockedScreen() {
  const current = screen.value;
  switch (current.name) {
    case 'settings':
      return <Settings />;
    case 'choose':
      return <ChooseTemplate />;
    case 'plan':
      return <Editor planId={current.planId} sectionId={current.sectionId} />;
    case 'view':
      return <PlanView planId={current.planId} />;
    case 'print':
      return <Print planId={current.planId} />;
    case 'backup':
      return <Backup />;
    case 'restore':
      return <Restore />;
    case 'templates':
      return <Templates />;
    case 'importTemplate':
      return <ImportTemplate />;
    case 'shareTemplate': {
      const template = findTemplate(current.templateId, current.recordId);
      return template ? <ShareTemplate template={template} /> : <Templates />;
    }
    default:
      return <Home />;
  }
}

/** The template the share screen was opened for: an imported one, or a built-in one. */
function findTemplate(id: string, recordId: string | undefined) {
  if (recordId) {
    return installedTemplates.value?.find((entry) => entry.recordId === recordId)?.template;
  }
  return templates.value?.find((template) => template.id === id);
}
