import { expect, test } from './fixtures';

// These routes exist only with the preview's test hooks (preview/host/test-extensions.tsx).

test.describe('a broken route shows an error, never a blank page', () => {
  test('a $codeRef to a module the plugin does not expose', async ({ page }) => {
    await page.goto('/preview-test/missing-module');
    const error = page.getByTestId('preview-route-error');
    await expect(error).toBeVisible();
    await expect(error).toContainText('NoSuchModule');
    // The host around it still works.
    await expect(page.getByTestId('nav-appliances')).toBeVisible();
  });

  test('a $codeRef to an export the module does not have', async ({ page }) => {
    await page.goto('/preview-test/missing-export');
    const error = page.getByTestId('preview-route-error');
    await expect(error).toBeVisible();
    await expect(error).toContainText('CatalogPage.noSuchExport');
  });

  test('a page that throws while rendering', async ({ page }) => {
    await page.goto('/preview-test/throwing-page');
    const error = page.getByTestId('preview-route-error');
    await expect(error).toBeVisible();
    await expect(error).toContainText('This test page throws while rendering');
  });

  test('an SDK function the stand-in does not provide fails loudly', async ({ page }) => {
    await page.goto('/preview-test/not-provided');
    await expect(page.getByTestId('preview-route-error')).toContainText(
      'useUserSettings is not provided by the preview',
    );
  });

  test('an unknown address is a visible 404', async ({ page }) => {
    await page.goto('/no/such/page');
    await expect(page.getByTestId('preview-not-found')).toBeVisible();
  });
});

test('the SDK CodeEditor is Monaco from the bundle, with no CDN request', async ({
  page,
  baseURL,
}) => {
  const origin = new URL(baseURL as string).origin;
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  await page.goto('/preview-test/code-editor');
  const editor = page.getByTestId('code-editor');
  await expect(editor).toHaveAttribute('data-ready', 'true');
  await expect(editor.locator('.monaco-editor')).toBeVisible();
  await editor.locator('.view-lines').click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('data: {}');
  await expect(page.getByTestId('code-editor-value')).toContainText('data: {}');
  expect(requested.length).toBeGreaterThan(0);
  expect(requested.filter((u) => !u.startsWith(origin) && !/^(data|blob):/.test(u))).toEqual([]);
});
