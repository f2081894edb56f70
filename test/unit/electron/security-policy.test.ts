import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  contentTypeFor,
  externalUrl,
  isAllowedRequest,
  isTrustedSender,
  resolveAppFile,
} from '../../../electron/security-policy';

describe('content security policy', () => {
  it('allows only the app itself: no remote, inline or eval script, no remote fonts or connections', () => {
    const directives = Object.fromEntries(
      CONTENT_SECURITY_POLICY.split(';').map(d => {
        const [name = '', ...values] = d.trim().split(/\s+/);
        return [name, values.join(' ')];
      }),
    );
    expect(directives).toMatchObject({
      'default-src': "'self'",
      'script-src': "'self'",
      'style-src': "'self'",
      'font-src': "'self'",
      'connect-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'none'",
      'frame-ancestors': "'none'",
    });
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });
});

describe('IPC sender check', () => {
  it('trusts only frames on the app:// origin', () => {
    expect(isTrustedSender('app://app/index.html')).toBe(true);
    expect(isTrustedSender('app://app/index.html#/cases')).toBe(true);
    for (const url of [
      'https://app/index.html', 'http://localhost:5173/', 'file:///index.html', 'app://evil/index.html',
      'app://app.evil.com/', 'devtools://devtools/', '', undefined, null, 42,
    ]) {
      expect(isTrustedSender(url)).toBe(false);
    }
  });
});

describe('external links', () => {
  it('opens https and mailto only, after parsing, and hands over the normalised URL', () => {
    expect(externalUrl('https://www.uscis.gov/h-1b')).toBe('https://www.uscis.gov/h-1b');
    expect(externalUrl(' https://WWW.USCIS.gov/x y')).toBe('https://www.uscis.gov/x%20y');
    expect(externalUrl('mailto:client@example.com')).toBe('mailto:client@example.com');
    for (const url of [
      'http://www.uscis.gov', 'javascript:alert(1)', 'file:///etc/passwd', 'smb://server/share',
      'https://user:pass@example.com', 'https//missing-colon', 'app://app/index.html', {}, null,
    ]) {
      expect(externalUrl(url)).toBeNull();
    }
  });
});

describe('network guard', () => {
  it('lets the app load its own files and inline data, and cancels everything else', () => {
    expect(isAllowedRequest('app://app/assets/index.js')).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA')).toBe(true);
    for (const url of ['https://fonts.googleapis.com/css', 'http://127.0.0.1/', 'wss://x.example/', 'ftp://x/']) {
      expect(isAllowedRequest(url)).toBe(false);
    }
  });
});

describe('serving the renderer from app://', () => {
  const root = join(sep, 'opt', 'advisor', 'renderer');

  it('maps app URLs to files inside the build folder', () => {
    expect(resolveAppFile(root, 'app://app/')).toBe(join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://app/assets/index-abc.js')).toBe(join(root, 'assets', 'index-abc.js'));
    expect(resolveAppFile(root, 'app://app/index.html?x=1#/cases')).toBe(join(root, 'index.html'));
    // The URL parser already folds `..` and `%2e%2e` at the root, so these stay inside the folder.
    expect(resolveAppFile(root, 'app://app/../secret.txt')).toBe(join(root, 'secret.txt'));
    expect(resolveAppFile(root, 'app://app/%2e%2e/secret.txt')).toBe(join(root, 'secret.txt'));
  });

  it('refuses anything that escapes the folder or is not the app origin', () => {
    for (const url of [
      'app://app/assets/%2e%2e%2f..%2fsecret',
      'app://app/..%5csecret', 'app://app/%00', 'app://app/%E0%A4%A', 'app://other/index.html', 'file:///etc/passwd',
    ]) {
      expect(resolveAppFile(root, url)).toBeNull();
    }
  });

  it('names content types so scripts run and styles apply', () => {
    expect(contentTypeFor('a/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('a/x.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('a/x.bin')).toBe('application/octet-stream');
  });
});
