import type { APIRequestContext, Page } from '@playwright/test';
import { expectNoViolations } from './axe';
import { expect, test } from './fixtures';

const CATALOG = '/k8s/ns/demo/appliance-catalog';
const OS_IMAGES = 'openshift-virtualization-os-images';
const DS_URL = '/api/kubernetes/apis/cdi.kubevirt.io/v1beta1/namespaces/demo/datasources';

const item = (page: Page, namespace: string, name: string) =>
  page.locator(`[data-test="catalog-item"][data-namespace="${namespace}"][data-name="${name}"]`);
const option = (page: Page, filter: string, value: string) =>
  page.locator(`[data-test="catalog-filter-${filter}-option"][data-value="${value}"]`);
const shownCount = async (page: Page) =>
  Number(await page.getByTestId('catalog-count').getAttribute('data-shown'));

/** Golden images with made-up preferences, so the OS group has more options than it shows folded. */
const addImages = async (request: APIRequestContext, oses: string[]) => {
  for (const os of oses) {
    const created = await request.post(DS_URL, {
      data: {
        apiVersion: 'cdi.kubevirt.io/v1beta1',
        kind: 'DataSource',
        metadata: {
          name: `extra-${os.replace(/\./g, '-')}`,
          namespace: 'demo',
          labels: { 'instancetype.kubevirt.io/default-preference': os },
          annotations: {
            description:
              'A long description that goes on and on, so that the tile has to cut it after two lines and leave the rest to the details panel, which shows every word of it.',
          },
        },
        spec: { source: { pvc: { name: 'none', namespace: 'demo' } } },
      },
    });
    expect(created.status()).toBe(201);
  }
};

