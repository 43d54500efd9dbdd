// Parts of the window drawn only when asked for, each in a chunk of its own: the first bundle,
// compiled and run before anything is drawn, leaves them out. They are fetched once the browser
// is idle after the first rows (usePreloadOnDemand), so one opened later draws at once, as if it
// were in the bundle, and takes the keys typed right after the click that opened it; one asked
// for before that is drawn when its chunk arrives.
import { useEffect, useState, type ComponentType, type ReactElement } from 'react';

interface OnDemand<P> {
  (props: P): ReactElement | null;
  preload(): Promise<unknown>;
}

function onDemand<P extends object>(load: () => Promise<ComponentType<P>>): OnDemand<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const preload = (): Promise<ComponentType<P>> =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = null; // asked again next time
        throw error;
      },
    ));
  function Drawn(props: P): ReactElement | null {
    const [Component, setComponent] = useState<ComponentType<P> | null>(() => loaded);
    useEffect(() => {
      if (!Component) preload().then((component) => setComponent(() => component), console.error);
    }, [Component]);
    return Component ? <Component {...props} /> : null;
  }
  return Object.assign(Drawn, { preload });
}

export const SettingsView = onDemand(() =>
  import('./settings/SettingsView.tsx').then((module) => module.SettingsView),
);
export const ShortcutSheet = onDemand(() =>
  import('./ShortcutSheet.tsx').then((module) => module.ShortcutSheet),
);
export const DialogHost = onDemand(() =>
  import('./DialogHost.tsx').then((module) => module.DialogHost),
);
export const TreeContextMenu = onDemand(() =>
  import('./TreeContextMenu.tsx').then((module) => module.TreeContextMenu),
);

/** Fetches every on-demand part when the browser is first idle after the window's first render. */
export function usePreloadOnDemand(): void {
  useEffect(() => {
    const idle = requestIdleCallback(
      () => {
        for (const part of [DialogHost, TreeContextMenu, SettingsView, ShortcutSheet]) {
          part.preload().catch(() => undefined);
        }
      },
      { timeout: 3000 },
    );
    return () => cancelIdleCallback(idle);
  }, []);
}
