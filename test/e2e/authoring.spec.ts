import type { APIRequestContext } from '@playwright/test';
import { smallApplianceBundle } from './bundles';
import { expect, selectUser, test } from './fixtures';

const DS = (ns: string, name = '') =>
  `/api/kubernetes/apis/cdi.kubevirt.io/v1beta1/namespaces/${ns}/datasources${name ? `/${name}` : ''}`;
const PVC = (ns: string, name: string) =>
  `/api/kubernetes/api/v1/namespaces/${ns}/persistentvolumeclaims/${name}`;
const VM_SPEC = 'appliance.kubevirt.io/vm-spec';

const getJson = async (request: APIRequestContext, path: string) => {
  const r = await request.get(path);
  return { status: r.status(), body: r.ok() ? await r.json() : undefined };
};

const boilerplate = async (request: APIRequestContext, ns: string, name: string) =>
  ((await getJson(request, DS(ns, name))).body?.metadata?.annotations?.[VM_SPEC] ?? '') as string;

const openEditor = async (page: import('@playwright/test').Page, query = '') => {
  await page.goto(`/k8s/ns/demo/appliance-editor/static-data-appliance${query}`);
  await expect(page.getByTestId('editor-title')).toContainText('static-data-appliance');
  await expect(page.getByTestId('code-editor')).toHaveAttribute('data-ready', 'true');
};

/** Clicks every "Fix" button until none is left (each fix re-validates the text). */
const applyAllFixes = async (page: import('@playwright/test').Page) => {
  const fixes = page.getByTestId('finding-fix');
  await expect(fixes.first()).toBeVisible();
  for (let i = 0; i < 10 && (await fixes.count()) > 0; i += 1) {
    const before = await fixes.count();
    await fixes.first().click();
    // The page re-validates at once after a fix: its finding (and button) goes away.
    await expect.poll(() => fixes.count()).toBeLessThan(before);
  }
  await expect(fixes).toHaveCount(0);
};

const saveConfirmingErrors = async (page: import('@playwright/test').Page) => {
  await page.getByTestId('editor-save').click();
  const confirm = page.getByTestId('confirm-errors-save');
  // The seed keeps an error no one-click fix can repair; the dialog names it before saving.
  await expect(page.getByTestId('confirm-errors-list')).toContainText('(');
  await confirm.click();
};

