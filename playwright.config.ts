import { existsSync } from 'node:fs';
import { chromium, defineConfig } from '@playwright/test';

/**
 * Which Chromium drives the e2e specs: ADVISOR_CHROMIUM if set, else Debian's /usr/bin/chromium,
 * else one Playwright has already downloaded. Nothing is ever downloaded by the tests.
 */
function findChromium(): string {
  const candidates = [process.env.ADVISOR_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const path of candidates) if (path && existsSync(path)) return path;
  try {
    const bundled = chromium.executablePath();
    if (existsSync(bundled)) return bundled;
  } catch {
    // Playwright has no browser of its own here; fall through to the message.
  }
  process.stderr.write(
    'E2E tests need Chromium: install Debian/Ubuntu\'s "chromium" package (apt-get install chromium), ' +
      'or run "npx playwright install chromium", or set ADVISOR_CHROMIUM to a Chromium binary.\n',
  );
  process.exit(1);
}

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results/e2e',
  fullyParallel: false,
  workers: 1,
  // A flaky test is fixed, never retried: a retry would hide it.
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  use: {
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: findChromium(),
      // No background traffic: this machine (and a lawyer's, for the app) must see no network use.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
