import { CONTENT_SECURITY_POLICY } from '../../electron/security-policy';
import { expect, test } from './bridge';

test('the Content-Security-Policy blocks inline scripts and any connection to the outside', async ({ app }) => {
  const { page } = app;
  await expect(page.getByRole('heading', { name: 'Cases' })).toBeVisible();
  const outcome = await page.evaluate(async () => {
    // The violation events prove the policy did the blocking, not the lack of a network here.
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', e => violations.push(`${e.effectiveDirective} ${e.blockedURI}`));
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true;';
    document.body.append(script);
    let fetched = 'blocked';
    try {
      await fetch('https://example.com/telemetry');
      fetched = 'reached';
    } catch {
      // expected: connect-src 'self'
    }
    await new Promise(resolve => setTimeout(resolve, 50)); // violation events are dispatched asynchronously
    // Each appears once per policy in force (header and <meta>), so compare the distinct ones.
    return { inlineRan: (window as { __inlineRan?: boolean }).__inlineRan === true, fetched, violations: [...new Set(violations)] };
  });
  expect(outcome).toEqual({
    inlineRan: false,
    fetched: 'blocked',
    violations: ['script-src-elem inline', 'connect-src https://example.com/telemetry'],
  });
  expect(app.foreignRequests).toEqual([]);
  const response = await page.reload();
  expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
});

test('the bridge exposes one function and the dispatcher refuses what the contract does not list', async ({ app }) => {
  const result = await app.page.evaluate(async () => {
    const bridge = (window as unknown as { advisor: { invoke: (m: string, i: unknown) => Promise<unknown> } }).advisor;
    return {
      keys: Object.keys(bridge),
      unknown: await bridge.invoke('cases:drop-all', {}),
      bad: await bridge.invoke('cases:create', { caseFile: { format: 'immigration-advisor/case', version: 1, client: {} } }),
    };
  });
  expect(result.keys).toEqual(['invoke']);
  expect(result.unknown).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
  expect(result.bad).toMatchObject({ ok: false, error: { code: 'bad-input', field: 'caseFile.client.fullName' } });
});
