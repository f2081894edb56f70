import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY,
  CONTENT_SECURITY_POLICY,
  contentTypeFor,
  externalUrl,
  isAllowedRequest,
  isTrustedSender,
  navigationAllowed,
  permissionAllowed,
  resolveAppFile,
  windowOpenAction,
} from '../../../electron/security-policy';

describe('content security policy', () => {
  it('is exactly this policy: only the app itself, nothing inline or eval, no forms, no framing', () => {
    // Written out whole, not derived from the constant: any change to it must change this test.
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
        "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; " +
        "form-action 'none'; frame-ancestors 'none'",
    );
  });
});

describe('IPC sender check', () => {
  it('trusts only frames on the app:// origin', () => {
    expect(isTrustedSender('app://app/index.html')).toBe(true);
    expect(isTrustedSender('app://app/index.html#/cases')).toBe(true);
    for (const url of [
      'https://app/index.html',
      'http://localhost:5173/',
      'file:///index.html',
      'app://evil/index.html',
      'app://app.evil.com/',
      'devtools://devtools/',
      '',
      undefined,
      null,
      42,
    ]) {
      expect(isTrustedSender(url)).toBe(false);
    }
  });

  it('checks against another origin when given one, port included, as the e2e bridge does', () => {
    const origin = 'http://127.0.0.1:5173';
    expect(isTrustedSender('http://127.0.0.1:5173/', origin)).toBe(true);
    expect(isTrustedSender('http://127.0.0.1:5173/index.html#/cases', origin)).toBe(true);
    for (const url of [
      'http://127.0.0.1:5174/',
      'http://localhost:5173/',
      'https://127.0.0.1:5173/',
      'app://app/index.html',
    ]) {
      expect(isTrustedSender(url, origin)).toBe(false);
    }
  });

  it('refuses a non-string sender even when it prints as an app URL', () => {
    // Electron hands over strings; anything else is refused before parsing, not coerced into a URL.
    expect(isTrustedSender({ toString: () => 'app://app/index.html' })).toBe(false);
  });

  it('trusts nothing when the app origin itself is unusable, rather than throwing', () => {
    expect(isTrustedSender('app://app/index.html', 'not a url')).toBe(false);
    // An origin without a host (file:) would otherwise trust every file on the disk.
    expect(isTrustedSender('file:///etc/passwd', 'file:///opt/advisor/renderer')).toBe(false);
  });
});

describe('navigation policy', () => {
  it('lets the window move only between the app’s own pages', () => {
    expect(navigationAllowed('app://app/index.html')).toBe(true);
    expect(navigationAllowed('app://app/index.html#/settings')).toBe(true);
    for (const url of [
      'https://example.com/',
      'http://127.0.0.1/',
      'file:///etc/passwd',
      'app://evil/index.html',
      'javascript:alert(1)',
      'data:text/html,<h1>x</h1>',
      'about:blank',
      '',
      null,
    ]) {
      expect(navigationAllowed(url)).toBe(false);
    }
    expect(navigationAllowed('http://127.0.0.1:4000/x', 'http://127.0.0.1:4000')).toBe(true);
    expect(navigationAllowed('https://example.com/', 'http://127.0.0.1:4000')).toBe(false);
  });
});

describe('window-open policy', () => {
  it('denies every new window and hands only https and mailto links to the OS', () => {
    expect(windowOpenAction('https://www.uscis.gov/h-1b')).toEqual({
      action: 'deny',
      openExternally: 'https://www.uscis.gov/h-1b',
    });
    expect(windowOpenAction('mailto:client@example.com')).toEqual({
      action: 'deny',
      openExternally: 'mailto:client@example.com',
    });
    // The app's own pages do not open a second window either.
    for (const url of [
      'app://app/index.html',
      'http://example.com/',
      'javascript:alert(1)',
      'file:///etc/passwd',
      '',
      undefined,
    ]) {
      expect(windowOpenAction(url)).toEqual({ action: 'deny', openExternally: null });
    }
  });
});

describe('permission policy', () => {
  it('refuses every permission Electron can ask about, and unknown ones', () => {
    // Electron's permission names (session.setPermissionRequestHandler), plus nonsense.
    for (const permission of [
      'media',
      'notifications',
      'geolocation',
      'clipboard-read',
      'clipboard-sanitized-write',
      'midi',
      'midiSysex',
      'pointerLock',
      'fullscreen',
      'openExternal',
      'display-capture',
      'window-management',
      'idle-detection',
      'hid',
      'serial',
      'usb',
      'mediaKeySystem',
      'keyboardLock',
      'storage-access',
      'fileSystem',
      'unknown',
      'made-up',
      '',
      undefined,
      42,
    ]) {
      expect(permissionAllowed(permission)).toBe(false);
    }
  });
});

