/**
 * Playwright stand-ins for the few Electron calls electron/session-lockdown.ts makes, so the harness
 * runs the app's own lock-down and window guards (lockDownSession, guardContents) on the page:
 *
 * - onBeforeRequest → a context route that asks the listener about every request;
 * - will-navigate → a page route that asks the listeners about every navigation request (page routes
 *   run before context routes, as will-navigate runs before the request leaves);
 * - setWindowOpenHandler → Chromium's Page.windowOpen event, with the URL Electron's handler gets;
 * - the permission handlers → asked about each permission Playwright can grant, and exactly what
 *   they grant is granted (nothing); Chromium, having no prompt to show, refuses the rest itself.
 *
 * What Chromium cannot report is not simulated: will-redirect, will-attach-webview (no webviews).
 */
import type { BrowserContext, Page, Request, Route } from '@playwright/test';
import {
  guardContents,
  lockDownSession,
  type GuardEvent,
  type GuardableContents,
  type LockableSession,
} from '../../electron/session-lockdown';

/** Playwright's permission names, and the name Electron's permission handler is asked with. */
const ELECTRON_PERMISSION: Record<string, string> = {
  notifications: 'notifications',
  geolocation: 'geolocation',
  camera: 'media',
  microphone: 'media',
  'clipboard-read': 'clipboard-read',
  'clipboard-write': 'clipboard-sanitized-write',
  midi: 'midi',
  'midi-sysex': 'midiSysex',
};

export type ElectronGuards = {
  /** Every new-window request the page made, with what the window-open handler returned. */
  windowOpens: { url: string; action: string }[];
  /** What reached the stand-in for shell.openExternal. */
  openedExternally: string[];
  /** Navigations of the app's window that the will-navigate listener cancelled. */
  blockedNavigations: string[];
  /** Requests the network guard (onBeforeRequest) cancelled. */
  cancelledRequests: string[];
  /** What the windows Chromium opened tried to load; the harness answered with an empty page. */
  stubbedWindowLoads: string[];
  /** Windows Chromium created for a denied window.open, closed by the harness. */
  closedWindows: number;
  /** What the lock-down set the spell checker to (null: never set). */
  spellChecker: boolean | null;
};

type NavigationListener = (event: GuardEvent, url: string) => void;

/** Asks `listeners` about a navigation request as will-navigate would; true if one cancelled it. */
function cancelled(listeners: NavigationListener[], url: string): boolean {
  let prevented = false;
  const event: GuardEvent = {
    preventDefault: () => {
      prevented = true;
    },
  };
  for (const listener of listeners) listener(event, url);
  return prevented;
}

/** Whether `request` comes from `page` itself (a new window's first request has no frame yet). */
function inPage(request: Request, page: Page): boolean {
  try {
    return request.frame().page() === page;
  } catch {
    return false;
  }
}

/** The session stand-in: records the handlers; `install` then puts them on the browser context. */
function playwrightSession(context: BrowserContext, guards: ElectronGuards) {
  const handlers: {
    request?: Parameters<LockableSession['setPermissionRequestHandler']>[0];
    beforeRequest?: Parameters<LockableSession['webRequest']['onBeforeRequest']>[0];
  } = {};
  const session: LockableSession = {
    setPermissionRequestHandler: handler => (handlers.request = handler),
    // Chromium asks no check handler; its permission state follows the grants made in install().
    setPermissionCheckHandler: () => undefined,
    webRequest: { onBeforeRequest: listener => (handlers.beforeRequest = listener) },
    setSpellCheckerEnabled: enable => (guards.spellChecker = enable),
  };
  const install = async () => {
    const { request, beforeRequest } = handlers;
    if (!request || !beforeRequest)
      throw new Error('the lock-down set no permission or request handler');
    await context.clearPermissions();
    const granted = Object.keys(ELECTRON_PERMISSION).filter(name => {
      const answers: boolean[] = [];
      request(null, ELECTRON_PERMISSION[name] ?? name, granted => answers.push(granted));
      return answers.includes(true);
    });
    await context.grantPermissions(granted);
    await context.route('**/*', route => {
      const url = route.request().url();
      return new Promise<void>(resolve => {
        beforeRequest({ url }, ({ cancel }) => {
          if (cancel) guards.cancelledRequests.push(url);
          // Electron's cancel fails the request as blocked by the client; so does this.
          resolve(cancel ? route.abort('blockedbyclient') : route.fallback());
        });
      });
    });
  };
  return { session, install };
}

/** The window stand-in: records the listeners; `install` hooks them to the page. */
function playwrightContents(page: Page, appOrigin: string, guards: ElectronGuards) {
  const navigation: NavigationListener[] = [];
  let windowOpen: Parameters<GuardableContents['setWindowOpenHandler']>[0] | undefined;
  const contents: GuardableContents = {
    on: (event: string, listener: NavigationListener) => {
      // will-redirect and will-attach-webview have no Chromium counterpart here (see the top).
      if (event === 'will-navigate') navigation.push(listener);
      return contents;
    },
    setWindowOpenHandler: handler => (windowOpen = handler),
  };
  const install = async () => {
    const open = windowOpen;
    if (!open || navigation.length === 0)
      throw new Error('the guards set no navigation or window-open handler');
    await page.route('**/*', (route: Route) => {
      const request = route.request();
      if (
        request.isNavigationRequest() &&
        request.frame() === page.mainFrame() &&
        cancelled(navigation, request.url())
      ) {
        guards.blockedNavigations.push(request.url());
        // 'aborted' cancels without an error page, as preventDefault() does in Electron.
        return route.abort('aborted');
      }
      return route.fallback();
    });
    // Unlike Electron, Chromium creates a window before anyone is asked. Its first load gets an empty
    // page, never the network (Playwright reports the window only once a load commits), and the
    // handler's answer is always deny, so the harness then closes it.
    await page.context().route('**/*', route => {
      const request = route.request();
      if (
        inPage(request, page) ||
        !request.isNavigationRequest() ||
        new URL(request.url()).origin === appOrigin
      ) {
        return route.fallback();
      }
      guards.stubbedWindowLoads.push(request.url());
      return route.fulfill({ status: 200, contentType: 'text/html', body: '' });
    });
    page.on('popup', popup => {
      void popup.close().then(() => (guards.closedWindows += 1));
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Page.enable');
    cdp.on('Page.windowOpen', ({ url }) => {
      guards.windowOpens.push({ url, action: open({ url }).action });
    });
  };
  return { contents, install };
}

/**
 * Runs the app's lock-down and window guards on `page` and its context, with `appOrigin` (the
 * harness's loopback server) standing for app://app. Call before the page loads the app.
 */
export async function applyElectronGuards(page: Page, appOrigin: string): Promise<ElectronGuards> {
  const guards: ElectronGuards = {
    windowOpens: [],
    openedExternally: [],
    blockedNavigations: [],
    cancelledRequests: [],
    stubbedWindowLoads: [],
    closedWindows: 0,
    spellChecker: null,
  };
  const session = playwrightSession(page.context(), guards);
  const contents = playwrightContents(page, appOrigin, guards);
  lockDownSession(session.session, appOrigin);
  guardContents(contents.contents, url => guards.openedExternally.push(url), appOrigin);
  await session.install();
  await contents.install();
  return guards;
}
