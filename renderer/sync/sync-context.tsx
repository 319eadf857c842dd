import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { useDatabase } from '../db/database-context';
import { platform } from '../platform';
import { SyncClient } from './sync-client';

/** A bundle file the user chose, dropped or double-clicked, waiting for its preview. */
export type BundleSource = { name: string; source: string | Blob; openedAt: number };

type SyncState = {
  client: SyncClient;
  /** The bundle being previewed or imported, if any. */
  incoming: BundleSource | null;
  openBundle(name: string, source: string | Blob): void;
  /** Asks for a file (native dialog or file chooser) and opens it. */
  chooseBundle(): Promise<void>;
  closeBundle(): void;
};

const SyncContext = createContext<SyncState | null>(null);

function hasFiles(event: DragEvent): boolean {
  return Boolean(event.dataTransfer?.types.includes('Files'));
}

/**
 * Owns the sync worker and the bundle being imported. Any way a bundle arrives (File menu, the
 * import button, drag-and-drop anywhere on the window, a double-clicked file) leads to the same
 * preview screen.
 */
export function SyncProvider({ children }: { children: ReactNode }) {
  const { db } = useDatabase();
  const navigate = useNavigate();
  const client = useMemo(() => new SyncClient(db.name), [db]);
  const [incoming, setIncoming] = useState<BundleSource | null>(null);

  const openBundle = useCallback(
    (name: string, source: string | Blob) => {
      setIncoming({ name, source, openedAt: Date.now() });
      void navigate('/sync/import');
    },
    [navigate],
  );
  const chooseBundle = useCallback(async () => {
    const file = await platform.openBundle();
    if (!file) return;
    if (file instanceof Blob) openBundle(file instanceof File ? file.name : '', file);
    else openBundle(file.name, file.text);
  }, [openBundle]);
  const closeBundle = useCallback(() => setIncoming(null), []);

  useEffect(() => platform.onBundleOpened((file) => openBundle(file.name, file.text)), [openBundle]);

  useEffect(() => {
    const over = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const drop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      const file = event.dataTransfer?.files[0];
      if (file) openBundle(file.name, file);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [openBundle]);

  const value = useMemo(
    () => ({ client, incoming, openBundle, chooseBundle, closeBundle }),
    [client, incoming, openBundle, chooseBundle, closeBundle],
  );
  return <SyncContext.Provider value={value}>{children}</SyncContext.Provider>;
}

export function useSync(): SyncState {
  const value = useContext(SyncContext);
  if (!value) throw new Error('useSync is used outside <SyncProvider>');
  return value;
}
