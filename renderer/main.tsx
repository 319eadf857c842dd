import '../shared/zod-jitless';
import './app/trusted-types';
import { startingLocale, startingStrings } from './i18n/starting-strings';
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app/print.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { NearDatabase } from './db/database';
import { openDatabase } from './db/open-database';
import { requestPersistentStorage } from './db/storage';
import { initI18n } from './i18n/i18n';
import { platform } from './platform';

// The database opens (and upgrades, if it must) while the language's strings load.
const db = new NearDatabase();
const opening = openDatabase(db);
const i18n = await initI18n(startingLocale, startingStrings);
void platform.setLocale(i18n.language as Parameters<typeof platform.setLocale>[0]);
// Without it the engine may clear IndexedDB under disk pressure; the Profile page shows the answer.
void requestPersistentStorage().catch(() => null);

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App db={db} opening={opening} />
  </StrictMode>,
);
