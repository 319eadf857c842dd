import { Group, Overlay, Paper, Text } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useDatabase } from '../db/database-context';
import { platform } from '../platform';
import type { BundleBytes } from './protocol';
import { SyncClient } from './sync-client';

/** A bundle file the user chose, dropped or double-clicked, waiting for its preview. */
export type BundleSource = { name: string; source: BundleBytes };

/**
 * Bundle files opened together: one import session. A mass deletion is measured across all of
 * them, against the data as it was before the first (two bundles that each delete a little
 * cannot together delete most of the registry without a question).
 */
export type ImportBatch = { files: BundleSource[]; session: string; openedAt: number };

type SyncState = {
  client: SyncClient;
  /** The bundles being previewed or imported, if any. */
  incoming: ImportBatch | null;
  openBundles(files: BundleSource[]): void;
  /** Asks for files (native dialog or file chooser) and opens them. */
  chooseBundle(): Promise<void>;
  closeBundle(): void;
};

const SyncContext = createContext<SyncState | null>(null);

function hasFiles(event: DragEvent): boolean {
  return Boolean(event.dataTransfer?.types.includes('Files'));
}

/** How often changes held back as stamped in the future are looked at again. */
const RELEASE_EVERY_MS = 10 * 60 * 1000;

/**
 * Owns the sync worker and the bundles being imported. Any way a bundle arrives (File menu, the
 * import button, drag-and-drop anywhere on the window, a double-clicked file) leads to the same
 * preview screen. Changes held back because they were stamped too far ahead apply by themselves
 * when their time comes: looked at on start and every ten minutes.
 */
export function SyncProvider({ children }: { children: ReactNode }) {
  const { db } = useDatabase();
  const navigate = useNavigate();
  const client = useMemo(() => new SyncClient(db.name), [db]);
  const [incoming, setIncoming] = useState<ImportBatch | null>(null);
  const [dragging, setDragging] = useState(false);

  const openBundles = useCallback(
    (files: BundleSource[]) => {
      if (files.length === 0) return;
      setIncoming((previous) => {
        if (previous) void client.request({ type: 'endSession', session: previous.session }).catch(() => undefined);
        return { files, session: crypto.randomUUID(), openedAt: Date.now() };
      });
      void navigate('/sync/import');
    },
    [navigate, client],
  );
  const chooseBundle = useCallback(async () => {
    const files = await platform.openBundles();
    openBundles(files.map((file) => (file instanceof Blob ? { name: file.name, source: file } : { name: file.name, source: file.data })));
  }, [openBundles]);
  const closeBundle = useCallback(() => {
    setIncoming((previous) => {
      if (previous) void client.request({ type: 'endSession', session: previous.session }).catch(() => undefined);
      return null;
    });
  }, [client]);

  useEffect(() => platform.onBundleOpened((file) => openBundles([{ name: file.name, source: file.data }])), [openBundles]);

  useEffect(() => {
    // The worker is woken only when something is held back.
    const release = () =>
      void db.segments
        .where('status')
        .equals('held')
        .count()
        .then((held) => (held > 0 ? client.request({ type: 'release' }) : 0))
        .catch(() => undefined);
    const first = setTimeout(release, 5_000);
    const timer = setInterval(release, RELEASE_EVERY_MS);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [client, db]);

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
      openBundles([...(event.dataTransfer?.files ?? [])].map((file) => ({ name: file.name, source: file })));
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [openBundles]);

  const value = useMemo(
    () => ({ client, incoming, openBundles, chooseBundle, closeBundle }),
    [client, incoming, openBundles, chooseBundle, closeBundle],
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
