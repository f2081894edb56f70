/**
 * The Electron main process: lifecycle, the one window, and the security guards. Everything that
 * does real work (database, handlers) is plain Node code under electron/, shared with the CLI.
 * See https://www.electronjs.org/docs/latest/tutorial/security for the checklist applied here.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { rmSync } from 'node:fs';
import { app, BrowserWindow, dialog, powerMonitor, protocol, safeStorage, session, shell, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import { createVault, type Vault } from './vault/vault';
import { systemClock } from './clock';
import { safeStoragePassphraseStore } from './vault/remembered';
import { isDefaultDataDir, resolveDataDir } from './data-dir';
import type { Dialogs } from './dialogs';
import { registerIpc } from './ipc/register';
import { ensurePrivateFolder, writePrivateFileAtomically } from './private-files';
import { APP_ENTRY, externalUrl } from './security-policy';
import { rendererHandler } from './renderer-protocol';
import { guardContents, lockDownSession } from './session-lockdown';
import { windowWebPreferences } from './window-preferences';
import { printFolderPrefix, removeAbandonedPrintFolders } from './print-folders';
import { sharedMemoRenderer } from './reports/memo-renderer';

const rendererDir = join(__dirname, '..', 'renderer');
let vault: Vault | undefined;
/** Temporary folders holding memos sent to the PDF viewer: plain client data, removed on quit. */
const printFolders: string[] = [];
let mainWindow: BrowserWindow | undefined;

// Must run before `ready`: makes app:// a standard, secure origin so the CSP's 'self' means it.
protocol.registerSchemesAsPrivileged([
  { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

/** The one opener for external links: https and mailto only, handed to the OS. */
function openExternalUrl(url: unknown): void {
  const allowed = externalUrl(url);
  if (allowed) void shell.openExternal(allowed);
}

const CASE_FILTERS = [{ name: 'Case files', extensions: ['json'] }];

const showOpen = (options: OpenDialogOptions) => (mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options));
const showSave = (options: SaveDialogOptions) => (mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options));

/** Native open and save dialogs for import, export, logos and memos; the renderer never supplies a path. */
const dialogs: Dialogs = {
  async openCaseFiles() {
    const r = await showOpen({ title: 'Import case files', properties: ['openFile', 'multiSelections'], filters: CASE_FILTERS });
    if (r.canceled) return null;
    // Bytes: the import decides what is UTF-8 text (dialogs.ts decodeCaseFile), never this read.
    return Promise.all(r.filePaths.map(async path => ({ name: basename(path), bytes: await readFile(path) })));
  },
  async saveJson(defaultName, text) {
    const r = await showSave({ title: 'Export case file', defaultPath: defaultName, filters: CASE_FILTERS });
    if (r.canceled || !r.filePath) return null;
    // Private (0600) and never half-written: a case file is a client's whole record, unencrypted.
    writePrivateFileAtomically(r.filePath, text);
    return r.filePath;
  },
  async openImage() {
    const r = await showOpen({ title: 'Choose the firm’s logo', properties: ['openFile'], filters: [{ name: 'PNG or JPEG', extensions: ['png', 'jpg', 'jpeg'] }] });
    const path = r.filePaths[0];
    if (r.canceled || !path) return null;
    return { name: basename(path), bytes: await readFile(path) };
  },
  async savePdf(defaultName, bytes) {
    const r = await showSave({ title: 'Save memo as PDF', defaultPath: defaultName, filters: [{ name: 'PDF', extensions: ['pdf'] }] });
    if (r.canceled || !r.filePath) return null;
    writePrivateFileAtomically(r.filePath, bytes);
    return r.filePath;
  },
  async saveWord(defaultName, bytes) {
    const r = await showSave({ title: 'Save memo as Word', defaultPath: defaultName, filters: [{ name: 'Word document', extensions: ['docx'] }] });
    if (r.canceled || !r.filePath) return null;
    writePrivateFileAtomically(r.filePath, bytes);
    return r.filePath;
  },
  async openPdf(name, bytes) {
    // A private temp folder; the OS viewer prints it. Nothing leaves the machine.
    const dir = await mkdtemp(printFolderPrefix(app.getPath('temp')));
    printFolders.push(dir);
    const path = join(dir, name);
    writePrivateFileAtomically(path, bytes);
    return (await shell.openPath(path)) === '';
  },
  async chooseBackupFolder() {
    const r = await showOpen({ title: 'Choose the folder for automatic backups', properties: ['openDirectory', 'createDirectory'] });
    return r.canceled ? null : (r.filePaths[0] ?? null);
  },
  async openBackup() {
    const r = await showOpen({ title: 'Restore from backup', properties: ['openFile'], filters: [{ name: 'Immigration Advisor backups', extensions: ['sqlite'] }] });
    return r.canceled ? null : (r.filePaths[0] ?? null);
  },
};

/** How often the idle lock and the daily backup are checked. */
const IDLE_CHECK_MS = 15_000;
const BACKUP_CHECK_MS = 60 * 60_000;

function createWindow(): void {
  mainWindow = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Immigration Advisor',
    webPreferences: windowWebPreferences({ preload: join(__dirname, 'preload.cjs'), devTools: !app.isPackaged }),
  });
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  void mainWindow.loadURL(APP_ENTRY);
}

