import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { qrSvgPath } from '../../exchange/qr/render.ts';
import { t } from '../../i18n';
import './style.css';

/**
 * A set of QR codes shown one at a time, for another phone to scan. Black on white
 * whatever the theme (scanners expect dark modules on a light ground), as large as the
 * screen allows. Previous and Next wrap around, and Play steps through the codes by
 * itself (the scanner takes them in any order, so a missed code simply comes round
 * again); with one code there is nothing to step through.
 */
export function QrCodes({ frames, label }: { frames: string[]; label: string }) {
  const [index, setIndex] = useState(0);
  const [playing, setPlaying] = useState(false);
  const figure = useRef<HTMLElement>(null);
  // Bring the codes fully into view, clear of the fixed Quick exit button.
  useEffect(() => figure.current?.scrollIntoView({ block: 'start' }), []);
  // A new set starts from its first code, still.
  useEffect(() => {
    setIndex(0);
    setPlaying(false);
  }, [frames]);
  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => setIndex((i) => (i + 1) % frames.length), PLAY_INTERVAL_MS);
    return () => clearInterval(timer);
  }, [playing, frames]);
  const shown = Math.min(index, Math.max(0, frames.length - 1));
  const frame = frames[shown] ?? '';
  const { size, path } = useMemo(() => qrSvgPath(frame), [frame]);
  const step = (by: number) => {
    setPlaying(false);
    setIndex((shown + by + frames.length) % frames.length);
  };
  const width = size * modulePixels(size);

  return (
    <figure class="qr-codes" ref={figure}>
      <svg
        class="qr-codes__code"
        role="img"
        aria-label={label}
        viewBox={`0 0 ${size} ${size}`}
        width={width}
        height={width}
        shape-rendering="crispEdges"
      >
        <rect width={size} height={size} fill="#ffffff" />
        <path d={path} fill="#000000" />
      </svg>
      {frames.length > 1 && (
        <figcaption class="qr-codes__nav">
          {/* Not announced while playing: a new number every moment would drown a screen reader. */}
          <p class="qr-codes__position" aria-live={playing ? 'off' : 'polite'}>
            {t('qr.position', { index: shown + 1, total: frames.length })}
          </p>
          <button type="button" class="button" onClick={() => step(-1)}>
            {t('qr.previous')}
          </button>
          <button type="button" class="button" onClick={() => step(1)}>
            {t('qr.next')}
          </button>
          <button
            type="button"
            class="button qr-codes__play"
            aria-pressed={playing}
            onClick={() => setPlaying(!playing)}
          >
            {t('qr.play')}
          </button>
        </figcaption>
      )}
    </figure>
  );
}

/**
 * Time each code stays up while playing. The scanner looks four times a second, so every
 * code gets about three looks before the next one.
 */
const PLAY_INTERVAL_MS = 800;

/** Widest a code is drawn, in CSS pixels: most of a 360 px phone screen. */
const MAX_WIDTH = 320;

/**
 * CSS pixels per module, chosen so each module covers a whole number of device pixels.
 * Stretched to exactly 320 px, a 89-module code gets modules of 3 and 4 pixels side by
 * side on a 1× screen, which scanners misread; whole pixels keep every module square.
 */
function modulePixels(size: number): number {
  const ratio = globalThis.devicePixelRatio || 1;
  return Math.max(1, Math.floor((MAX_WIDTH * ratio) / size)) / ratio;
}
