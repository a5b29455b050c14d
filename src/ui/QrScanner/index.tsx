import { useEffect, useRef, useState } from 'preact/hooks';
import type { FrameSetResult } from '../../exchange/qr/frames.ts';
import { t } from '../../i18n';
import { createQrDetector } from './barcode-detector.ts';
import { type ScanSession, type ScanState, startScanSession } from './scan-session.ts';
import './style.css';

export { canScanQr } from './barcode-detector.ts';

const NOTICES = {
  'not-pathway': 'qr.notPathway',
  'other-set': 'qr.otherSet',
  damaged: 'qr.damaged',
} as const;

/**
 * Reads a set of QR codes with the back camera. Show it only where {@link canScanQr} is
 * true. The camera turns off as soon as the set is complete, on Cancel, and when this
 * component goes away.
 */
export function QrScanner({
  onComplete,
  onCancel,
}: {
  onComplete(result: FrameSetResult): void;
  onCancel(): void;
}) {
  const video = useRef<HTMLVideoElement>(null);
  const session = useRef<ScanSession | null>(null);
  const completed = useRef(onComplete);
  completed.current = onComplete;
  const [state, setState] = useState<ScanState>({
    phase: 'starting',
    received: 0,
    total: 0,
    notice: null,
  });

  useEffect(() => {
    const detector = createQrDetector();
    if (!detector) {
      setState((s) => ({ ...s, phase: 'failed' }));
      return;
    }
    const running = startScanSession({
      openCamera: () =>
        navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false }),
      show: async (stream) => {
        const element = video.current;
        if (!element) throw new Error('The video element is gone.');
        element.srcObject = stream;
        await element.play();
      },
      detect: async () => {
        const element = video.current;
        // HAVE_CURRENT_DATA: there is a frame to look at.
        if (!element || element.readyState < 2) return [];
        return (await detector.detect(element)).map((code) => code.rawValue);
      },
      onState: setState,
      onComplete: (result) => completed.current(result),
    });
    session.current = running;
    return () => {
      running.stop();
      if (video.current) video.current.srcObject = null;
    };
  }, []);

  const cancel = () => {
    session.current?.stop();
    onCancel();
  };
  const cameraProblem =
    state.phase === 'denied'
      ? t('qr.cameraDenied')
      : state.phase === 'failed'
        ? t('qr.cameraFailed')
        : null;

  return (
    <section class="qr-scanner stack">
      {/* Muted and inline: phones then play the camera preview without a tap. */}
      <video
        ref={video}
        class="qr-scanner__video"
        aria-label={t('qr.camera')}
        hidden={cameraProblem !== null}
        muted
        playsInline
      />
      <p class="qr-scanner__status" aria-live="polite">
        {cameraProblem ??
          (state.phase === 'starting'
            ? t('qr.starting')
            : state.total === 0
              ? t('qr.scanHint')
              : t('qr.progress', { received: state.received, total: state.total }))}
      </p>
      <p class="problem" role="alert">
        {state.notice && !cameraProblem ? t(NOTICES[state.notice]) : ''}
      </p>
      <div class="qr-scanner__actions">
        {state.total > 0 && !cameraProblem && (
          <button type="button" class="button" onClick={() => session.current?.startOver()}>
            {t('qr.startAgain')}
          </button>
        )}
        <button type="button" class="button" onClick={cancel}>
          {t('common.cancel')}
        </button>
      </div>
    </section>
  );
}
