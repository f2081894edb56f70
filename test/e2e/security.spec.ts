/**
 * The Electron hardening, in Chromium. Real browser behaviour: the CSP (sent as a header by the
 * app's own renderer handler, the only copy of the policy) and the permission refusals. Real app
 * code: the renderer handler, the IPC sender check, the session lock-down and the window guards.
 * Harness stand-ins: only the Electron calls those hook into (test/e2e/electron-guards.ts).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../../electron/security-policy';
import { loadFixture } from '../fixtures';
import { expect, test, type AppHarness } from './bridge';
import type { ElectronGuards } from './electron-guards';

// A fake camera and microphone, so a refused getUserMedia is the permission decision and not a
// missing device. Launch options are per worker, so the whole file runs with them.
test.use({
  launchOptions: [
    // Playwright reads a fixture's dependencies from its first parameter, which must be a pattern.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use, { project }) => {
      const configured = project.use.launchOptions ?? {};
      await use({
        ...configured,
        args: [...(configured.args ?? []), '--use-fake-device-for-media-stream'],
      });
    },
    { scope: 'worker' },
  ],
});

/** Calls `window.advisor.invoke` in whatever page `page` is showing. */
function invoke(page: Page, method: string, input: unknown): Promise<unknown> {
  return page.evaluate(
    ([m, i]) =>
      (
        window as unknown as { advisor: { invoke: (m: string, i: unknown) => Promise<unknown> } }
      ).advisor.invoke(m, i),
    [method, input] as const,
  );
}

/** The app's lock-down and window guards as the harness ran them for this test. */
function lockedDown(app: AppHarness): ElectronGuards {
  if (!app.guards) throw new Error('this test needs the lock-down on');
  return app.guards;
}

