import { expect, test } from './fixtures';

const PVC_URL = '/api/kubernetes/api/v1/namespaces/demo/persistentvolumeclaims';

const pvc = (name: string) => ({
  apiVersion: 'v1',
  kind: 'PersistentVolumeClaim',
  metadata: { name, namespace: 'demo' },
  spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } },
});

test.describe('the SDK stand-in over the demo API', () => {
  test('a watched object follows MODIFIED and DELETED events without a reload', async ({
    page,
    request,
  }) => {
    expect((await request.post(PVC_URL, { data: pvc('watched') })).status()).toBe(201);
    await page.goto('/k8s/ns/demo/persistentvolumeclaims/watched');
    const yaml = page.getByTestId('resource-yaml');
    await expect(yaml).toContainText('name: watched');
    await expect(yaml).not.toContainText('stage: edited');

    const patched = await request.patch(`${PVC_URL}/watched`, {
      headers: { 'Content-Type': 'application/merge-patch+json' },
      data: { metadata: { labels: { stage: 'edited' } } },
    });
    expect(patched.status()).toBe(200);
    await expect(yaml).toContainText('stage: edited');

    expect((await request.delete(`${PVC_URL}/watched`)).ok()).toBe(true);
    await expect(page.getByTestId('resource-error')).toContainText('404');
  });

  test('an API error reaches the page with its status and the Status message', async ({
    page,
    request,
  }) => {
    const fault = await request.post('/api/test/faults', {
      data: { method: 'POST', pathPattern: 'persistentvolumeclaims', status: 500, count: 1 },
    });
    expect(fault.ok()).toBe(true);
    await page.goto('/k8s/ns/demo/import');
    await page.getByTestId('import-yaml-input').fill(JSON.stringify(pvc('faulty')));
    await page.getByTestId('import-yaml-create').click();
    await expect(page.getByTestId('import-yaml-error')).toHaveAttribute('data-status', '500');

    // The fault was for one request only: the same create now works.
    await page.getByTestId('import-yaml-create').click();
    await expect(page.getByTestId('import-yaml-created-link')).toBeVisible();
  });

  test('creating an existing object is a 409 with the API message', async ({ page, request }) => {
    expect((await request.post(PVC_URL, { data: pvc('twice') })).status()).toBe(201);
    await page.goto('/k8s/ns/demo/import');
    await page.getByTestId('import-yaml-input').fill(JSON.stringify(pvc('twice')));
    await page.getByTestId('import-yaml-create').click();
    const error = page.getByTestId('import-yaml-error');
    await expect(error).toHaveAttribute('data-status', '409');
    await expect(error).toContainText('already exists');
  });
});
