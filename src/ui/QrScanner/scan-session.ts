import {
  type AddStatus,
  createFrameCollector,
  type FrameSetResult,
} from '../../exchange/qr/frames.ts';

/**
 * The camera-scanning loop, apart from the component so it can be tested without a DOM:
 * open the camera, look for codes about four times a second, feed each to a frame
 * collector, and stop every camera track the moment the set is complete, the person
 * cancels, or the screen goes away — the camera light must never stay on.
 */

/** What the screen shows while scanning. */
export interface ScanState {
  phase: 'starting' | 'scanning' | 'denied' | 'failed';
  received: number;
  total: number;
  /** Why the last code read was not used, until a code is used. */
  notice: Exclude<AddStatus, 'added' | 'duplicate'> | null;
}

/** A camera stream, as far as stopping it goes. */
export interface CameraStream {
  getTracks(): { stop(): void }[];
}

/** What the session needs from the page. */
export interface ScanSessionOptions<S extends CameraStream> {
  openCamera(): Promise<S>;
  /** Shows the stream in the video element and starts playing it. */
  show(stream: S): Promise<void>;
  /** The texts of the codes in the current video frame. */
  detect(): Promise<string[]>;
  onState(state: ScanState): void;
  onComplete(result: FrameSetResult): void;
  /** Time between looks, in ms: often enough to feel instant, rarely enough to spare a phone. */
  intervalMs?: number;
}

/** A running scan. `stop` is safe to call more than once. */
export interface ScanSession {
  stop(): void;
  /** Forgets the codes read so far (e.g. the person began with the wrong set). */
  startOver(): void;
}

/** Starts the camera and scans until complete or stopped. */
export function startScanSession<S extends CameraStream>(
  options: ScanSessionOptions<S>,
): ScanSession {
  const collector = createFrameCollector();
  let state: ScanState = { phase: 'starting', received: 0, total: 0, notice: null };
  let stream: S | null = null;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const update = (change: Partial<ScanState>) => {
    state = { ...state, ...change };
    options.onState(state);
  };
  const stop = () => {
    stopped = true;
    clearTimeout(timer);
    for (const track of stream?.getTracks() ?? []) track.stop();
  };

  const look = async () => {
    if (stopped) return;
    let texts: string[] = [];
    try {
      texts = await options.detect();
    } catch {
      // A frame that could not be read (video not ready yet): try the next one.
    }
    for (const text of texts) {
      if (stopped) return;
      const { status, received, total } = collector.add(text);
      if (status === 'duplicate') continue;
      update({ received, total, notice: status === 'added' ? null : status });
      if (collector.complete) {
        stop();
        options.onComplete(collector.result());
        return;
      }
    }
    if (!stopped) timer = setTimeout(look, options.intervalMs ?? 250);
  };

  const start = async () => {
    try {
      stream = await options.openCamera();
      // Cancelled while the permission prompt was open: let go of the camera at once.
      if (stopped) return stop();
      await options.show(stream);
      if (stopped) return;
      update({ phase: 'scanning' });
      await look();
    } catch (error) {
      const cancelled = stopped;
      stop();
      if (!cancelled) update({ phase: isRefusal(error) ? 'denied' : 'failed' });
    }
  };

  options.onState(state);
  void start();
  return {
    stop,
    startOver() {
      collector.reset();
      update({ received: 0, total: 0, notice: null });
    },
  };
}

/** getUserMedia's errors when the person (or a policy) said no to the camera. */
function isRefusal(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'NotAllowedError' || name === 'SecurityError';
}
