import { useLayoutEffect, useRef, useState, useSyncExternalStore, type ComponentType, type Ref } from 'react';

/** What a stand-in is given: a way to call for the real component before the window is idle. */
export type StandInProps = {
  /** Its outermost focusable element, so focus can pass to the real component's. */
  ref: Ref<HTMLElement>;
  /** Loads the real component now; `open`: it arrives open, as the click or key that asked would have left it. */
  wake(open?: boolean): void;
};

/** What the real component is given on arrival. */
export type ArrivalProps = {
  /** The element focus passes to, if its stand-in had it. */
  ref: Ref<HTMLElement>;
  /** The user opened the stand-in before the code came. */
  openOnArrival: boolean;
};

/** How long the window may stay busy before the code is fetched anyway. */
const IDLE_TIMEOUT_MS = 2000;

/**
 * A component whose code is not loaded with the window: until the window is first idle (or the
 * user reaches for it), `StandIn` takes its place, drawn and reached by the keyboard as the real
 * one is when closed, so nothing moves when the real one arrives. The dropdowns, menus and tooltips
 * of the first screen come this way: they bring a positioning library the first paint does not need.
 */
export function deferred<P extends object>(
  load: () => Promise<ComponentType<P & ArrivalProps>>,
  StandIn: ComponentType<P & StandInProps>,
): ComponentType<P> {
  let Loaded: ComponentType<P & ArrivalProps> | undefined;
  let loading: Promise<void> | undefined;
  // What had focus when the code arrived: the stand-in it was in hands it to the real component.
  let focusedAtArrival: Element | null = null;
  const listeners = new Set<() => void>();
  const start = () =>
    (loading ??= load().then(
      (component) => {
        Loaded = component;
        focusedAtArrival = document.activeElement;
        for (const listener of listeners) listener();
      },
      // The stand-in stays; the next render or reach tries again.
      () => {
        loading = undefined;
      },
    ));
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    const idle = requestIdleCallback(() => void start(), { timeout: IDLE_TIMEOUT_MS });
    return () => {
      listeners.delete(listener);
      cancelIdleCallback(idle);
    };
  };
  const current = () => Loaded;

  function Deferred(props: P) {
    const Component = useSyncExternalStore(subscribe, current);
    const [openOnArrival, setOpenOnArrival] = useState(false);
    const standIn = useRef<HTMLElement | null>(null);
    const real = useRef<HTMLElement | null>(null);
    useLayoutEffect(() => {
      if (Component && standIn.current && standIn.current === focusedAtArrival) real.current?.focus();
    }, [Component]);
    if (Component) return <Component {...props} ref={real} openOnArrival={openOnArrival} />;
    return (
      <StandIn
        {...props}
        ref={(node: HTMLElement | null) => {
          if (node) standIn.current = node;
        }}
        wake={(open = false) => {
          if (open) setOpenOnArrival(true);
          void start();
        }}
      />
    );
  }
  return Deferred;
}
