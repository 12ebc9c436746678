import { expect, selectUser, test } from './fixtures';

// A PVC: a core kind the demo API serves, with nothing secret in it.
const pvc = (name: string) =>
  [
    'apiVersion: v1',
    'kind: PersistentVolumeClaim',
    'metadata:',
    `  name: ${name}`,
    'spec:',
    '  accessModes: [ReadWriteOnce]',
    '  resources:',
    '    requests:',
    '      storage: 1Gi',
  ].join('\n');

test.describe('switching user changes what the API allows', () => {
  test('admin creates an object and its link opens the resource page', async ({ page }) => {
    await page.goto('/k8s/ns/demo/import');
    await page.getByTestId('import-yaml-input').fill(pvc('from-admin'));
    await page.getByTestId('import-yaml-create').click();
    await page.getByTestId('import-yaml-created-link').click();
    await expect(page).toHaveURL(/\/k8s\/ns\/demo\/persistentvolumeclaims\/from-admin$/);
    await expect(page.getByTestId('resource-yaml')).toContainText('storage: 1Gi');
  });

  test('viewer is forbidden to create (403 shown)', async ({ page }) => {
    await page.goto('/k8s/ns/demo/import');
    await selectUser(page, 'viewer');
    await page.getByTestId('import-yaml-input').fill(pvc('from-viewer'));
    await page.getByTestId('import-yaml-create').click();
    const error = page.getByTestId('import-yaml-error');
    await expect(error).toHaveAttribute('data-status', '403');
    await expect(error).toContainText('forbidden');
  });

  test('developer may create in demo but not in another namespace', async ({ page }) => {
    await page.goto('/k8s/ns/demo/import');
    await selectUser(page, 'developer');
    await page.getByTestId('import-yaml-input').fill(pvc('from-developer'));
    await page.getByTestId('import-yaml-create').click();
    await expect(page.getByTestId('import-yaml-created-link')).toBeVisible();

    await page.goto('/k8s/ns/default/import');
    await page.getByTestId('import-yaml-input').fill(pvc('from-developer'));
    await page.getByTestId('import-yaml-create').click();
    await expect(page.getByTestId('import-yaml-error')).toHaveAttribute('data-status', '403');
  });

  test('the namespace list depends on the user', async ({ page }) => {
    await page.goto('/k8s/ns/demo/appliance-lifecycle');
    const selector = page.getByTestId('namespace-selector');
    await expect(selector).toHaveAttribute('data-loaded', 'true');
    const adminOptions = await selector.locator('option').allTextContents();
    expect(adminOptions).toEqual(expect.arrayContaining(['All namespaces', 'demo', 'default']));

    await selectUser(page, 'developer');
    await expect(selector).toHaveAttribute('data-error', '403');
    await expect(selector.locator('option')).toHaveText(['All namespaces', 'demo']);
  });

  test('the chosen user travels as Impersonate-User; admin sends none', async ({ page }) => {
    const seen: { path: string; user: string | undefined }[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (!url.pathname.startsWith('/api/kubernetes/')) return;
      // Browsers cannot set headers on WebSockets: watches carry the user as a query parameter,
      // which the preview server turns into the header.
      const user = r.headers()['impersonate-user'] ?? url.searchParams.get('impersonate');
      seen.push({ path: url.pathname, user: user ?? undefined });
    });
    // The lifecycle page watches these; wait for all of them so no request of the admin's page
    // load is still on its way when the user changes.
    const watched = [
      '/virtualmachines',
      '/persistentvolumeclaims',
      '/datasources',
      '/dataimportcrons',
    ];
    const allWatched = () => watched.every((w) => seen.some((s) => s.path.endsWith(w)));
    await page.goto('/k8s/ns/demo/appliance-lifecycle');
    await expect(page.getByTestId('namespace-selector')).toHaveAttribute('data-loaded', 'true');
    await expect.poll(allWatched).toBe(true);
    expect(seen.filter((s) => s.user !== undefined)).toEqual([]);

    seen.length = 0;
    await selectUser(page, 'viewer');
    await expect.poll(allWatched).toBe(true);
    expect(seen.filter((s) => s.user !== 'viewer')).toEqual([]);
  });
});

test('the resource page shows a 404 for a missing object', async ({ page }) => {
  await page.goto('/k8s/ns/demo/secrets/no-such-secret');
  await expect(page.getByTestId('resource-error')).toContainText('404');
});