test.describe('appliance authoring', () => {
  test('edit the seed appliance, apply its fixes, save, reload: saved text with comments kept', async ({
    page,
    request,
    pageErrors,
  }) => {
    await openEditor(page);
    await expect(page.getByTestId('editor-findings')).toContainText('RunStrategyInvalid');
    await applyAllFixes(page);
    await expect(page.getByTestId('editor-dirty')).toBeVisible();
    await saveConfirmingErrors(page);
    await expect(page.getByTestId('editor-status-success')).toBeVisible();
    const saved = await boilerplate(request, 'demo', 'static-data-appliance');
    expect(saved).toContain('## FIXME');
    expect(saved).toContain('runStrategy: Always');
    expect(saved).not.toContain('runStrategy: Running');
    await page.reload();
    await expect(page.getByTestId('code-editor')).toHaveAttribute('data-ready', 'true');
    await expect(page.locator('.view-lines')).toContainText('## FIXME');
    await expect(page.locator('.view-lines')).toContainText('runStrategy: Always');
    await expect(page.getByTestId('editor-dirty')).toHaveCount(0);
    expect(pageErrors).toEqual([]);
  });

  test('a change made through the API while editing opens the conflict dialog; nothing is overwritten', async ({
    page,
    request,
  }) => {
    await openEditor(page);
    await applyAllFixes(page);
    const theirs = '# changed by someone else\nspec:\n  runStrategy: Halted\n';
    const r = await request.patch(DS('demo', 'static-data-appliance'), {
      headers: { 'Content-Type': 'application/merge-patch+json' },
      data: { metadata: { annotations: { [VM_SPEC]: theirs } } },
    });
    expect(r.ok()).toBeTruthy();
    await saveConfirmingErrors(page);
    await expect(page.getByTestId('conflict-dialog')).toBeVisible();
    await expect(page.getByTestId('conflict-overwrite')).toBeDisabled();
    expect(await boilerplate(request, 'demo', 'static-data-appliance')).toBe(theirs);
    await page.getByTestId('conflict-reload').click();
    await expect(page.getByTestId('conflict-dialog')).toBeHidden();
    await expect(page.locator('.view-lines')).toContainText('changed by someone else');
    expect(await boilerplate(request, 'demo', 'static-data-appliance')).toBe(theirs);
  });

  test('leaving with unsaved changes asks first', async ({ page }) => {
    await openEditor(page);
    await applyAllFixes(page);
    await page.getByTestId('nav-appliance-catalog').click();
    await expect(page.getByTestId('leave-dialog')).toBeVisible();
    await page.getByTestId('leave-cancel').click();
    await expect(page).toHaveURL(/appliance-editor\/static-data-appliance/);
    await page.getByTestId('nav-appliance-catalog').click();
    await page.getByTestId('leave-confirm').click();
    await expect(page).toHaveURL(/appliance-catalog/);
  });

  test('a viewer sees the boilerplate read-only, with the reason', async ({ page }) => {
    await page.goto('/k8s/ns/demo/appliance-catalog');
    await selectUser(page, 'viewer');
    await openEditor(page);
    await expect(page.getByTestId('editor-read-only')).toBeVisible();
    await expect(page.getByTestId('editor-save')).toBeDisabled();
    await expect(page.getByTestId('finding-fix')).toHaveCount(0);
  });

  test('save a demo VM as an appliance: no firmware uuid, serial or MAC in its boilerplate', async ({
    page,
    request,
  }) => {
    await page.goto('/k8s/ns/demo/appliance-new?vm=fedora-web-01');
    await expect(page.getByTestId('new-appliance-boilerplate')).toBeVisible();
    await expect(page.getByTestId('new-appliance-boot-name')).toHaveValue('fedora-web-01-rootdisk');
    await page.getByTestId('new-appliance-name').fill('web-appliance');
    await page.getByTestId('new-appliance-create').click();
    await expect(page.getByTestId('new-appliance-created')).toBeVisible();
    const ds = (await getJson(request, DS('demo', 'web-appliance'))).body;
    const text: string = ds.metadata.annotations[VM_SPEC];
    expect(text).toContain('kind: VirtualMachine');
    for (const field of ['uuid', 'serial', 'macAddress', 'status:'])
      expect(text).not.toContain(field);
    expect(ds.spec.source).toEqual({ pvc: { name: 'fedora-web-01-rootdisk', namespace: 'demo' } });
    await page.getByTestId('new-appliance-edit-link').click();
    await expect(page.getByTestId('editor-title')).toContainText('web-appliance');
  });

  test('download a bundle and import it into another namespace: DataSource and PVC with the owner uid', async ({
    page,
    request,
  }) => {
    const downloading = page.waitForEvent('download');
    await openEditor(page, '?download=bundle');
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('static-data-appliance.appliance.yaml');
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    expect(text).toContain('kind: PersistentVolumeClaim');
    expect(text).not.toMatch(/uid:|resourceVersion:/);

    await page.goto('/k8s/ns/team-a/appliance-import');
    await page.locator('input[type=file]').setInputFiles({
      name: 'static-data-appliance.appliance.yaml',
      mimeType: 'application/yaml',
      buffer: Buffer.from(text),
    });
    await page.getByTestId('bundle-review').click();
    await expect(page.getByTestId('bundle-step')).toHaveCount(2);
    await page.getByTestId('bundle-import').click();
    await expect(page.getByTestId('bundle-imported')).toBeVisible();
    const ds = (await getJson(request, DS('team-a', 'static-data-appliance'))).body;
    const pvc = (await getJson(request, PVC('team-a', 'shared-static-data'))).body;
    expect(ds.metadata.uid).toBeTruthy();
    expect(pvc.metadata.ownerReferences).toEqual([
      expect.objectContaining({
        kind: 'DataSource',
        name: 'static-data-appliance',
        uid: ds.metadata.uid,
      }),
    ]);
  });

  test('an import whose second object fails leaves nothing behind', async ({ page, request }) => {
    const seed = (await getJson(request, DS('demo', 'static-data-appliance'))).body;
    expect(seed).toBeTruthy();
    const fault = await request.post('/api/test/faults', {
      data: {
        method: 'POST',
        pathPattern: '/namespaces/team-a/persistentvolumeclaims',
        status: 500,
        count: 1,
      },
    });
    expect(fault.ok()).toBeTruthy();
    await page.goto('/k8s/ns/team-a/appliance-import');
    const bundle = smallApplianceBundle('doomed-appliance', 'doomed-data');
    await page.locator('input[type=file]').setInputFiles({
      name: 'doomed.appliance.yaml',
      mimeType: 'application/yaml',
      buffer: Buffer.from(bundle),
    });
    await page.getByTestId('bundle-review').click();
    await expect(page.getByTestId('bundle-step')).toHaveCount(2);
    await page.getByTestId('bundle-import').click();
    await expect(page.getByTestId('bundle-import-failed')).toBeVisible();
    await expect(page.getByTestId('bundle-import-failed')).toContainText(
      'PersistentVolumeClaim doomed-data',
    );
    expect((await getJson(request, DS('team-a', 'doomed-appliance'))).status).toBe(404);
    expect((await getJson(request, PVC('team-a', 'doomed-data'))).status).toBe(404);
  });
});
