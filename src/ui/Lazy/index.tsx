import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n';

/**
 * A screen loaded on first use rather than at start: the lock screen must come up fast on
 * a cheap phone, so screens only reachable after unlocking and rarely used (templates,
 * sharing, QR codes) stay out of the JS loaded before it. The chunk comes from the
 * service worker's precache, so this works offline.
 */
export function lazyScreen<P extends object>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  return function LazyScreen(props: P) {
    const [Screen, setScreen] = useState<ComponentType<P> | null>(() => loaded);
    useEffect(() => {
      if (Screen) return;
      void load().then((component) => {
        loaded = component;
        setScreen(() => component);
      });
    }, [Screen]);
    return Screen ? <Screen {...props} /> : <p class="loading">{t('app.loading')}</p>;
  };
}