test.describe('catalog tiles and filter panel', () => {
  test('a tile shows the OS icon, the kind badge, readiness and a two-line description', async ({
    page,
    request,
  }) => {
    await addImages(request, ['alpine.3']);
    await page.goto(CATALOG);
    const fedora = item(page, OS_IMAGES, 'fedora');
    // The item is the grid's list item; the catalog-view extension's tile is inside it.
    await expect(fedora.locator('.catalog-tile-pf')).toBeVisible();
    await expect(fedora.getByTestId('os-icon')).toHaveAttribute('data-family', 'fedora');
    await expect(item(page, OS_IMAGES, 'win2k22').getByTestId('os-icon')).toHaveAttribute(
      'data-family',
      'windows',
    );
    await expect(fedora.getByTestId('kind-badge')).toHaveText('Golden image');
    await expect(fedora.getByTestId('readiness')).toHaveText(/Ready/);
    const extra = item(page, 'demo', 'extra-alpine-3');
    await expect(extra.getByTestId('os-icon')).toHaveAttribute('data-family', 'linux');
    const description = extra.getByTestId('catalog-item-description');
    await expect(description).toBeVisible();
    // Two lines: the clamped box is about two line heights tall, and cuts the text.
    const box = await description.evaluate((el) => {
      const clamp = el.parentElement as HTMLElement;
      const lh = parseFloat(getComputedStyle(clamp).lineHeight);
      return {
        height: clamp.clientHeight,
        lines: clamp.clientHeight / lh,
        cut: clamp.scrollHeight > clamp.clientHeight,
      };
    });
    expect(Math.round(box.lines)).toBe(2);
    expect(box.cut).toBe(true);
  });

  test('an unknown preference gets the generic icon', async ({ page, request }) => {
    await addImages(request, ['plan9']);
    await page.goto(CATALOG);
    await expect(item(page, 'demo', 'extra-plan9').getByTestId('os-icon')).toHaveAttribute(
      'data-family',
      'generic',
    );
  });

  test('filter counts follow the search and other groups, and live in the URL', async ({
    page,
  }) => {
    await page.goto(CATALOG);
    await expect(item(page, OS_IMAGES, 'fedora')).toBeVisible();
    const total = await shownCount(page);
    const golden = Number(await option(page, 'kind', 'golden-image').getAttribute('data-count'));
    expect(golden).toBeGreaterThan(0);
    expect(golden).toBeLessThan(total);
    // Another group's selection changes this group's counts; its own does not.
    await option(page, 'readiness', 'not-ready').check();
    await expect(page).toHaveURL(/[?&]ready=not-ready/);
    const notReady = await shownCount(page);
    await expect(option(page, 'readiness', 'ready')).toHaveAttribute('data-count', /\d+/);
    // The panel's counts follow the results once the browser is idle (useIdleValue.ts).
    const kindCounts = () =>
      page
        .locator('[data-test="catalog-filter-kind-option"]')
        .evaluateAll((els) => els.reduce((a, e) => a + Number(e.getAttribute('data-count')), 0));
    await expect.poll(kindCounts).toBe(notReady);
    // The URL alone restores the selection.
    await page.goto(`${CATALOG}?kind=golden-image&ready=not-ready`);
    await expect(option(page, 'kind', 'golden-image')).toBeChecked();
    await expect(option(page, 'readiness', 'not-ready')).toBeChecked();
    await expect(page.getByTestId('catalog-item').first()).toHaveAttribute(
      'data-kind',
      'golden-image',
    );
  });

  test('a long group folds with "show more", and a selected value is never hidden', async ({
    page,
    request,
  }) => {
    await addImages(request, [
      'alpine.1',
      'alpine.2',
      'alpine.3',
      'alpine.4',
      'alpine.5',
      'alpine.6',
    ]);
    await page.goto(CATALOG);
    const group = page.getByTestId('catalog-filter-os');
    // Options are sorted: the alpine ones come first, fedora is beyond the fold.
    await expect(option(page, 'os', 'alpine.1')).toBeVisible();
    await expect(option(page, 'os', 'fedora')).toHaveCount(0);
    // Retried, not read once: the panel may still be rendering the list that just arrived.
    const folded = 5;
    await expect(group.locator('[data-test="catalog-filter-os-option"]')).toHaveCount(folded);
    const more = group.getByRole('button', { name: /^Show \d+ more$/ });
    await expect(more).toBeVisible();
    await more.click();
    await expect(option(page, 'os', 'fedora')).toBeVisible();
    const all = await group.locator('[data-test="catalog-filter-os-option"]').count();
    expect(all).toBeGreaterThan(folded);
    await group.getByRole('button', { name: 'Show less' }).click();
    await expect(group.locator('[data-test="catalog-filter-os-option"]')).toHaveCount(folded);
    // A value beyond the fold, selected by URL, unfolds its group.
    await page.goto(`${CATALOG}?os=windows.2k22`);
    await expect(option(page, 'os', 'windows.2k22')).toBeChecked();
    await expect(option(page, 'os', 'windows.2k22')).toBeVisible();
  });

  test('the filter panel and the tiles work with the keyboard alone', async ({ page }) => {
    await page.goto(CATALOG);
    await expect(item(page, OS_IMAGES, 'fedora')).toBeVisible();
    const golden = option(page, 'kind', 'golden-image');
    await golden.focus();
    await page.keyboard.press('Space');
    await expect(golden).toBeChecked();
    await expect(page).toHaveURL(/[?&]kind=golden-image/);
    // Tab leaves the option for the next one: every option is reachable.
    await page.keyboard.press('Tab');
    await expect(option(page, 'kind', 'appliance-agnostic')).toBeFocused();
    const tile = item(page, OS_IMAGES, 'fedora').getByRole('button');
    await tile.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('catalog-details')).toHaveAttribute('data-name', 'fedora');
    await expect(page).toHaveURL(/[?&]item=/);
  });

  test('dark theme: the html class switches and tiles follow it', async ({ page }) => {
    await page.goto(CATALOG);
    const tile = item(page, OS_IMAGES, 'fedora').locator('.catalog-tile-pf');
    await expect(tile).toBeVisible();
    const light = await tile.evaluate((el) => getComputedStyle(el).backgroundColor);
    // The switch's input is visually hidden: a user clicks its label.
    await page.getByText('Dark theme').click();
    await expect(page.getByTestId('theme-toggle')).toBeChecked();
    await expect(page.locator('html')).toHaveClass(/pf-v6-theme-dark/);
    await expect
      .poll(() => tile.evaluate((el) => getComputedStyle(el).backgroundColor))
      .not.toBe(light);
    // Readable in the dark too: axe checks contrast among the rest.
    await expectNoViolations(page, 'catalog, dark theme');
    // The choice survives a reload, and can be turned off again.
    await page.reload();
    await expect(page.locator('html')).toHaveClass(/pf-v6-theme-dark/);
    await page.getByText('Dark theme').click();
    await expect(page.locator('html')).not.toHaveClass(/pf-v6-theme-dark/);
  });

  test('README screenshot of the catalog', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${CATALOG}?theme=light`);
    await expect(item(page, OS_IMAGES, 'fedora')).toBeVisible();
    await expect(item(page, OS_IMAGES, 'fedora').getByTestId('readiness')).toBeVisible();
    // The page focuses its heading for screen readers; the picture needs no focus ring.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    // Copied to docs/catalog.png by hand when the look changes (the README shows it).
    const file = test.info().outputPath('catalog.png');
    await page.screenshot({ path: file });
    const { size } = await import('fs').then((fs) => fs.statSync(file));
    expect(size).toBeGreaterThan(10_000);
  });
});
