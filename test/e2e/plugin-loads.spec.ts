import {
  getSharedModuleMetadata,
  sharedPluginModules,
} from '@openshift-console/dynamic-plugin-sdk-webpack/lib/shared-modules/shared-modules-meta';
import { expect, test } from './fixtures';

test('the host provides every module the console shares with plugins', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('nav-appliances')).toBeVisible();
  const provided = await page.evaluate(
    () =>
      (window as unknown as { __PREVIEW_SHARED_MODULES__?: string[] }).__PREVIEW_SHARED_MODULES__,
  );
  // Deprecated aliases (react-router-dom...) are not installed here; the plugin must not use them.
  const expected = sharedPluginModules.filter((m) => !getSharedModuleMetadata(m).deprecated);
  expect(expected.length).toBeGreaterThan(5);
  expect(provided).toEqual(expect.arrayContaining(expected));
});

test.describe('the plugin in the preview host', () => {
  test('the nav shows the Appliances section with Catalog and Lifecycle', async ({
    page,
    pageErrors,
  }) => {
    await page.goto('/');
    const section = page.getByTestId('nav-appliances');
    await expect(section).toHaveText('Appliances');
    await expect(page.getByTestId('nav-appliance-catalog')).toHaveText('Catalog');
    await expect(page.getByTestId('nav-appliance-lifecycle')).toHaveText('Lifecycle');
    await expect(page.getByTestId('preview-plugin-error')).toHaveCount(0);
    expect(pageErrors).toEqual([]);
  });

  test('the catalog route renders its page from the built plugin', async ({ page, pageErrors }) => {
    await page.goto('/k8s/all-namespaces/appliance-catalog');
    await expect(page.getByRole('heading', { level: 1, name: 'Appliance catalog' })).toBeVisible();
    await expect(page).toHaveTitle(/Appliance catalog/);
    await expect(page.getByTestId('preview-route-error')).toHaveCount(0);
    expect(pageErrors).toEqual([]);
  });

  test('the lifecycle route renders its page', async ({ page }) => {
    await page.goto('/k8s/ns/demo/appliance-lifecycle');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Appliance lifecycle' }),
    ).toBeVisible();
    await expect(page.getByTestId('preview-route-error')).toHaveCount(0);
  });

  test('nav links follow the namespace selector', async ({ page }) => {
    await page.goto('/k8s/all-namespaces/appliance-lifecycle');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Appliance lifecycle' }),
    ).toBeVisible();
    await page.getByTestId('namespace-selector').selectOption('demo');
    await expect(page).toHaveURL(/\/k8s\/ns\/demo\/appliance-lifecycle$/);
    await page.getByTestId('nav-appliance-catalog').click();
    await expect(page).toHaveURL(/\/k8s\/ns\/demo\/appliance-catalog$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Appliance catalog' })).toBeVisible();
  });

  test('the plugin translations come from /locales/resource.json', async ({ page }) => {
    const localeRequest = page.waitForRequest(
      (r) =>
        r.url().includes('/locales/resource.json') &&
        r.url().includes('ns=plugin__kubevirt-appliance-plugin'),
    );
    await page.goto('/k8s/all-namespaces/appliance-catalog');
    await localeRequest;
    await expect(page.getByTestId('nav-appliances')).toHaveText('Appliances');
  });
});
