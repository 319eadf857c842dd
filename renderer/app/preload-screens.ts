import { lazy, useEffect, type ComponentType, type LazyExoticComponent } from 'react';

/** A screen loaded when first rendered, whose code can also be fetched ahead of that. */
export type PreloadableScreen<P extends object> = LazyExoticComponent<ComponentType<P>> & {
  /** Fetches the screen's code; resolves once it can render without suspending. */
  preload(): Promise<unknown>;
};

/**
 * A lazily loaded component from a module that exports it by name. Once its code has been fetched
 * (`preload`, or a first render), React receives it synchronously: React.lazy accepts any thenable,
 * and one that calls back at once lets the screen render in the same pass as the click, without
 * showing the Suspense fallback or waiting a turn of the event loop for a promise that is already
 * settled.
 */
export function preloadable<K extends string, P extends object>(load: () => Promise<Record<K, ComponentType<P>>>, name: K): PreloadableScreen<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = () =>
    (loading ??= load().then(
      (module) => (loaded = module[name]),
      (error: unknown) => {
        // A failed fetch (the build changed under a running window) may be tried again by the next render.
        loading = undefined;
        throw error;
      },
    ));
  const component = lazy(() => {
    if (!loaded) return preload().then((screen) => ({ default: screen }));
    const ready = { default: loaded };
    const settled = { then: (resolve: (value: typeof ready) => void) => resolve(ready) };
    return settled as unknown as Promise<typeof ready>;
  });
  return Object.assign(component, { preload });
}

/**
 * Fetches the code of `screens` once the window is idle after start-up, one screen per idle
 * period, so that opening one later costs its render alone. Nothing is fetched until `enabled`.
 */
export function usePreloadWhenIdle(enabled: boolean, screens: ReadonlyArray<Pick<PreloadableScreen<object>, 'preload'>>): void {
  useEffect(() => {
    if (!enabled) return;
    let handle = 0;
    let stopped = false;
    const fetchFrom = (index: number) => {
      const screen = screens[index];
      if (!screen || stopped) return;
      // A screen that fails to fetch now is fetched again when opened; the others still come.
      const next = () => {
        if (!stopped) handle = requestIdleCallback(() => fetchFrom(index + 1), { timeout: 5000 });
      };
      void screen.preload().then(next, next);
    };
    handle = requestIdleCallback(() => fetchFrom(0), { timeout: 5000 });
    return () => {
      stopped = true;
      cancelIdleCallback(handle);
    };
  }, [enabled, screens]);
}
