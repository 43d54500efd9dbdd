// The desktop app: composes the engine's Reader with one window, the IPC bridge, a menu, a tray
// icon and notifications. Every decision lives in a pure function under electron/shell/ (unit
// tested in plain Node); this file only wires them to Electron.
import { existsSync } from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  nativeImage,
  nativeTheme,
  Notification,
  protocol,
  screen,
  session,
  shell,
  Tray,
} from 'electron';
import { eventChannel, readerMethods, type HostEvents, type Preferences } from '../shared/api.ts';
import { openReader, type Reader } from './engine/reader.ts';
import { databaseFileName } from './engine/paths.ts';
import { preferSmallHeap } from './engine/smallHeap.ts';
import { keychainCredentialStore } from './shell/accountCredentials.ts';
import { preferencesFileName } from './engine/preferences/preferencesFile.ts';
import { appEntryUrl, appScheme } from './shell/appProtocol.ts';
import { hardenSession, hardenWebContents } from './shell/harden.ts';
import { createHostApi } from './shell/host.ts';
import { createIpcHandlers, forwardReaderEvents, trustedSender } from './shell/ipc.ts';
import { menuTemplate, trayMenuTemplate } from './shell/menu.ts';
import { backupDefaultName, backupSummary, backupTarget } from './shell/backupDialog.ts';
import { NewPostCollector, trayTooltip } from './shell/notifications.ts';
import { openExternalSafely } from './shell/openExternal.ts';
import { importSummary, maxOpmlFileBytes } from './shell/opmlDialogs.ts';
import { restoreBounds } from './shell/preferences.ts';
import { createAppRequestHandler } from './shell/serveApp.ts';
import { openShellStore, type ShellStore } from './shell/store.ts';
import { windowOptions } from './shell/windowOptions.ts';

// dist/electron/main.js, next to preload.cjs and assets/; the renderer is in dist/renderer.
const here = import.meta.dirname;
const rendererRoot = join(here, '..', 'renderer');
const preloadPath = join(here, 'preload.cjs');
const trayIconPath = join(
  here,
  'assets',
  process.platform === 'darwin' ? 'trayTemplate.png' : 'tray.png',
);

// The engine's refreshes run in this process: its heap kept small, as the CLI's (smallHeap.ts).
preferSmallHeap();

// Must happen before 'ready': our scheme behaves like https (secure context, own origin).
protocol.registerSchemesAsPrivileged([
  { scheme: appScheme, privileges: { standard: true, secure: true } },
]);

let mainWindow: BrowserWindow | null = null;
let tray: Tray | null = null;
let quitting = false;

const openExternal = (url: string) =>
  openExternalSafely(url, (checked) => shell.openExternal(checked));

