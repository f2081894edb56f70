/**
 * The e2e harness: the built renderer served from a loopback server by the app's own handler
 * (electron/renderer-protocol.ts, CSP header included), the app's own session lock-down and window
 * guards run on the page (electron/session-lockdown.ts through electron-guards.ts), and
 * `window.advisor` bridged through the app's own guarded IPC handler to the real dispatcher (real
 * SQLite file in a fresh temp folder). Only Electron's own calls differ.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { test as base, type Page } from '@playwright/test';
import type { Dispatch } from '../../electron/dispatcher';
import { createVault, type Vault } from '../../electron/vault/vault';
import type { PassphraseStore } from '../../electron/vault/remembered';
import type { Dialogs, OpenedFile } from '../../electron/dialogs';
import { appIpcHandler } from '../../electron/ipc/guard';
import { rendererHandler } from '../../electron/renderer-protocol';
import { chosenFiles, TEST_NOW, TEST_PASSPHRASE, tempDir } from '../fixtures';
import { applyElectronGuards, type ElectronGuards } from './electron-guards';

const RENDERER_DIR = join(import.meta.dirname, '..', '..', 'out', 'renderer');

/** Serves out/renderer through the app's own renderer handler, with the loopback origin as the app's. */
async function serveRenderer(): Promise<{ server: Server; origin: string }> {
  const server = createServer();
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
  const handler = rendererHandler(RENDERER_DIR, origin);
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const answer = async () => {
      try {
        return await handler(new Request(new URL(req.url ?? '/', origin), { method: req.method ?? 'GET' }));
      } catch {
        // A method the Fetch API will not build a request for (CONNECT, TRACE): not a GET either.
        return new Response('Method not allowed', { status: 405 });
      }
    };
    void answer().then(async response => {
      res.writeHead(response.status, Object.fromEntries(response.headers)).end(Buffer.from(await response.arrayBuffer()));
    });
  });
  return { server, origin };
}

/** The bridge script, passed as a string: tsx/esbuild helpers do not exist inside the page. */
const BRIDGE = `window.advisor = Object.freeze({ invoke: (method, input) => window.__advisorInvoke(method, input) });`;

export type AppHarness = {
  /** The page with the app loaded. */
  page: Page;
  /** The temp data folder holding advisor.sqlite. */
  dataDir: string;
  /** Closes the database and opens it again, as quitting and relaunching the app would, then reloads. */
  restart: () => Promise<void>;
  /** Every request the page made that did not go to the loopback renderer server. */
  foreignRequests: string[];
  /** What the app's lock-down and window guards did (null when the test turned them off). */
  guards: ElectronGuards | null;
  /** Calls the real dispatcher directly, to seed data as another user of the firm would have. */
  dispatch: Dispatch;
  /** The back end's vault (lock state, backups), as the main process holds it. */
  vault: () => Vault;
  /** A stand-in OS keychain for "remember on this computer": what it holds now. */
  keychain: { saved: string | null };
  /** Stand-ins for the native dialogs: what the next Open returns, and what Save wrote. */
  dialogs: {
    nextOpen: OpenedFile[] | null;
    saved: { name: string; text: string }[];
    nextImage: { name: string; bytes: Uint8Array } | null;
    pdfs: { name: string; bytes: Uint8Array }[];
    /** Word documents saved through the "Save as Word…" dialog. */
    words: { name: string; bytes: Uint8Array }[];
    nextFolder: string | null;
    nextBackup: string | null;
  };
};

/**
 * How the app starts: `unlocked` (a database under TEST_PASSPHRASE, unlocked as a remembered
 * passphrase would), `locked` (the same, behind the unlock screen) or `new` (no database yet).
 */
export type VaultStart = 'unlocked' | 'locked' | 'new';

