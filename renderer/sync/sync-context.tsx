import { Group, Overlay, Paper, Text } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
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
  const [dragging, setDragging] = useState(false);

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
      setDragging(true);
    };
    // Leaving the window (not just moving between elements) has no related target.
    const leave = (event: DragEvent) => {
      if (event.relatedTarget === null) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      setDragging(false);
      if (!hasFiles(event)) return;
      event.preventDefault();
      const file = event.dataTransfer?.files[0];
      if (file) openBundle(file.name, file);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [openBundle]);

  const value = useMemo(
    () => ({ client, incoming, openBundle, chooseBundle, closeBundle }),
    [client, incoming, openBundle, chooseBundle, closeBundle],
  );
  return (
    <SyncContext.Provider value={value}>
      {children}
      {dragging && <DropHint />}
    </SyncContext.Provider>
  );
}

/** Shown while a file is dragged over the window: where it will go. */
function DropHint() {
  const { t } = useTranslation();
  return (
    <Overlay fixed blur={2} zIndex={1000} center style={{ pointerEvents: 'none' }} data-testid="drop-hint">
      <Paper p="xl" radius="md" shadow="xl" withBorder>
        <Group gap="sm">
          <IconFileImport size={28} aria-hidden />
          <Text size="lg" fw={600}>
            {t('sync.import.dropHere')}
          </Text>
        </Group>
      </Paper>
    </Overlay>
  );
}

export function useSync(): SyncState {
  const value = useContext(SyncContext);
  if (!value) throw new Error('useSync is used outside <SyncProvider>');
  return value;
}