/** A page on another loopback port: another origin, as any web page would be. */
async function serveForeignPage(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((_req, res) => {
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      .end('<!doctype html><title>Elsewhere</title><h1>Not the app</h1>');
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${String((server.address() as AddressInfo).port)}/`,
    close: () => new Promise(resolve => server.close(() => resolve())),
  };
}

/** A loopback server standing for the outside world: it records every request that reaches it. */
async function listenOutside(): Promise<{
  url: string;
  reached: string[];
  close: () => Promise<void>;
}> {
  const reached: string[] = [];
  const server = createServer((req, res) => {
    reached.push(`${req.method ?? ''} ${req.url ?? ''}`);
    res.writeHead(200, { 'access-control-allow-origin': '*' }).end('ok');
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`,
    reached,
    close: () =>
      new Promise(resolve => {
        server.close(() => resolve());
        // Chromium may hold a connection it opened ahead of a request the CSP then refused.
        server.closeAllConnections();
      }),
  };
}

test('the CSP header alone blocks an inline script, an outside image, a form post and a fetch', async ({
  app,
}) => {
  const { page } = app;
  // The header is the only copy of the policy: the page has no <meta> CSP that could do the work.
  const response = await page.reload();
  expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  await expect(page.getByRole('heading', { name: 'Cases' })).toBeVisible();
  expect(await page.locator('meta[http-equiv="Content-Security-Policy" i]').count()).toBe(0);

  const outside = await listenOutside();
  try {
    const outcome = await page.evaluate(async target => {
      // A mark in this document: it survives only if no navigation replaced the page.
      (window as { __stillHere?: boolean }).__stillHere = true;
      const violations: string[] = [];
      (window as { __violations?: string[] }).__violations = violations;
      document.addEventListener('securitypolicyviolation', e =>
        violations.push(`${e.effectiveDirective} ${e.blockedURI}`),
      );

      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true;';
      document.body.append(script);

      const image = new Image();
      const imageLoad = new Promise<string>(resolve => {
        image.onload = () => resolve('loaded');
        image.onerror = () => resolve('failed');
      });
      image.src = `${target}/pixel.png`;
      document.body.append(image);

      const form = Object.assign(document.createElement('form'), {
        method: 'post',
        action: `${target}/submit`,
      });
      form.append(
        Object.assign(document.createElement('input'), { name: 'client', value: 'Priya' }),
      );
      document.body.append(form);
      form.submit();

      const fetched = await fetch(`${target}/telemetry`, { method: 'POST', body: 'x' }).then(
        () => 'reached',
        () => 'failed',
      );
      return {
        inlineRan: (window as { __inlineRan?: boolean }).__inlineRan === true,
        image: await imageLoad,
        fetched,
      };
    }, outside.url);
    expect(outcome).toEqual({ inlineRan: false, image: 'failed', fetched: 'failed' });
    // The violation events prove the CSP did the blocking (they are dispatched asynchronously).
    await expect
      .poll(() =>
        page.evaluate(() =>
          [...((window as { __violations?: string[] }).__violations ?? [])].sort(),
        ),
      )
      .toEqual([
        `connect-src ${outside.url}/telemetry`,
        `form-action ${outside.url}/submit`,
        `img-src ${outside.url}/pixel.png`,
        'script-src-elem inline',
      ]);
    // The form post did not take the window away, and nothing got out: not to the outside server,
    // and not even as far as the navigation and network guards behind the CSP.
    expect(await page.evaluate(() => (window as { __stillHere?: boolean }).__stillHere)).toBe(true);
    expect(outside.reached).toEqual([]);
    // (Chromium still lists the refused image among the page's requests, so foreignRequests is not
    // the measure here: the guards' records and the outside server's are.)
    expect(app.guards).toMatchObject({ blockedNavigations: [], cancelledRequests: [] });
  } finally {
    await outside.close();
  }
});

test('the bridge exposes one function and the dispatcher refuses what the contract does not list', async ({
  app,
}) => {
  const result = await app.page.evaluate(async () => {
    const bridge = (
      window as unknown as { advisor: { invoke: (m: string, i: unknown) => Promise<unknown> } }
    ).advisor;
    return {
      keys: Object.keys(bridge),
      unknown: await bridge.invoke('cases:drop-all', {}),
      bad: await bridge.invoke('cases:create', {
        caseFile: { format: 'immigration-advisor/case', version: 1, client: {} },
      }),
    };
  });
  expect(result.keys).toEqual(['invoke']);
  expect(result.unknown).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
  expect(result.bad).toMatchObject({
    ok: false,
    error: { code: 'bad-input', field: 'caseFile.client.fullName' },
  });
});

test.describe('with the lock-down off', () => {
  // Stands for a foreign page that got past every other guard, the network guard included.
  test.use({ lockDown: false });

  test('the IPC sender check refuses a page from another origin, reading and writing alike, and the database is unchanged', async ({
    app,
  }) => {
    const { page } = app;
    const appUrl = page.url();
    const seeded = await app.dispatch('cases:create', {
      caseFile: loadFixture('priya-sharma.case.json'),
    });
    expect(seeded.ok).toBe(true);
    const before = await app.dispatch('cases:list', {});
    const foreign = await serveForeignPage();
    try {
      // Stands for a foreign page that got into the window past the other guards: the test loads it
      // itself, as loadURL would (no navigation guard here). The bridge is there, as the preload
      // would be, and goes through the same guarded handler as Electron's IPC.
      await page.goto(foreign.url);
      await expect(page.getByRole('heading', { name: 'Not the app' })).toBeVisible();
      const untrusted = {
        ok: false,
        error: { code: 'untrusted-sender', message: expect.any(String) as unknown },
      };
      expect(await invoke(page, 'cases:list', {})).toEqual(untrusted);
      expect(
        await invoke(page, 'cases:create', { caseFile: loadFixture('li-wei-minimal.case.json') }),
      ).toEqual(untrusted);
      expect(await app.dispatch('cases:list', {})).toEqual(before);

      // The same calls from the app's own page go through: the refusal was the origin, not the input.
      await page.goto(appUrl);
      expect(
        await invoke(page, 'cases:create', { caseFile: loadFixture('li-wei-minimal.case.json') }),
      ).toMatchObject({ ok: true });
      expect(await invoke(page, 'cases:list', {})).toMatchObject({ ok: true, value: { total: 2 } });
    } finally {
      await foreign.close();
    }
  });
});

test('navigation policy, applied where will-navigate would: setting location or following a link to a website is cancelled and the app stays', async ({
  app,
}) => {
  const { page } = app;
  const guards = lockedDown(app);
  const appUrl = page.url();
  // A mark in this document: it survives only if no navigation replaced the page.
  await page.evaluate(() => ((window as { __stillHere?: boolean }).__stillHere = true));

  await page.evaluate(() => (location.href = 'https://example.com/'));
  await expect.poll(() => guards.blockedNavigations).toEqual(['https://example.com/']);
  await page.evaluate(() => {
    const link = Object.assign(document.createElement('a'), {
      href: 'https://example.com/elsewhere',
      textContent: 'Elsewhere',
    });
    document.body.append(link);
  });
  await page.getByRole('link', { name: 'Elsewhere' }).click();
  await expect
    .poll(() => guards.blockedNavigations)
    .toEqual(['https://example.com/', 'https://example.com/elsewhere']);

  expect(page.url()).toBe(appUrl);
  expect(await page.evaluate(() => (window as { __stillHere?: boolean }).__stillHere)).toBe(true);
  await expect(page.getByRole('heading', { name: 'Cases' })).toBeVisible();
  // The bridge still answers: the app kept working, not just its URL.
  expect(await invoke(page, 'app:info', {})).toMatchObject({ ok: true });
});

test('window-open policy, applied where setWindowOpenHandler would: denied, only https goes to the external opener, no window stays open', async ({
  app,
}) => {
  const { page } = app;
  const guards = lockedDown(app);
  await page.evaluate(() => {
    window.open('https://example.com/');
    window.open('http://example.com/plain');
  });
  await expect.poll(() => guards.closedWindows).toBe(2);
  expect(guards.windowOpens).toEqual([
    { url: 'https://example.com/', action: 'deny' },
    { url: 'http://example.com/plain', action: 'deny' },
  ]);
  expect(guards.openedExternally).toEqual(['https://example.com/']);
  // Neither window reached the site, and the app's window went nowhere.
  expect(guards.stubbedWindowLoads).toEqual(['https://example.com/', 'http://example.com/plain']);
  expect(guards.blockedNavigations).toEqual([]);
  expect(app.foreignRequests).toEqual([]);
  expect(page.context().pages()).toEqual([page]);
  await expect(page.getByRole('heading', { name: 'Cases' })).toBeVisible();
});

test('permission requests are refused: the harness grants what the permission policy allows (nothing) and Chromium refuses the rest', async ({
  app,
}) => {
  expect(lockedDown(app).spellChecker).toBe(false);
  // A position to give, so a wrongly granted location request would answer instead of waiting.
  await app.page.context().setGeolocation({ latitude: 52.52, longitude: 13.4 });
  const outcome = await app.page.evaluate(async () => {
    const names = [
      'notifications',
      'geolocation',
      'camera',
      'microphone',
      'clipboard-read',
      'midi',
    ];
    const states = await Promise.all(
      names.map(
        async name => (await navigator.permissions.query({ name: name as PermissionName })).state,
      ),
    );
    return {
      states,
      notification: await Notification.requestPermission(),
      media: await navigator.mediaDevices.getUserMedia({ video: true, audio: true }).then(
        () => 'granted',
        (e: unknown) => (e instanceof Error ? e.name : String(e)),
      ),
      location: await new Promise<string>(resolve => {
        navigator.geolocation.getCurrentPosition(
          () => resolve('granted'),
          e => resolve(e.code === e.PERMISSION_DENIED ? 'denied' : `error ${String(e.code)}`),
        );
      }),
      clipboard: await navigator.clipboard.readText().then(
        () => 'granted',
        (e: unknown) => (e instanceof Error ? e.name : String(e)),
      ),
    };
  });
  // Chromium reports ungranted permissions as 'prompt' where Electron's check handler says 'denied';
  // either way none is granted.
  expect(outcome.states).not.toContain('granted');
  expect(outcome).toMatchObject({
    notification: 'denied',
    media: 'NotAllowedError',
    location: 'denied',
    clipboard: 'NotAllowedError',
  });
});
