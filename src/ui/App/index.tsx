import { useEffect } from 'preact/hooks';
import { LockScreen } from '../LockScreen';
import { NeutralScreen } from '../NeutralScreen';
import { QuickExit } from '../QuickExit';
import { listenForShiftTriple } from '../session/quick-exit';
import { screen } from '../session/screen';
import { UpdatePrompt } from '../UpdatePrompt';

/** The app frame: the current screen, the Quick exit control, and the update prompt. */
export function App() {
  useEffect(() => listenForShiftTriple(), []);
  const current = screen.value;
  return (
    <>
      {current.name === 'neutral' ? <NeutralScreen /> : <QuickExit />}
      {current.name === 'lock' && <LockScreen />}
      <UpdatePrompt />
    </>
  );
}
