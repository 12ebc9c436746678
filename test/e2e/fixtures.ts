import { test as base, expect, type Page } from '@playwright/test';

type Fixtures = {
  /** Resets the demo API's state before the test (automatic). */
  resetApi: void;
  /** Page errors (uncaught exceptions) seen during the test. */
  pageErrors: string[];
};

export const test = base.extend<Fixtures>({
  // Playwright reads fixture dependencies from the destructuring pattern; none here.
  baseURL:
    // eslint-disable-next-line no-empty-pattern
    async ({}, provide) => {
      const url = process.env.PREVIEW_URL;
      if (!url)
        throw new Error('PREVIEW_URL is not set: the global setup did not start the preview');
      await provide(url);
    },
  resetApi: [
    async ({ request, baseURL }, provide) => {
      const response = await request.post(new URL('/api/test/reset', baseURL).toString());
      expect(response.ok(), `POST /api/test/reset answered ${response.status()}`).toBeTruthy();
      await provide();
    },
    { auto: true },
  ],
  pageErrors: async ({ page }, provide) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await provide(errors);
  },
});

/** Chooses a preview user in the masthead (admin / developer / viewer). */
export const selectUser = async (page: Page, user: 'admin' | 'developer' | 'viewer') => {
  await page.getByTestId('user-selector').selectOption(user);
};

export { expect };
