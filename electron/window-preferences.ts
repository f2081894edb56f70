/**
 * The main window's webPreferences, without Electron imports so a unit test holds them to the
 * checklist at https://www.electronjs.org/docs/latest/tutorial/security.
 */

/** The settings no caller may loosen; they are spread last, after the per-launch ones. */
const LOCKED = {
  // The page cannot reach the preload's JavaScript world, only what contextBridge exposes.
  contextIsolation: true,
  // The renderer runs in Chromium's OS sandbox, and so does the preload.
  sandbox: true,
  // No require() or process in the page.
  nodeIntegration: false,
  // No <webview> through which remote content could be embedded.
  webviewTag: false,
  // Spell-check dictionaries are downloaded from the network on Windows and Linux.
  spellcheck: false,
} as const;

/** webPreferences for the app window: the preload script, DevTools only when unpackaged, and the locked settings. */
export function windowWebPreferences(options: { preload: string; devTools: boolean }) {
  return { preload: options.preload, devTools: options.devTools, ...LOCKED };
}
