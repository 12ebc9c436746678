import type { Page } from '@playwright/test';
import { expect, selectUser, test } from './fixtures';

const CATALOG = '/k8s/ns/demo/appliance-catalog';
const OS_IMAGES = 'openshift-virtualization-os-images';

const items = (page: Page) => page.getByTestId('catalog-item');
const item = (page: Page, namespace: string, name: string) =>
  page.locator(`[data-test="catalog-item"][data-namespace="${namespace}"][data-name="${name}"]`);

/** `namespace/name` of every listed item, in display order. */
const listed = async (page: Page) =>
  items(page).evaluateAll((els) =>
    els.map((e) => `${e.getAttribute('data-namespace')}/${e.getAttribute('data-name')}`),
  );

const open = async (page: Page, url = CATALOG) => {
  await page.goto(url);
  await expect(page.getByRole('heading', { name: 'Appliance catalog' })).toBeVisible();
};

/** Waits until the list shows exactly these items (any order). */
const expectListed = async (page: Page, expected: string[]) =>
  expect.poll(async () => (await listed(page)).sort()).toEqual([...expected].sort());

const filterOption = (page: Page, filter: string, value: string) =>
  page.locator(`[data-test="catalog-filter-${filter}-option"][data-value="${value}"]`);

const GOLDEN = ['fedora', 'rhel9', 'centos-stream9', 'ubuntu', 'win2k22'].map(
  (n) => `${OS_IMAGES}/${n}`,
);
const APPLIANCES = [
  'demo/static-data-appliance',
  'demo/web-stack-appliance',
  'demo/fedora-web-01-dr',
];
/** Badge of each demo appliance: the DR one comes from a VM snapshot, so it carries identity. */
const FLAVORS: Record<string, string> = {
  'demo/static-data-appliance': 'appliance-agnostic',
  'demo/web-stack-appliance': 'appliance-agnostic',
  'demo/fedora-web-01-dr': 'appliance-identity',
};

/** What each listed item says about itself, to check a filter against what the page shows. */
const facts = async (page: Page) =>
  items(page).evaluateAll((els) =>
    els.map((e) => ({
      id: `${e.getAttribute('data-namespace')}/${e.getAttribute('data-name')}`,
      kind: e.getAttribute('data-badge') ?? '',
      namespace: e.getAttribute('data-namespace') ?? '',
      os: e.getAttribute('data-os') ?? '',
      readiness: e.getAttribute('data-ready') === 'true' ? 'ready' : 'not-ready',
    })),
  );

