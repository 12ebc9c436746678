import { expect, test } from './fixtures';

const OS_IMAGES = 'openshift-virtualization-os-images';
const GOLDEN = 'KubeVirtGoldenImage';
const APPLIANCE = 'KubeVirtAppliance';

const tiles = (page: import('@playwright/test').Page, type?: string) =>
  page.locator(
    type ? `[data-test="dev-catalog-tile"][data-type="${type}"]` : '[data-test="dev-catalog-tile"]',
  );

test.describe('Developer Catalog (+Add), from the catalog extensions', () => {
  test('+Add leads to the Developer Catalog with golden images and appliances', async ({
    page,
  }) => {
    await page.goto('/k8s/ns/demo/appliance-catalog');
    await page.getByTestId('nav-add').click();
    await expect(page).toHaveURL(/\/add\/ns\/demo$/);
    await page.getByTestId('add-developer-catalog').click();
    await expect(page).toHaveURL(/\/catalog\/ns\/demo$/);
    // The item types declared by the plugin, with their translated titles.
    await expect(page.locator(`[data-test="dev-catalog-type"][data-type="${GOLDEN}"]`)).toHaveText(
      /^Golden images \(\d+\)$/,
    );
    await expect(
      page.locator(`[data-test="dev-catalog-type"][data-type="${APPLIANCE}"]`),
    ).toHaveText(/^Appliances \(\d+\)$/);
    await expect(page.locator(`[data-type="${GOLDEN}"][data-name="fedora"]`)).toBeVisible();
    await expect(tiles(page, APPLIANCE).first()).toBeVisible();
    expect(await tiles(page, GOLDEN).count()).toBeGreaterThanOrEqual(5);
    expect(await tiles(page, APPLIANCE).count()).toBeGreaterThanOrEqual(3);
  });

  test('a type narrows the items and is in the URL', async ({ page }) => {
    await page.goto('/catalog/ns/demo');
    await expect(tiles(page, APPLIANCE).first()).toBeVisible();
    await page.locator(`[data-test="dev-catalog-type"][data-type="${APPLIANCE}"]`).click();
    await expect(page).toHaveURL(/catalogType=KubeVirtAppliance/);
    await expect(page.getByTestId('dev-catalog-type-description')).toContainText('boilerplate');
    await expect(tiles(page, GOLDEN)).toHaveCount(0);
    const n = await tiles(page, APPLIANCE).count();
    expect(n).toBeGreaterThanOrEqual(3);
    await expect(page.getByTestId('dev-catalog-count')).toHaveAttribute('data-count', String(n));
  });

  test("a golden image's call to action opens the wizard with the source chosen", async ({
    page,
  }) => {
    await page.goto(`/catalog/ns/demo?catalogType=${GOLDEN}`);
    const fedora = page.locator(
      `[data-test="dev-catalog-tile"][data-type="${GOLDEN}"][data-name="fedora"]`,
    );
    await fedora.first().getByRole('button').click();
    await expect(page.getByTestId('dev-catalog-details')).toBeVisible();
    await expect(page.getByTestId('dev-catalog-details')).toContainText(OS_IMAGES);
    await page.getByTestId('dev-catalog-cta').click();
    await expect(page).toHaveURL(
      /\/k8s\/ns\/demo\/appliance-create\?source=openshift-virtualization-os-images%2Ffedora/,
    );
    await expect(page.getByTestId('wizard-source-details')).toBeVisible();
  });

  test("an appliance's call to action opens the wizard, by keyboard", async ({ page }) => {
    await page.goto(`/catalog/ns/demo?catalogType=${APPLIANCE}`);
    const web = tiles(page, APPLIANCE).filter({ hasText: /web/i }).first();
    await expect(web).toBeVisible();
    await web.getByRole('button').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('dev-catalog-details')).toBeVisible();
    await page.getByTestId('dev-catalog-cta').focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/k8s\/ns\/demo\/appliance-create\?source=demo%2F/);
    await expect(page.getByTestId('wizard-source-details')).toBeVisible();
  });

  test('the keyword search is in the URL', async ({ page }) => {
    await page.goto('/catalog/ns/demo');
    await expect(tiles(page).first()).toBeVisible();
    await page.getByTestId('dev-catalog-search').locator('input').fill('ubuntu');
    await expect(page).toHaveURL(/keyword=ubuntu/);
    await expect(tiles(page)).toHaveCount(1);
    await expect(tiles(page).first()).toHaveAttribute('data-type', GOLDEN);
  });
});
