import { describe, expect, it } from 'vitest';
import type { Dispatch } from '../../../../electron/dispatcher';
import { appIpcHandler } from '../../../../electron/ipc/guard';

/** A dispatcher that records what reached it, so a test sees whether a call got past the guard. */
function recordingDispatch(): { dispatch: Dispatch; calls: unknown[][] } {
  const calls: unknown[][] = [];
  const dispatch: Dispatch = (method, input) => {
    calls.push([method, input]);
    return Promise.resolve({ ok: true, value: { echoed: method } });
  };
  return { dispatch, calls };
}

describe('the guarded IPC handler', () => {
  it('passes calls from the app’s own page to the dispatcher and returns its answer', async () => {
    const { dispatch, calls } = recordingDispatch();
    const handle = appIpcHandler(dispatch);
    await expect(
      handle('app://app/index.html#/cases', 'cases:list', { query: 'Li' }),
    ).resolves.toEqual({
      ok: true,
      value: { echoed: 'cases:list' },
    });
    expect(calls).toEqual([['cases:list', { query: 'Li' }]]);
  });

  it('refuses foreign or missing senders before the dispatcher sees anything', async () => {
    const { dispatch, calls } = recordingDispatch();
    const handle = appIpcHandler(dispatch);
    for (const sender of [
      'https://example.com/',
      'http://127.0.0.1:5173/',
      'app://evil/index.html',
      'about:blank',
      undefined,
    ]) {
      await expect(handle(sender, 'cases:create', { caseFile: {} })).resolves.toMatchObject({
        ok: false,
        error: { code: 'untrusted-sender', message: expect.stringContaining('app’s own page') },
      });
    }
    expect(calls).toEqual([]);
  });

  it('checks against the origin it is given, so the e2e bridge can name its loopback origin', async () => {
    const { dispatch, calls } = recordingDispatch();
    const handle = appIpcHandler(dispatch, 'http://127.0.0.1:5173');
    expect(await handle('http://127.0.0.1:5173/', 'app:info', {})).toMatchObject({ ok: true });
    expect(await handle('app://app/index.html', 'app:info', {})).toMatchObject({
      ok: false,
      error: { code: 'untrusted-sender' },
    });
    expect(calls).toEqual([['app:info', {}]]);
  });
});
