/**
 * The Electron main process: lifecycle, the one window, and the security guards. Everything that
 * does real work (database, handlers) is plain Node code under electron/, shared with the CLI.
 * See https://www.electronjs.org/docs/latest/tutorial/security for the checklist applied here.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { app, BrowserWindow, dialog, protocol, session, shell, type WebContents } from 'electron';
import { openAdvisor, type Advisor } from './advisor';
import { resolveDataDir } from './data-dir';
import type { Dialogs } from './dialogs';
import { registerIpc } from './ipc/register';
import {
  APP_ENTRY,
  CONTENT_SECURITY_POLICY,
  contentTypeFor,
  externalUrl,
  isAllowedRequest,
  isAppUrl,
  resolveAppFile,
} from './security-policy';

const rendererDir = join(__dirname, '..', 'renderer');
let advisor: Advisor | undefined;
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

/** Serves the renderer build with the CSP header; GET only, never outside the build folder. */
async function serveRenderer(request: Request): Promise<Response> {
  if (request.method !== 'GET') return new Response('Method not allowed', { status: 405 });
  const file = resolveAppFile(rendererDir, request.url);
  if (!file) return new Response('Not found', { status: 404 });
  try {
    const body = await readFile(file);
    return new Response(body, {
      headers: { 'content-type': contentTypeFor(file), 'content-security-policy': CONTENT_SECURITY_POLICY },
    });
  } catch {
    return new Response('Not found', { status: 404 });
  }
}

const CASE_FILTERS = [{ name: 'Case files', extensions: ['json'] }];

/** Native open and save dialogs for import and export; the renderer never supplies a path. */
const dialogs: Dialogs = {
  async openCaseFiles() {
    const options = { title: 'Import case files', properties: ['openFile', 'multiSelections'] as const, filters: CASE_FILTERS };
    const r = mainWindow ? await dialog.showOpenDialog(mainWindow, { ...options, properties: [...options.properties] }) : await dialog.showOpenDialog({ ...options, properties: [...options.properties] });
    if (r.canceled) return null;
    return Promise.all(r.filePaths.map(async path => ({ name: basename(path), text: await readFile(path, 'utf8') })));
  },
  async saveJson(defaultName, text) {
    const options = { title: 'Export case file', defaultPath: defaultName, filters: CASE_FILTERS };
    const r = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
    if (r.canceled || !r.filePath) return null;
    // Write beside the target and rename, so a crash never leaves half a file under the chosen name.
    const temporary = `${r.filePath}.${String(process.pid)}.tmp`;
    await writeFile(temporary, text, 'utf8');
    await rename(temporary, r.filePath);
    return r.filePath;
  },
};

/** Denies navigation away from the app, new windows, and webviews in every web contents. */
function guardContents(contents: WebContents): void {
  const blockForeign = (event: Electron.Event, url: string) => {
    if (!isAppUrl(url)) event.preventDefault();
  };
  contents.on('will-navigate', blockForeign);
  contents.on('will-redirect', blockForeign);
  contents.on('will-attach-webview', event => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternalUrl(url);
    return { action: 'deny' };
  });
}

function lockDownSession(): void {
  const s = session.defaultSession;
  // Electron grants permissions (camera, notifications, …) by default; this app needs none.
  s.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  s.setPermissionCheckHandler(() => false);
  // Belt and braces for "no network, ever": cancel any request that is not for the app's own files.
  s.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url) }));
  // Spell-check dictionaries are downloaded from the network on Windows and Linux; keep them off.
  s.setSpellCheckerEnabled(false);
}

function createWindow(): void {
  mainWindow = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Immigration Advisor',
    webPreferences: {
      preload: join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
      spellcheck: false,
      devTools: !app.isPackaged,
    },
  });
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  void mainWindow.loadURL(APP_ENTRY);
}

function start(): void {
  let opened: Advisor;
  try {
    const dataDir = resolveDataDir(undefined, process.env, () => app.getPath('userData'));
    opened = openAdvisor({ dataDir, appVersion: app.getVersion(), dialogs });
  } catch (err) {
    // A database from a newer version, or an unreadable file: say so and leave it untouched.
    dialog.showErrorBox('Immigration Advisor cannot open its database', err instanceof Error ? err.message : String(err));
    app.quit();
    return;
  }
  advisor = opened;
  registerIpc(opened.dispatch);
  lockDownSession();
  protocol.handle('app', serveRenderer);
  createWindow();
}

if (!app.requestSingleInstanceLock()) {
  // A second copy would open the same database; hand over to the first one instead.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('web-contents-created', (_event, contents) => guardContents(contents));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => advisor?.close());
  void app.whenReady().then(start);
}
