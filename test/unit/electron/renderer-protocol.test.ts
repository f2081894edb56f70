import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rendererHandler } from '../../../electron/renderer-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../electron/security-policy';
import { tempDir } from '../../fixtures';

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  mkdirSync(join(dir, 'renderer', 'assets'), { recursive: true });
  writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html><title>App</title>');
  writeFileSync(join(dir, 'renderer', 'assets', 'index.js'), 'console.log(1)');
  writeFileSync(join(dir, 'secret.txt'), 'not for the page');
});
afterEach(() => cleanup());

const answer = async (response: Response) => ({
  status: response.status,
  type: response.headers.get('content-type'),
  csp: response.headers.get('content-security-policy'),
  body: await response.text(),
});

describe('the renderer handler (app:// in the app, the loopback server in e2e)', () => {
  it('serves the build folder with its content types and the CSP header on every response', async () => {
    const serve = rendererHandler(join(dir, 'renderer'));
    expect(await answer(await serve(new Request('app://app/')))).toEqual({
      status: 200,
      type: 'text/html; charset=utf-8',
      csp: CONTENT_SECURITY_POLICY,
      body: '<!doctype html><title>App</title>',
    });
    expect(await answer(await serve(new Request('app://app/assets/index.js')))).toEqual({
      status: 200,
      type: 'text/javascript; charset=utf-8',
      csp: CONTENT_SECURITY_POLICY,
      body: 'console.log(1)',
    });
  });

  it('answers 404 outside the folder, for missing files and other origins, and 405 to anything but GET', async () => {
    const serve = rendererHandler(join(dir, 'renderer'));
    for (const url of [
      'app://app/missing.js',
      'app://app/assets/%2e%2e%2f..%2fsecret.txt',
      'app://other/index.html',
      'http://127.0.0.1:4000/index.html',
    ]) {
      const res = await answer(await serve(new Request(url)));
      expect(res, url).toMatchObject({ status: 404, csp: CONTENT_SECURITY_POLICY });
      expect(res.body).not.toContain('not for the page');
    }
    const posted = await serve(new Request('app://app/index.html', { method: 'POST', body: 'x' }));
    expect(await answer(posted)).toMatchObject({ status: 405, csp: CONTENT_SECURITY_POLICY });
  });

  it('serves on the origin it is given, as the e2e harness does, and no other', async () => {
    const serve = rendererHandler(join(dir, 'renderer'), 'http://127.0.0.1:4000');
    expect((await serve(new Request('http://127.0.0.1:4000/index.html'))).status).toBe(200);
    expect((await serve(new Request('app://app/index.html'))).status).toBe(404);
    expect((await serve(new Request('http://127.0.0.1:4001/index.html'))).status).toBe(404);
  });
});

describe('one CSP', () => {
  it('the page carries no policy of its own: the header is the only one, so a weaker header cannot hide behind it', () => {
    const html = readFileSync(
      join(import.meta.dirname, '..', '..', '..', 'renderer', 'index.html'),
      'utf8',
    );
    expect(html).toContain('<div id="root">');
    expect(html).not.toMatch(/http-equiv\s*=\s*["']?content-security-policy/i);
  });
});