test.describe('appliance catalog', () => {
  test('lists the demo golden images and appliances with the right badges', async ({ page }) => {
    await open(page);
    await expectListed(page, [...GOLDEN, ...APPLIANCES]);
    for (const id of GOLDEN) {
      const [ns, name] = id.split('/');
      await expect(item(page, ns, name)).toHaveAttribute('data-kind', 'golden-image');
      await expect(item(page, ns, name).getByTestId('kind-badge')).toHaveText('Golden image');
    }
    for (const id of APPLIANCES) {
      const [ns, name] = id.split('/');
      await expect(item(page, ns, name)).toHaveAttribute('data-kind', 'appliance');
      await expect(item(page, ns, name)).toHaveAttribute('data-badge', FLAVORS[id]);
      await expect(item(page, ns, name).getByTestId('kind-badge')).toHaveText(
        FLAVORS[id] === 'appliance-identity' ? 'Appliance, with identity' : 'Appliance, agnostic',
      );
    }
  });

  test('search narrows the list and survives a reload', async ({ page }) => {
    await open(page);
    await expectListed(page, [...GOLDEN, ...APPLIANCES]);
    await page.getByTestId('catalog-search').fill('rhel');
    await expectListed(page, [`${OS_IMAGES}/rhel9`]);
    await expect(page).toHaveURL(/[?&]q=rhel/);
    await page.reload();
    await expectListed(page, [`${OS_IMAGES}/rhel9`]);
    await expect(page.getByTestId('catalog-search')).toHaveValue('rhel');
  });

  const filterCases: Array<{ filter: 'kind' | 'namespace' | 'os' | 'readiness'; value: string }> = [
    { filter: 'kind', value: 'golden-image' },
    { filter: 'namespace', value: 'demo' },
    { filter: 'os', value: 'fedora' },
    { filter: 'readiness', value: 'not-ready' },
  ];
  for (const { filter, value } of filterCases) {
    test(`the ${filter} filter works, shows counts and survives a reload`, async ({ page }) => {
      await open(page);
      await expectListed(page, [...GOLDEN, ...APPLIANCES]);
      const expected = (await facts(page)).filter((f) => f[filter] === value).map((f) => f.id);
      // The demo data has items on both sides of every filter used here.
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(GOLDEN.length + APPLIANCES.length);
      await expect(page.getByTestId(`catalog-filter-${filter}`)).toBeVisible();
      const option = filterOption(page, filter, value);
      await expect(option).toHaveAttribute('data-count', String(expected.length));
      await option.check();
      await expectListed(page, expected);
      await page.reload();
      await expectListed(page, expected);
      await expect(filterOption(page, filter, value)).toBeChecked();
      await page.getByTestId('catalog-clear-filters').first().click();
      await expectListed(page, [...GOLDEN, ...APPLIANCES]);
    });
  }

  test('a filter that matches nothing offers to clear the filters', async ({ page }) => {
    await open(page, `${CATALOG}?q=no-such-image`);
    await expect(page.getByTestId('catalog-no-match')).toBeVisible();
    await page.getByTestId('catalog-no-match').getByTestId('catalog-clear-filters').click();
    await expectListed(page, [...GOLDEN, ...APPLIANCES]);
  });

  test('the table view and the sort are in the URL', async ({ page }) => {
    await open(page, `${CATALOG}?view=table&sort=namespace`);
    await expect(page.getByTestId('catalog-table')).toBeVisible();
    await expect.poll(async () => (await listed(page))[0]).toMatch(/^demo\//);
    await page.getByTestId('catalog-view-cards').click();
    await expect(page.getByTestId('catalog-cards')).toBeVisible();
    await expect(page).toHaveURL(/sort=namespace/);
    await expect(page).not.toHaveURL(/view=table/);
  });

  test('the not-Ready image shows its reason', async ({ page }) => {
    await open(page);
    const win = item(page, OS_IMAGES, 'win2k22');
    await expect(win.getByTestId('readiness')).toHaveAttribute('data-ready', 'false');
    await expect(win.getByTestId('readiness')).toContainText(/Not ready: \w+/);
    await expect(item(page, OS_IMAGES, 'fedora').getByTestId('readiness')).toHaveText(/Ready/);
  });

  test('the seed appliance shows its errors in the list and in the details', async ({ page }) => {
    await open(page);
    const seed = item(page, 'demo', 'static-data-appliance');
    const problems = seed.getByTestId('catalog-item-problems');
    await expect(problems).toContainText('Errors:');
    expect(Number(await problems.getAttribute('data-errors'))).toBeGreaterThan(0);
    await expect(
      item(page, 'demo', 'web-stack-appliance').getByTestId('catalog-item-problems'),
    ).toHaveCount(0);

    // Keyboard: the card's action is a button, Enter opens the details.
    await seed.getByRole('button').focus();
    await page.keyboard.press('Enter');
    const details = page.getByTestId('catalog-details');
    await expect(details).toHaveAttribute('data-name', 'static-data-appliance');
    await expect(page).toHaveURL(/item=demo%2Fstatic-data-appliance/);
    const errors = details.locator('[data-test="finding"][data-severity="error"]');
    await expect(errors.first()).toBeVisible();
    await expect(details.getByTestId('catalog-details-findings')).toContainText(
      'persistenVolumeClaim',
    );
    // Its companion PVC, linked to the console's PVC page.
    const companion = details.getByTestId('catalog-companion');
    await expect(companion).toHaveText(/shared-static-data/);
    await page.reload();
    await expect(page.getByTestId('catalog-details')).toHaveAttribute(
      'data-name',
      'static-data-appliance',
    );
  });

  test('a viewer sees the catalog without create actions', async ({ page }) => {
    await open(page);
    await selectUser(page, 'viewer');
    await expectListed(page, [...GOLDEN, ...APPLIANCES]);
    await expect(page.getByTestId('catalog-error')).toHaveCount(0);
    await item(page, OS_IMAGES, 'fedora').getByRole('button').click();
    await expect(page.getByTestId('catalog-details')).toBeVisible();
    const create = page.getByTestId('catalog-action-create');
    // Shown, but disabled with the reason.
    await expect(create).toHaveAttribute('aria-disabled', 'true');
    await expect(page.getByTestId('catalog-action-create-disabled-reason')).toBeVisible();
    await expect(page.locator('a[data-test="catalog-action-create"]')).toHaveCount(0);
  });

  test('a developer without cluster-wide rights sees what they may, and no error', async ({
    page,
  }) => {
    await open(page);
    await selectUser(page, 'developer');
    await expectListed(page, [...GOLDEN, ...APPLIANCES]);
    await expect(page.getByTestId('catalog-error')).toHaveCount(0);
    await expect(page.getByTestId('catalog-partial-error')).toHaveCount(0);
  });

  test('a description with markup is shown as text and runs nothing', async ({ page, request }) => {
    const evil = '<img src=x onerror=alert(1)>';
    const created = await request.post(
      '/api/kubernetes/apis/cdi.kubevirt.io/v1beta1/namespaces/demo/datasources',
      {
        data: {
          apiVersion: 'cdi.kubevirt.io/v1beta1',
          kind: 'DataSource',
          metadata: {
            name: 'markup',
            namespace: 'demo',
            labels: { 'instancetype.kubevirt.io/default-preference': 'fedora' },
            annotations: { description: evil, 'openshift.io/display-name': evil },
          },
          spec: { source: { pvc: { name: 'none', namespace: 'demo' } } },
        },
      },
    );
    expect(created.status()).toBe(201);
    const dialogs: string[] = [];
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    await open(page);
    const markup = item(page, 'demo', 'markup');
    await expect(markup.getByTestId('catalog-item-description')).toHaveText(evil);
    await expect(markup.getByTestId('catalog-item-title')).toHaveText(evil);
    await expect(markup.locator('img')).toHaveCount(0);
    await markup.getByRole('button').click();
    await expect(page.getByTestId('catalog-details-description')).toHaveText(evil);
    await expect(page.getByTestId('catalog-details').locator('img')).toHaveCount(0);
    expect(dialogs).toEqual([]);
  });

  test('"Create VirtualMachine" leads into the wizard with the source chosen', async ({ page }) => {
    await open(page);
    await item(page, OS_IMAGES, 'fedora').getByRole('button').click();
    await expect(page.getByTestId('catalog-details')).toBeVisible();
    const create = page.getByTestId('catalog-action-create');
    await create.click();
    await expect(page).toHaveURL(
      /\/k8s\/ns\/demo\/appliance-create\?source=openshift-virtualization-os-images%2Ffedora/,
    );
  });

  test('an empty namespace says how to make a golden image', async ({ page, request }) => {
    // Golden images are visible from every namespace: remove every DataSource the page could show.
    for (const ns of ['demo', OS_IMAGES]) {
      const base = `/api/kubernetes/apis/cdi.kubevirt.io/v1beta1/namespaces/${ns}/datasources`;
      const list = await (await request.get(base)).json();
      for (const ds of list.items as Array<{ metadata: { name: string } }>) {
        expect((await request.delete(`${base}/${ds.metadata.name}`)).ok()).toBeTruthy();
      }
    }
    await open(page);
    await expect(page.getByTestId('catalog-empty')).toBeVisible();
    await expect(page.getByTestId('catalog-empty')).toContainText(
      'instancetype.kubevirt.io/default-preference',
    );
  });
});