function showWindow(create: () => BrowserWindow): void {
  const window = mainWindow ?? create();
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

async function start(): Promise<void> {
  const store: ShellStore = openShellStore();

  hardenSession(session.defaultSession);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, openExternal));
  const dataDir = app.getPath('userData');
  // Preferences moved from electron-store into the data directory (shared with preview and CLI).
  const firstWithSharedPreferences = !existsSync(join(dataDir, preferencesFileName));
  const reader: Reader = await openReader({
    dataDir,
    // Bundled beside main.js by scripts/build.ts.
    parseWorkerUrl: new URL('./parseWorker.js', import.meta.url),
    credentials: keychainCredentialStore(dataDir),
  });
  protocol.handle(appScheme, createAppRequestHandler(rendererRoot, reader.images));
  if (firstWithSharedPreferences) reader.setPreferences(store.loadPreferences());
  let preferences: Preferences = reader.getPreferences();
  nativeTheme.themeSource = preferences.theme;

  const refreshAll = () => {
    reader.refresh({}).catch((error: unknown) => console.error('Refresh failed:', error));
  };

  const createWindow = (): BrowserWindow => {
    const workAreas = screen.getAllDisplays().map((display) => display.workArea);
    const window = new BrowserWindow(
      windowOptions(preloadPath, restoreBounds(store.savedBounds(), workAreas), {
        devTools: !app.isPackaged,
        backgroundColor: nativeTheme.shouldUseDarkColors ? '#1c1c1e' : '#f7f7f5',
      }),
    );
    if (store.wasMaximized()) window.maximize();
    window.once('ready-to-show', () => window.show());
    window.on('close', () => store.saveWindowState(window.getNormalBounds(), window.isMaximized()));
    window.on('closed', () => {
      mainWindow = null;
    });
    void window.loadURL(appEntryUrl);
    mainWindow = window;
    return window;
  };
  const show = () => showWindow(createWindow);

  const importOpml = async () => {
    const choice = await dialog.showOpenDialog({
      title: 'Import OPML',
      properties: ['openFile'],
      filters: [
        { name: 'OPML subscription lists', extensions: ['opml', 'xml'] },
        { name: 'All files', extensions: ['*'] },
      ],
    });
    const [path] = choice.filePaths;
    if (choice.canceled || path === undefined) return;
    try {
      if ((await stat(path)).size > maxOpmlFileBytes)
        throw new Error('The file is larger than 20 MB.');
      // Bytes, not text: the engine decodes the file's own declared charset.
      const args = readerMethods.importOpml.args.parse({
        base64: (await readFile(path)).toString('base64'),
      });
      const { message, detail } = importSummary(await reader.importOpml(args));
      await dialog.showMessageBox({ type: 'info', title: 'Import OPML', message, detail });
    } catch (error) {
      dialog.showErrorBox('Import OPML', error instanceof Error ? error.message : String(error));
    }
  };
  const exportOpml = async () => {
    const choice = await dialog.showSaveDialog({
      title: 'Export OPML',
      defaultPath: 'orrery-subscriptions.opml',
      filters: [{ name: 'OPML', extensions: ['opml'] }],
    });
    if (choice.canceled || !choice.filePath) return;
    try {
      await writeFile(choice.filePath, (await reader.exportOpml({})).opml, 'utf8');
    } catch (error) {
      dialog.showErrorBox('Export OPML', error instanceof Error ? error.message : String(error));
    }
  };

  const backUp = async () => {
    const choice = await dialog.showSaveDialog({
      title: 'Back Up',
      defaultPath: backupDefaultName(new Date()),
      filters: [{ name: 'SQLite database', extensions: ['sqlite'] }],
    });
    const target = backupTarget(choice, join(dataDir, databaseFileName));
    if (target.kind === 'cancelled') return;
    try {
      if (target.kind === 'refused') throw new Error(target.message);
      await reader.backup(target.path);
      const { message, detail } = backupSummary(target.path, (await stat(target.path)).size);
      await dialog.showMessageBox({ type: 'info', title: 'Back Up', message, detail });
    } catch (error) {
      dialog.showErrorBox('Back Up', error instanceof Error ? error.message : String(error));
    }
  };

  // From this window, the preview or the CLI alike: the Reader stores them and tells us.
  reader.on('preferencesChanged', ({ preferences: next }) => {
    preferences = next;
    nativeTheme.themeSource = next.theme;
    buildMenu();
  });
  const host = createHostApi({
    loadPreferences: () => reader.getPreferences(),
    savePreferences: (next) => void reader.setPreferences(next),
    openUrl: (url) => shell.openExternal(url),
  });
  const setPreference = (patch: Partial<Preferences>) => {
    host.setPreferences(patch).catch((error: unknown) => console.error(error));
  };

  function buildMenu(): void {
    const template = menuTemplate(
      {
        importOpml: () => void importOpml(),
        exportOpml: () => void exportOpml(),
        backUp: () => void backUp(),
        refresh: refreshAll,
        runCommand: (command) => {
          const payload: HostEvents['menuCommand'] = { command };
          mainWindow?.webContents.send(eventChannel('menuCommand'), payload);
        },
        setTheme: (theme) => setPreference({ theme }),
        setCloseToTray: (closeToTray) => setPreference({ closeToTray }),
        setNotifications: (notifications) => setPreference({ notifications }),
      },
      { platform: process.platform, preferences, developer: !app.isPackaged },
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  }
  buildMenu();

  // IPC: one handler per ReaderApi and HostApi method, senders checked, arguments validated.
  const isTrusted = trustedSender(() => mainWindow?.webContents.mainFrame);
  for (const [channel, handler] of createIpcHandlers(reader, host, isTrusted)) {
    ipcMain.handle(channel, handler);
  }
  forwardReaderEvents(reader, (channel, payload) => {
    if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(channel, payload);
  });

  tray = new Tray(nativeImage.createFromPath(trayIconPath));
  tray.setToolTip(trayTooltip((await reader.unreadCounts({})).allUnread));
  tray.setContextMenu(
    Menu.buildFromTemplate(trayMenuTemplate({ show, refresh: refreshAll, quit: () => app.quit() })),
  );
  tray.on('click', show);
  reader.on('countsChanged', (counts) => tray?.setToolTip(trayTooltip(counts.allUnread)));

  // New posts: collected during a refresh, announced once when it ends.
  const collector = new NewPostCollector();
  const feedTitles = new Map<number, string>();
  reader.on('entriesAdded', (batch) => {
    collector.add(batch);
  });
  const announceNewPosts = async () => {
    if (!preferences.notifications || mainWindow?.isFocused() || !Notification.isSupported()) {
      collector.flush(() => '');
      return;
    }
    for (const feed of await reader.listFeeds({})) feedTitles.set(feed.id, feed.title);
    const text = collector.flush((feedId) => feedTitles.get(feedId) ?? 'Orrery');
    if (!text) return;
    const notification = new Notification({ title: text.title, body: text.body });
    notification.on('click', show);
    notification.show();
  };
  reader.on('refreshProgress', ({ running }) => {
    if (!running) announceNewPosts().catch((error: unknown) => console.error(error));
  });

  app.on('second-instance', show);
  app.on('activate', show);
  app.on('before-quit', () => {
    quitting = true;
  });
  // Closing the window keeps Orrery polling in the background when close-to-tray is on.
  app.on('window-all-closed', () => {
    if (quitting || !preferences.closeToTray) app.quit();
  });
  let readerClosed = false;
  app.on('will-quit', (event) => {
    if (readerClosed) return;
    event.preventDefault();
    reader.stopPolling();
    reader
      .close()
      .catch((error: unknown) => console.error(error))
      .finally(() => {
        readerClosed = true;
        tray?.destroy();
        app.quit();
      });
  });

  reader.startPolling();
  createWindow();
}

// A second launch hands over to the first (which shows its window) and exits.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      dialog.showErrorBox(
        'Orrery could not start',
        error instanceof Error ? error.message : String(error),
      );
      app.exit(1);
    });
}