describe('external links', () => {
  it('opens https and mailto only, after parsing, and hands over the normalised URL', () => {
    expect(externalUrl('https://www.uscis.gov/h-1b')).toBe('https://www.uscis.gov/h-1b');
    expect(externalUrl(' https://WWW.USCIS.gov/x y')).toBe('https://www.uscis.gov/x%20y');
    expect(externalUrl('mailto:client@example.com')).toBe('mailto:client@example.com');
    for (const url of [
      'http://www.uscis.gov',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'smb://server/share',
      'https://user:pass@example.com',
      'https://user@example.com',
      'https://:pass@example.com',
      'https//missing-colon',
      'app://app/index.html',
      {},
      null,
    ]) {
      expect(externalUrl(url)).toBeNull();
    }
  });
});

describe('network guard', () => {
  it('lets the app load its own files, inline data and the developer tools, and cancels everything else', () => {
    for (const url of [
      'app://app/assets/index.js',
      'app://app/index.html#/cases',
      'data:image/png;base64,AAAA',
      'blob:app://app/5f0c1b2e-0000-4000-8000-000000000000',
      'devtools://devtools/bundled/inspector.html',
    ]) {
      expect(isAllowedRequest(url), url).toBe(true);
    }
    for (const url of [
      'file:///etc/passwd',
      'file:///opt/advisor/renderer/index.html',
      'http://127.0.0.1/',
      'http://app/index.html',
      'https://fonts.googleapis.com/css',
      'ws://127.0.0.1:9222/devtools/page/1',
      'wss://x.example/',
      'ftp://x/',
      'app://evil/x.js',
      'chrome-extension://abc/x.js',
      'not a url',
      '',
      undefined,
    ]) {
      expect(isAllowedRequest(url), String(url)).toBe(false);
    }
  });

  it('takes the app origin it is given, as the e2e harness does, and nothing else on that host', () => {
    const origin = 'http://127.0.0.1:4000';
    expect(isAllowedRequest('http://127.0.0.1:4000/assets/index.js', origin)).toBe(true);
    expect(isAllowedRequest('data:,x', origin)).toBe(true);
    for (const url of [
      'http://127.0.0.1:4001/',
      'ws://127.0.0.1:4000/',
      'app://app/index.html',
      'file:///x',
    ]) {
      expect(isAllowedRequest(url, origin), url).toBe(false);
    }
  });
});

describe('serving the renderer from app://', () => {
  const root = join(sep, 'opt', 'advisor', 'renderer');

  it('maps app URLs to files inside the build folder', () => {
    expect(resolveAppFile(root, 'app://app/')).toBe(join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://app/assets/index-abc.js')).toBe(
      join(root, 'assets', 'index-abc.js'),
    );
    expect(resolveAppFile(root, 'app://app/index.html?x=1#/cases')).toBe(join(root, 'index.html'));
    // The URL parser already folds `..` and `%2e%2e` at the root, so these stay inside the folder.
    expect(resolveAppFile(root, 'app://app/../secret.txt')).toBe(join(root, 'secret.txt'));
    expect(resolveAppFile(root, 'app://app/%2e%2e/secret.txt')).toBe(join(root, 'secret.txt'));
    // Repeated leading slashes are one; the path stays inside the folder, not at the disk's root.
    expect(resolveAppFile(root, 'app://app//assets/x.js')).toBe(join(root, 'assets', 'x.js'));
    expect(resolveAppFile(root, APP_ENTRY)).toBe(join(root, 'index.html'));
  });

  it('starts the window on the app origin\'s index page', () => {
    expect(APP_ENTRY).toBe('app://app/index.html');
  });

  it('refuses anything that escapes the folder or is not the app origin', () => {
    for (const url of [
      'app://app/assets/%2e%2e%2f..%2fsecret',
      'app://app/..%5csecret',
      'app://app/%00',
      'app://app/%E0%A4%A',
      // Slashes only: the folder itself, not a file in it.
      'app://app//',
      'app://other/index.html',
      'file:///etc/passwd',
    ]) {
      expect(resolveAppFile(root, url)).toBeNull();
    }
  });

  it('names content types so scripts run and styles apply', () => {
    expect(contentTypeFor('a/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('a/x.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('a/x.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('a/x.json')).toBe('application/json');
    expect(contentTypeFor('a/x.svg')).toBe('image/svg+xml');
    expect(contentTypeFor('a/x.png')).toBe('image/png');
    expect(contentTypeFor('a/x.woff2')).toBe('font/woff2');
    expect(contentTypeFor('a/x.ttf')).toBe('font/ttf');
    expect(contentTypeFor('a/x.bin')).toBe('application/octet-stream');
  });
});
