import { app, BrowserWindow, dialog, Menu, net, protocol, screen, session } from 'electron';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { IPC, type MenuCommand } from '../shared/ipc/contract';
import { appFileFor } from './app-files';
import { BackupFolder } from './backup-folder';
import { bundlePathFromArgv, readBundleFile } from './bundle-files';
import { BundleInbox } from './bundle-inbox';
import { matchLocale, type Locale } from '../shared/i18n/locales';
import { translate } from '../shared/i18n/resources';
import { registerIpc } from './ipc';
import { buildMenu } from './menu';
import { APP_ORIGIN, APP_SCHEME } from './origin-policy';
import { CONTENT_SECURITY_POLICY } from './csp';
import { denyPermissions, lockDown } from './security';
import { watchRenderer } from './recovery';
import { askBeforeUnload } from './unsaved-changes';
import { SettingsStore } from './settings-store';
import { devServerUrlOf, refusedSwitches, userDataOverride } from './startup-guard';
import { fitBounds, MIN_SIZE } from './window-bounds';

// Tests point an unpackaged app's profile elsewhere; this must happen before "ready".
const userData = userDataOverride(process.env, app.isPackaged);
if (userData) app.setPath('userData', resolve(userData));

/** The Vite dev server, only in an unpackaged build and only when a developer asks for it. */
const devServerUrl = devServerUrlOf(process.env, app.isPackaged);
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

/** Bundle files opened from outside, on their way to the window's import preview. */
const inbox = new BundleInbox({
  read: readBundleFile,
  send: (file) => {
    if (!mainWindow) return false;
    mainWindow.webContents.send(IPC.bundleOpened, file);
    return true;
  },
  focus: () => focusMainWindow(),
  refuse: (title, message) => dialog.showErrorBox(title, message),
  locale: () => locale,
});

/** Serves the built renderer from app://near-desk/, refusing any path outside its folder. */
function serveRenderer(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = await appFileFor(request.url, rendererRoot);
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

/** Hands a double-clicked (or "Open with") bundle file named among launch arguments to the window's import preview. */
function openBundleFromArgv(argv: readonly string[]): void {
  const path = bundlePathFromArgv(argv);
  if (path) void inbox.open(path);
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
      // A packaged app offers no way into its renderer: no DevTools by menu, shortcut or call.
      devTools: !app.isPackaged,
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
  // A reload or a crashed renderer stops bundles from being sent until the new page says it listens.
  inbox.watch(window.webContents);

  void window.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`);
  return window;
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

/** The language of messages before the window is there: the one chosen last time, or the system's. */
function startupLocale(): Locale {
  try {
    return new SettingsStore(join(app.getPath('userData'), 'settings.json')).get().locale ?? matchLocale(app.getPreferredSystemLanguages());
  } catch {
    return 'en';
  }
}

const refused = refusedSwitches({ isPackaged: app.isPackaged, argv: process.argv, platform: process.platform });
if (refused.length > 0) {
  // Taken off the command line too: Chromium opens its debugging port only after this script has run.
  for (const name of refused) app.commandLine.removeSwitch(name);
  const language = startupLocale();
  dialog.showErrorBox(translate(language, 'app.name'), translate(language, 'startup.debuggingRefused', { switches: refused.map((name) => `--${name}`).join(', ') }));
  app.exit(1);
} else if (!app.requestSingleInstanceLock()) {
  // One window over one database: a second instance would race schema upgrades (Dexie issue 1706).
  app.quit();
} else {
  // A second launch (double-click on a bundle while NEAR Desk runs) focuses this window and passes the file.
  app.on('second-instance', (_event, argv) => {
    focusMainWindow();
    openBundleFromArgv(argv);
  });
  // macOS delivers double-clicked files as an event, also before the app is ready; they pass the same check.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    void inbox.open(path);
  });
  app.on('web-contents-created', (_event, contents) => lockDown(contents, allowedOrigins));

  void app.whenReady().then(() => {
    settings = new SettingsStore(join(app.getPath('userData'), 'settings.json'));
    backups = new BackupFolder(join(app.getPath('userData'), 'backups'));
    denyPermissions(session.defaultSession);
    serveRenderer();
    registerIpc({ allowedOrigins, onLocaleChange: applyLocale, locale: () => locale, takePendingBundles: () => inbox.take(), backups });
    applyLocale(settings.get().locale ?? matchLocale(app.getPreferredSystemLanguages()));
    mainWindow = createWindow();
    openBundleFromArgv(process.argv);
    app.on('activate', () => {
      if (!mainWindow) mainWindow = createWindow();
      else focusMainWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}

