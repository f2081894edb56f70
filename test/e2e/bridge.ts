/**
 * The e2e harness: the built renderer served from a loopback server with the app's own CSP, and
 * `window.advisor` bridged to the real dispatcher (real SQLite file in a fresh temp folder).
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { test as base, type Page } from '@playwright/test';
import type { Dispatch } from '../../electron/dispatcher';
import { createVault, type Vault } from '../../electron/vault/vault';
import type { PassphraseStore } from '../../electron/vault/remembered';
import type { Dialogs, OpenedFile } from '../../electron/dialogs';
import { createIpcHandler } from '../../electron/ipc/guard';
import { CONTENT_SECURITY_POLICY, contentTypeFor, isTrustedSender } from '../../electron/security-policy';
import { chosenFiles, TEST_NOW, TEST_PASSPHRASE, tempDir } from '../fixtures';

const RENDERER_DIR = join(import.meta.dirname, '..', '..', 'out', 'renderer');

/** Serves out/renderer like the app:// handler does: GET only, inside the folder, CSP on every file. */
async function serveRenderer(): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const file = join(RENDERER_DIR, path === '/' ? 'index.html' : path);
    if (req.method !== 'GET' || !file.startsWith(RENDERER_DIR)) {
      res.writeHead(404).end();
      return;
    }
    readFile(file).then(
      body => res.writeHead(200, { 'content-type': contentTypeFor(file), 'content-security-policy': CONTENT_SECURITY_POLICY }).end(body),
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${String((server.address() as AddressInfo).port)}/` };
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
    nextFolder: string | null;
    nextBackup: string | null;
  };
};

/**
 * How the app starts: `unlocked` (a database under TEST_PASSPHRASE, unlocked as a remembered
 * passphrase would), `locked` (the same, behind the unlock screen) or `new` (no database yet).
 */
export type VaultStart = 'unlocked' | 'locked' | 'new';

export const test = base.extend<{ app: AppHarness; vaultStart: VaultStart }>({
  vaultStart: ['unlocked', { option: true }],
  app: async ({ page, vaultStart }, use) => {
    const { dir, cleanup } = tempDir('advisor-e2e-');
    const dialogState: AppHarness['dialogs'] = { nextOpen: null, saved: [], nextImage: null, pdfs: [], nextFolder: null, nextBackup: null };
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
    const { server, url } = await serveRenderer();
    const foreignRequests: string[] = [];
    page.on('request', r => {
      if (!r.url().startsWith(url)) foreignRequests.push(r.url());
    });
    // The same guarded handler as Electron's IPC binding, with the calling frame's URL as the
    // sender and this server's origin as the app's: a foreign frame is refused before dispatch.
    const origin = new URL(url).origin;
    const handle = createIpcHandler((method, input) => advisor.dispatch(method, input), frameUrl => isTrustedSender(frameUrl, origin));
    await page.exposeBinding('__advisorInvoke', (source, method: unknown, input: unknown) => handle(source.frame.url(), method, input));
    await page.addInitScript(BRIDGE);
    await page.goto(url);
    await use({
      page,
      dataDir: dir,
      foreignRequests,
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
    await new Promise(resolve => server.close(resolve));
    cleanup();
  },
});

export { expect } from '@playwright/test';
