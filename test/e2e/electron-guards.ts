/**
 * Electron's navigation, window-open and permission handlers (guardContents and lockDownSession in
 * electron/main.ts), re-created for the Chromium harness with the very same policy functions.
 * Chromium has no will-navigate event or window-open handler, so the hooks differ (and say so):
 * what is tested here is the policy as the harness applies it, plus Chromium's own refusals.
 */
import type { Page, Route } from '@playwright/test';
import {
  navigationAllowed,
  permissionAllowed,
  windowOpenAction,
  type WindowOpenDecision,
} from '../../electron/security-policy';

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
  /** Every new-window request the page made, with the policy's answer (what the handler returns). */
  windowOpens: { url: string; decision: WindowOpenDecision }[];
  /** What reached the stand-in for shell.openExternal. */
  openedExternally: string[];
  /** Navigations of the app's window that the policy refused. */
  blockedNavigations: string[];
  /** What the windows Chromium opened tried to load; the harness answered with an empty page. */
  stubbedWindowLoads: string[];
  /** Windows Chromium created for a denied window.open, closed by the harness. */
  closedWindows: number;
};

/** A route handler: navigations the policy refuses go to `refuse`, everything else carries on. */
function refusingNavigations(
  appOrigin: string,
  refuse: (route: Route) => Promise<void>,
): (route: Route) => Promise<void> {
  return route => {
    const request = route.request();
    return request.isNavigationRequest() && !navigationAllowed(request.url(), appOrigin)
      ? refuse(route)
      : route.fallback();
  };
}

/** Applies the policies to `page` (already showing the app) and its browser context. */
export async function applyElectronGuards(page: Page): Promise<ElectronGuards> {
  const appOrigin = new URL(page.url()).origin;
  const context = page.context();
  const guards: ElectronGuards = {
    windowOpens: [],
    openedExternally: [],
    blockedNavigations: [],
    stubbedWindowLoads: [],
    closedWindows: 0,
  };

  // will-navigate: the route sees each navigation of the app's window before its request leaves.
  // Aborting with 'aborted' cancels it without an error page, as preventDefault() does in Electron.
  await page.route(
    '**/*',
    refusingNavigations(appOrigin, route => {
      guards.blockedNavigations.push(route.request().url());
      return route.abort('aborted');
    }),
  );
  // Page routes run first, so a foreign navigation reaching the context route is a new window's.
  // Playwright reports a new window only once its first load commits, so it gets an empty page
  // from here (never the network) and is then closed below.
  await context.route(
    '**/*',
    refusingNavigations(appOrigin, route => {
      guards.stubbedWindowLoads.push(route.request().url());
      return route.fulfill({ status: 200, contentType: 'text/html', body: '' });
    }),
  );

  // setWindowOpenHandler: Chromium reports each new-window request (window.open, target=_blank)
  // over the DevTools protocol, with the URL Electron's handler would receive.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Page.enable');
  cdp.on('Page.windowOpen', ({ url }) => {
    const decision = windowOpenAction(url);
    guards.windowOpens.push({ url, decision });
    if (decision.openExternally !== null) guards.openedExternally.push(decision.openExternally);
  });
  // Unlike Electron, Chromium creates the window before anyone is asked. The policy always says
  // deny, so the harness closes it.
  page.on('popup', popup => {
    void popup.close().then(() => (guards.closedWindows += 1));
  });

  // Permission handlers: grant exactly what permissionAllowed allows (nothing). Chromium then
  // refuses every other request itself, having no prompt to show.
  await context.clearPermissions();
  const granted = Object.keys(ELECTRON_PERMISSION).filter(name =>
    permissionAllowed(ELECTRON_PERMISSION[name]),
  );
  await context.grantPermissions(granted, { origin: appOrigin });
  return guards;
}
