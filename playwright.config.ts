import { defineConfig } from '@playwright/test';
import * as fs from 'fs';

/** The system Chromium (no browser downloads): CHROME_PATH if it exists, else /usr/bin/chromium. */
const chromium =
  [process.env.CHROME_PATH, '/usr/bin/chromium'].find(
    (p): p is string => !!p && fs.existsSync(p),
  ) ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  // The preview (host + demo API with test hooks) runs once for the whole suite on a free port.
  globalSetup: './test/e2e/global-setup.ts',
  // One worker: the machine has two cores and the tests share one demo API (reset before each test).
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    browserName: 'chromium',
    headless: true,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    testIdAttribute: 'data-test',
    launchOptions: {
      executablePath: chromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
