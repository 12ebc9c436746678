#!/usr/bin/env node
// The browser tests use the system Chromium (never a downloaded browser); fail early when it is missing.
// Same lookup as playwright.config.ts: CHROME_PATH if that file exists, else /usr/bin/chromium.
const fs = require('fs');

const found = [process.env.CHROME_PATH, '/usr/bin/chromium'].find((p) => p && fs.existsSync(p));
if (!found) {
  console.error(
    'Chromium is required for the browser tests: apt-get install -y chromium (or set CHROME_PATH)',
  );
  process.exit(1);
}
