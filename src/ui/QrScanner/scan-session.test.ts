import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { splitIntoFrames } from '../../exchange/qr/frames.ts';
import {
  type CameraStream,
  type ScanSessionOptions,
  type ScanState,
  startScanSession,
} from './scan-session.ts';

function fakeCamera() {
  const tracks = [{ stop: vi.fn() }, { stop: vi.fn() }];
  return { stream: { getTracks: () => tracks }, tracks };
}

/** A scan whose camera shows each queued list of codes, one list per look. */
function scanWith(views: string[][], overrides: Partial<ScanSessionOptions<CameraStream>> = {}) {
  const camera = fakeCamera();
  const states: ScanState[] = [];
  const onComplete = vi.fn();
  const session = startScanSession<CameraStream>({
    openCamera: async () => camera.stream,
    show: async () => undefined,
    detect: async () => views.shift() ?? [],
    onState: (state) => states.push(state),
    onComplete,
    ...overrides,
  });
  return { session, camera, states, onComplete, last: () => states.at(-1) };
}

const data = Uint8Array.from({ length: 900 }, (_, i) => i % 251);
const frames = splitIntoFrames('template', data);

describe('scanning codes with the camera', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('reads the codes in any order, shows progress, then hands over the data', async () => {
    const [a = '', b = '', c = ''] = frames;
    const scan = scanWith([[c], [], [c, 'https://example.org'], [a], [b]]);
    await vi.advanceTimersByTimeAsync(0);
    expect(scan.last()).toMatchObject({ phase: 'scanning', received: 1, total: 3 });
    await vi.advanceTimersByTimeAsync(500);
    expect(scan.last()).toMatchObject({ received: 1, total: 3, notice: 'not-pathway' });
    await vi.advanceTimersByTimeAsync(250);
    expect(scan.last()).toMatchObject({ received: 2, total: 3, notice: null });
    expect(scan.onComplete).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(250);
    expect(scan.onComplete).toHaveBeenCalledWith({ kind: 'template', data });
  });

  it('turns the camera off when the set is complete', async () => {
    const scan = scanWith([frames]);
    await vi.advanceTimersByTimeAsync(0);
    expect(scan.onComplete).toHaveBeenCalledOnce();
    for (const track of scan.camera.tracks) expect(track.stop).toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('turns the camera off and stops looking when cancelled', async () => {
    const detect = vi.fn(async () => []);
    const scan = scanWith([], { detect });
    await vi.advanceTimersByTimeAsync(600);
    scan.session.stop();
    const looks = detect.mock.calls.length;
    await vi.advanceTimersByTimeAsync(2000);
    expect(detect.mock.calls.length).toBe(looks);
    for (const track of scan.camera.tracks) expect(track.stop).toHaveBeenCalled();
  });

  it('lets go of a camera that opens only after the scan was cancelled', async () => {
    const camera = fakeCamera();
    let grant: (stream: CameraStream) => void = () => undefined;
    const show = vi.fn(async () => undefined);
    const scan = scanWith([], {
      openCamera: () => new Promise<CameraStream>((resolve) => (grant = resolve)),
      show,
    });
    scan.session.stop();
    grant(camera.stream);
    await vi.advanceTimersByTimeAsync(0);
    for (const track of camera.tracks) expect(track.stop).toHaveBeenCalled();
    expect(show).not.toHaveBeenCalled();
  });

  it('says so when camera permission is refused', async () => {
    const refused = Object.assign(new Error('Permission denied'), { name: 'NotAllowedError' });
    const scan = scanWith([], { openCamera: () => Promise.reject(refused) });
    await vi.advanceTimersByTimeAsync(0);
    expect(scan.last()?.phase).toBe('denied');
  });

  it('says so when there is no camera', async () => {
    const missing = Object.assign(new Error('Requested device not found'), {
      name: 'NotFoundError',
    });
    const scan = scanWith([], { openCamera: () => Promise.reject(missing) });
    await vi.advanceTimersByTimeAsync(0);
    expect(scan.last()?.phase).toBe('failed');
  });

  it('points out a code from another set, and can start over with it', async () => {
    const other = splitIntoFrames('template', data.slice(1));
    const scan = scanWith([[frames[0] ?? ''], [other[0] ?? '']]);
    await vi.advanceTimersByTimeAsync(250);
    expect(scan.last()).toMatchObject({ received: 1, notice: 'other-set' });
    scan.session.startOver();
    expect(scan.last()).toMatchObject({ received: 0, total: 0, notice: null });
    scan.session.stop();
  });
});