function start(): void {
  const dataDir = resolveDataDir(undefined, process.env, () => app.getPath('userData'));
  ensurePrivateFolder(dataDir, isDefaultDataDir(dataDir));
  // Memos a crash left in the temp folder are plain client data: they go now, not only on a clean quit.
  removeAbandonedPrintFolders(app.getPath('temp'));
  // Fonts ship as extra resources beside the asar (electron-builder.yml), in the repo when unpackaged.
  const fontsDir = app.isPackaged ? join(process.resourcesPath, 'fonts') : join(app.getAppPath(), 'resources', 'fonts');
  const passphraseStore = safeStoragePassphraseStore(safeStorage, dataDir);
  const opened = createVault({
    dataDir,
    appVersion: app.getVersion(),
    clock: systemClock,
    dialogs,
    fontsDir,
    passphraseStore,
    // A fresh page holds nothing from before the lock: reloading is the surest way to drop it all.
    onAutoLock: () => mainWindow?.webContents.reload(),
  });
  const remembered = passphraseStore.load();
  if (remembered !== null && opened.status().state === 'locked') {
    try {
      opened.unlock(remembered);
    } catch (err) {
      // A database from a newer version stops here with its message; a stale passphrase just asks again.
      if ((err as { code?: unknown }).code === 'database-too-new') {
        dialog.showErrorBox('Immigration Advisor cannot open its database', err instanceof Error ? err.message : String(err));
        app.quit();
        return;
      }
    }
  }
  vault = opened;
  setInterval(() => opened.checkIdle(), IDLE_CHECK_MS).unref();
  setInterval(() => void opened.runDueBackup(), BACKUP_CHECK_MS).unref();
  powerMonitor.on('lock-screen', () => opened.lockForSystem());
  powerMonitor.on('suspend', () => opened.lockForSystem());
  registerIpc(opened.dispatch);
  lockDownSession(session.defaultSession);
  // Every renderer file, with the CSP header (renderer-protocol.ts; the e2e harness serves the same).
  protocol.handle('app', rendererHandler(rendererDir));
  createWindow();
  // The memo worker opens the Latin fonts and shapes the words memos share while the attorney
  // unlocks and opens a case, after the window is up, so the first memo does not pay for it.
  mainWindow?.once('ready-to-show', () => void sharedMemoRenderer().warm(fontsDir));
}

if (!app.requestSingleInstanceLock()) {
  // A second copy would open the same database; hand over to the first one instead.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('web-contents-created', (_event, contents) => {
    guardContents(contents, openExternalUrl);
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    vault?.close();
    for (const dir of printFolders) rmSync(dir, { recursive: true, force: true });
  });
  void app.whenReady().then(start);
}
