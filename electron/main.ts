import { app, BrowserWindow, dialog, Menu, net, protocol, screen, session } from 'electron';
import { join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { IPC, type MenuCommand, type OpenedFile } from '../shared/ipc/contract';
import { BackupFolder } from './backup-folder';
import { bundlePathFromArgv, readBundleFile } from './bundle-files';
import { matchLocale, type Locale } from '../shared/i18n/locales';
import { translate } from '../shared/i18n/resources';
import { registerIpc } from './ipc';
import { buildMenu } from './menu';
import { APP_ORIGIN, APP_SCHEME, resolveAppPath } from './origin-policy';
import { CONTENT_SECURITY_POLICY } from './csp';
import { denyPermissions, lockDownContents } from './security';
import { watchRenderer } from './recovery';
import { askBeforeUnload } from './unsaved-changes';
import { SettingsStore } from './settings-store';
import { fitBounds, MIN_SIZE } from './window-bounds';

// Tests and portable installs point the profile elsewhere; this must happen before "ready".
if (process.env.NEAR_DESK_USER_DATA) app.setPath('userData', resolve(process.env.NEAR_DESK_USER_DATA));

/** The Vite dev server, only in an unpackaged build and only when a developer asks for it. */
const devServerUrl = !app.isPackaged ? process.env.NEAR_DESK_DEV_URL : undefined;
const allowedOrigins = [APP_ORIGIN, ...(devServerUrl ? [new URL(devServerUrl).origin] : [])];
const rendererRoot = join(__dirname, '..', 'renderer');

// corsEnabled lets the scheme take part in CORS-mode fetches, which Vite's module scripts
// (`<script type="module" crossorigin>`) use even for same-origin files.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } },
]);

let mainWindow: BrowserWindow | null = null;
let settings: SettingsStore;
let backups: BackupFolder;
let locale: Locale = 'en';
/** Bundle files opened from outside that the renderer has not taken yet. */
let pendingBundles: OpenedFile[] = [];
let rendererListening = false;

/** Serves the built renderer from app://near-desk/, refusing any path outside its folder. */
function serveRenderer(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppPath(request.url, rendererRoot, resolve, sep);
    if (!file) return new Response('Not found', { status: 404 });
    let response: Response;
    try {
      response = await net.fetch(pathToFileURL(file).toString());
    } catch {
      return new Response('Not found', { status: 404 });
    }
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
}

function sendMenuCommand(command: MenuCommand): void {
  mainWindow?.webContents.send(IPC.menuCommand, command);
}

/** Hands a double-clicked (or "Open with") bundle file to the window's import preview. */
function openBundleFromOutside(path: string | null): void {
  if (!path) return;
  readBundleFile(path).then(
    (file) => {
      if (rendererListening && mainWindow) mainWindow.webContents.send(IPC.bundleOpened, file);
      else pendingBundles.push(file);
      focusMainWindow();
    },
    (error: unknown) => dialog.showErrorBox(translate(locale, 'sync.import.openFailed'), String(error)),
  );
}

function takePendingBundles(): OpenedFile[] {
  rendererListening = true;
  const files = pendingBundles;
  pendingBundles = [];
  return files;
}

function applyLocale(next: Locale): void {
  locale = next;
  settings.update({ locale: next });
  Menu.setApplicationMenu(buildMenu(locale, { send: sendMenuCommand }));
}

/** Opens the single main window where it was last, and remembers where it is. */
function createWindow(): BrowserWindow {
  const saved = settings.get().window;
  const bounds = fitBounds(
    saved?.bounds,
    [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map((display) => display.workArea),
  );
  const window = new BrowserWindow({
    ...bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: 'NEAR Desk',
    backgroundColor: '#1f2329',
    webPreferences: {
      preload: join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
      // A middle-click would ask for a new window; the app has no use for one.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  if (saved?.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());

  const remember = () => {
    if (window.isDestroyed() || window.isMinimized()) return;
    const maximized = window.isMaximized();
    settings.update({
      window: { bounds: maximized ? (settings.get().window?.bounds ?? window.getBounds()) : window.getBounds(), maximized },
    });
  };
  let timer: NodeJS.Timeout | undefined;
  const rememberSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(remember, 500);
  };
  window.on('resize', rememberSoon);
  window.on('move', rememberSoon);
  window.on('close', () => {
    clearTimeout(timer);
    remember();
  });
  window.on('closed', () => {
    mainWindow = null;
  });

  askBeforeUnload(
    window.webContents,
    (question) => dialog.showMessageBoxSync(window, { type: 'question', ...question, defaultId: 0, cancelId: 0, noLink: true }),
    () => locale,
  );
  watchRenderer(
    window,
    ({ signal, ...question }) =>
      dialog.showMessageBox(window, { type: 'warning', ...question, defaultId: 0, cancelId: 0, noLink: true, signal }).then((result) => result.response),
    () => locale,
    () => app.quit(),
  );

  void window.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`);
  return window;
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

// One window over one database: a second instance would race schema upgrades (Dexie issue 1706).
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // A second launch (double-click on a bundle while NEAR Desk runs) focuses this window and passes the file.
  app.on('second-instance', (_event, argv) => {
    focusMainWindow();
    openBundleFromOutside(bundlePathFromArgv(argv));
  });
  // macOS delivers double-clicked files as an event, also before the app is ready.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openBundleFromOutside(path);
  });
  lockDownContents(allowedOrigins);

  void app.whenReady().then(() => {
    settings = new SettingsStore(join(app.getPath('userData'), 'settings.json'));
    backups = new BackupFolder(join(app.getPath('userData'), 'backups'));
    denyPermissions(session.defaultSession);
    serveRenderer();
    registerIpc({ allowedOrigins, onLocaleChange: applyLocale, locale: () => locale, takePendingBundles, backups });
    applyLocale(settings.get().locale ?? matchLocale(app.getPreferredSystemLanguages()));
    mainWindow = createWindow();
    openBundleFromOutside(bundlePathFromArgv(process.argv));
    app.on('activate', () => {
      if (!mainWindow) mainWindow = createWindow();
      else focusMainWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}

