/**
 * The same journey against the real Electron app (built main process, preload, app:// protocol),
 * wherever an Electron binary exists. Build machines cannot download it, so there it is skipped
 * with the reason printed.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { _electron as electron, expect, test } from '@playwright/test';
import { TEST_PASSPHRASE, tempDir } from '../fixtures';
import { caseRow, createClientWithKeyboard, setUpPassphrase, unlockWith } from './flows';

function electronBinary(): string | null {
  try {
    const path: unknown = createRequire(import.meta.url)('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null; // electron's index.js throws when its binary was never downloaded
  }
}
const binary = electronBinary();
if (!binary) {
  process.stderr.write(
    'electron-app.spec.ts: skipped: no Electron binary on this machine (its download is blocked here). ' +
      'The same journey ran in Chromium with window.advisor bridged to the real dispatcher.\n',
  );
}

test.skip(binary === null, 'No Electron binary on this machine; the Chromium-bridge specs cover the same journey');

test('the real app creates a client with the keyboard and still lists it after quitting and relaunching', async () => {
  const { dir, cleanup } = tempDir('advisor-electron-');
  const launch = () =>
    electron.launch({
      ...(binary ? { executablePath: binary } : {}),
      args: ['out/main/main.cjs'],
      env: { ...process.env, ADVISOR_DATA_DIR: dir },
    });
  try {
    let app = await launch();
    let page = await app.firstWindow();
    expect(page.url()).toBe('app://app/index.html');
    await setUpPassphrase(page, TEST_PASSPHRASE);
    await createClientWithKeyboard(page, {
      fullName: 'Li Wei',
      otherName: '李伟',
      dateOfBirth: '1996-07-01',
      citizenship: 'China',
      residence: 'Germany',
      email: 'li.wei@example.com',
    });
    await expect(caseRow(page, 'Li Wei')).toContainText('李伟');
    await app.close();

    app = await launch();
    page = await app.firstWindow();
    // Not remembered (no keychain was asked to), so the relaunched app starts locked.
    await unlockWith(page, TEST_PASSPHRASE);
    await expect(caseRow(page, 'Li Wei')).toContainText('China');
    // No Node in the page, and the bridge is the one function the preload exposes.
    const inPage = await page.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      bridge: Object.keys((window as unknown as { advisor: object }).advisor),
    }));
    expect(inPage).toEqual({ require: 'undefined', process: 'undefined', bridge: ['invoke'] });
    expect(app.windows()).toHaveLength(1);
    await app.close();
  } finally {
    cleanup();
  }
});
