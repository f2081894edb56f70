import { describe, expect, it } from 'vitest';
import {
  guardContents,
  lockDownSession,
  type GuardEvent,
  type GuardableContents,
  type LockableSession,
} from '../../../electron/session-lockdown';

type Handlers = {
  request?: Parameters<LockableSession['setPermissionRequestHandler']>[0];
  check?: Parameters<LockableSession['setPermissionCheckHandler']>[0];
  beforeRequest?: Parameters<LockableSession['webRequest']['onBeforeRequest']>[0];
  spellChecker?: boolean;
};

/** A session that keeps what the lock-down installs, as Electron's would. */
function fakeSession(): { session: LockableSession; handlers: Handlers } {
  const handlers: Handlers = {};
  const session: LockableSession = {
    setPermissionRequestHandler: h => (handlers.request = h),
    setPermissionCheckHandler: h => (handlers.check = h),
    webRequest: { onBeforeRequest: l => (handlers.beforeRequest = l) },
    setSpellCheckerEnabled: enable => (handlers.spellChecker = enable),
  };
  return { session, handlers };
}

function installed(origin?: string) {
  const { session, handlers } = fakeSession();
  lockDownSession(session, origin);
  const { request, check, beforeRequest } = handlers;
  if (!request || !check || !beforeRequest) throw new Error('a handler was not installed');
  const requested = (permission: string) => {
    const answers: boolean[] = [];
    request(null, permission, granted => answers.push(granted));
    return answers;
  };
  const cancelled = (url: string) => {
    const answers: boolean[] = [];
    beforeRequest({ url }, ({ cancel }) => answers.push(cancel));
    return answers;
  };
  return { requested, check, cancelled, spellChecker: handlers.spellChecker };
}

describe('session lock-down', () => {
  it('refuses every permission, asked or checked, and turns the spell checker off', () => {
    const { requested, check, spellChecker } = installed();
    for (const permission of [
      'media',
      'notifications',
      'geolocation',
      'clipboard-read',
      'unknown',
    ]) {
      expect(requested(permission), permission).toEqual([false]);
      expect(check(null, permission), permission).toBe(false);
    }
    expect(spellChecker).toBe(false);
  });

  it('cancels every request that is not the app’s own (file:, http:, ws: …) and lets its own through', () => {
    const { cancelled } = installed();
    expect(cancelled('app://app/assets/index.js')).toEqual([false]);
    expect(cancelled('data:image/png;base64,AAAA')).toEqual([false]);
    expect(cancelled('devtools://devtools/bundled/inspector.html')).toEqual([false]);
    for (const url of [
      'file:///etc/passwd',
      'http://127.0.0.1/',
      'https://example.com/',
      'ws://127.0.0.1:9222/',
    ]) {
      expect(cancelled(url), url).toEqual([true]);
    }
  });

  it('checks requests against the origin it is given', () => {
    const { cancelled } = installed('http://127.0.0.1:4000');
    expect(cancelled('http://127.0.0.1:4000/index.html')).toEqual([false]);
    expect(cancelled('app://app/index.html')).toEqual([true]);
  });
});

/** A web contents that keeps the listeners and handler the guards install. */
function fakeContents() {
  const listeners = new Map<string, ((event: GuardEvent, url: string) => void)[]>();
  let windowOpen: Parameters<GuardableContents['setWindowOpenHandler']>[0] | undefined;
  const contents: GuardableContents = {
    on: (event: string, listener: (event: GuardEvent, url: string) => void) => {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return contents;
    },
    setWindowOpenHandler: h => (windowOpen = h),
  };
  /** Emits `event` with `url`; true if a listener prevented it. */
  const emit = (event: string, url = '') => {
    const handlers = listeners.get(event) ?? [];
    expect(handlers, event).toHaveLength(1);
    let prevented = false;
    for (const h of handlers) h({ preventDefault: () => (prevented = true) }, url);
    return prevented;
  };
  const open = (url: string) => {
    if (!windowOpen) throw new Error('no window-open handler');
    return windowOpen({ url });
  };
  return { contents, emit, open };
}

describe('window guards', () => {
  it('cancels navigation and redirects away from the app, and every webview', () => {
    const { contents, emit } = fakeContents();
    guardContents(contents, () => undefined);
    for (const event of ['will-navigate', 'will-redirect']) {
      expect(emit(event, 'app://app/index.html#/cases')).toBe(false);
      for (const url of ['https://example.com/', 'file:///etc/passwd', 'app://evil/']) {
        expect(emit(event, url), `${event} ${url}`).toBe(true);
      }
    }
    expect(emit('will-attach-webview')).toBe(true);
  });

  it('denies every new window and hands only https and mailto links to the opener', () => {
    const { contents, open } = fakeContents();
    const opened: string[] = [];
    guardContents(contents, url => opened.push(url));
    for (const url of [
      'https://www.uscis.gov/',
      'mailto:a@example.com',
      'http://example.com/',
      'app://app/',
      'file:///x',
    ]) {
      expect(open(url), url).toEqual({ action: 'deny' });
    }
    expect(opened).toEqual(['https://www.uscis.gov/', 'mailto:a@example.com']);
  });

  it('lets the window move within the origin it is given', () => {
    const { contents, emit } = fakeContents();
    guardContents(contents, () => undefined, 'http://127.0.0.1:4000');
    expect(emit('will-navigate', 'http://127.0.0.1:4000/#/cases')).toBe(false);
    expect(emit('will-navigate', 'app://app/index.html')).toBe(true);
  });
});