export const test = base.extend<{ app: AppHarness; vaultStart: VaultStart; lockDown: boolean }>({
  vaultStart: ['unlocked', { option: true }],
  // The app's session lock-down and window guards; off only where a test must get past them.
  lockDown: [true, { option: true }],
  app: async ({ page, vaultStart, lockDown }, use) => {
    const { dir, cleanup } = tempDir('advisor-e2e-');
    const dialogState: AppHarness['dialogs'] = { nextOpen: null, saved: [], nextImage: null, pdfs: [], words: [], nextFolder: null, nextBackup: null };
    const keychain: AppHarness['keychain'] = { saved: null };
    const passphraseStore: PassphraseStore = {
      available: () => true,
      load: () => keychain.saved,
      saved: () => keychain.saved !== null,
      save: p => (keychain.saved = p),
      clear: () => (keychain.saved = null),
    };
    // The native dialogs are Electron's; here they answer from the test, as a user would.
    const dialogs: Dialogs = {
      openCaseFiles: () => Promise.resolve(chosenFiles(dialogState.nextOpen)),
      saveJson: (name, text) => {
        dialogState.saved.push({ name, text });
        return Promise.resolve(`/exports/${name}`);
      },
      openImage: () => Promise.resolve(dialogState.nextImage),
      savePdf: (name, bytes) => {
        dialogState.pdfs.push({ name, bytes });
        return Promise.resolve(`/exports/${name}`);
      },
      saveWord: (name, bytes) => {
        dialogState.words.push({ name, bytes });
        return Promise.resolve(`/exports/${name}`);
      },
      openPdf: (name, bytes) => {
        dialogState.pdfs.push({ name, bytes });
        return Promise.resolve(true);
      },
      chooseBackupFolder: () => Promise.resolve(dialogState.nextFolder),
      openBackup: () => Promise.resolve(dialogState.nextBackup),
    };
    // Both clocks, the back end's here and the page's below, start at TEST_NOW and run at the real
    // pace: every date is the same whichever day the tests run, and time still passes between saves.
    const started = Date.now();
    const clock = () => new Date(TEST_NOW + Date.now() - started);
    await page.clock.setSystemTime(TEST_NOW);
    // The main process's vault, as main.ts builds it; `unlocked` stands for a remembered passphrase.
    const open = (start: VaultStart) => {
      const vault = createVault({ dataDir: dir, appVersion: 'e2e', actor: () => 'e2e.paralegal', clock, dialogs, passphraseStore });
      if (start !== 'new') vault.unlock(TEST_PASSPHRASE);
      if (start === 'locked') vault.lock();
      return vault;
    };
    let advisor: Vault = open(vaultStart);
    const { server, origin } = await serveRenderer();
    const url = `${origin}/`;
    const foreignRequests: string[] = [];
    page.on('request', r => {
      if (!r.url().startsWith(url)) foreignRequests.push(r.url());
    });
    const guards = lockDown ? await applyElectronGuards(page, origin) : null;
    // The app's guarded IPC handler, with the calling frame's URL as the sender and this server's
    // origin as the app's: a foreign frame is refused before dispatch.
    const handle = appIpcHandler((method, input) => advisor.dispatch(method, input), origin);
    await page.exposeBinding('__advisorInvoke', (source, method: unknown, input: unknown) => handle(source.frame.url(), method, input));
    await page.addInitScript(BRIDGE);
    await page.goto(url);
    await use({
      page,
      dataDir: dir,
      foreignRequests,
      guards,
      dispatch: (method, input) => advisor.dispatch(method, input),
      vault: () => advisor,
      keychain,
      dialogs: dialogState,
      restart: async () => {
        advisor.close();
        advisor = open(vaultStart === 'new' ? 'unlocked' : vaultStart);
        await page.reload();
      },
    });
    advisor.close();
    // The page is still open here (Playwright closes it after this fixture), and a connection it keeps
    // alive, or a popup's, would hold close() until it times out: nothing more is served, so end them.
    server.closeAllConnections();
    await new Promise(resolve => server.close(resolve));
    cleanup();
  },
});

export { expect } from '@playwright/test';
