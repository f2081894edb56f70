/**
 * The session lock-down and the per-window guards, written against the few Electron calls they
 * make. main.ts passes Electron's defaultSession and each WebContents; the e2e harness passes
 * stand-ins built on Playwright, so the wiring tested in the browser is this code, and only
 * Electron's own calls (the objects passed in) stay untested.
 */
import {
  APP_ORIGIN,
  isAllowedRequest,
  navigationAllowed,
  permissionAllowed,
  windowOpenAction,
} from './security-policy';

/** The part of Electron's Session the lock-down uses. */
export type LockableSession = {
  setPermissionRequestHandler(
    handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: (contents: unknown, permission: string) => boolean): void;
  webRequest: {
    onBeforeRequest(
      listener: (
        details: { url: string },
        callback: (response: { cancel: boolean }) => void,
      ) => void,
    ): void;
  };
  setSpellCheckerEnabled(enable: boolean): void;
};

/** A cancellable event, as Electron's will-navigate and will-attach-webview give. */
export type GuardEvent = { preventDefault(): void };

/** The part of Electron's WebContents the window guards use. */
export type GuardableContents = {
  on(
    event: 'will-navigate' | 'will-redirect',
    listener: (event: GuardEvent, url: string) => void,
  ): unknown;
  on(event: 'will-attach-webview', listener: (event: GuardEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
};

/**
 * Locks the session down: every permission refused (Electron grants them by default), every
 * request that is not for the app's own files cancelled, and no spell-check dictionary download.
 */
export function lockDownSession(session: LockableSession, appOrigin: string = APP_ORIGIN): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    callback(permissionAllowed(permission));
  });
  session.setPermissionCheckHandler((_contents, permission) => permissionAllowed(permission));
  // Belt and braces for "no network, ever", behind the CSP.
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, appOrigin) });
  });
  // Spell-check dictionaries are downloaded from the network on Windows and Linux.
  session.setSpellCheckerEnabled(false);
}

/**
 * Guards one window's contents: no navigation or redirect away from the app, no webviews, and no
 * new windows; a safe external link goes to `openExternally` (the OS browser or mail client).
 */
export function guardContents(
  contents: GuardableContents,
  openExternally: (url: string) => void,
  appOrigin: string = APP_ORIGIN,
): void {
  const blockForeign = (event: GuardEvent, url: string) => {
    if (!navigationAllowed(url, appOrigin)) event.preventDefault();
  };
  contents.on('will-navigate', blockForeign);
  contents.on('will-redirect', blockForeign);
  contents.on('will-attach-webview', event => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    const decision = windowOpenAction(url);
    if (decision.openExternally !== null) openExternally(decision.openExternally);
    return { action: decision.action };
  });
}
