import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { apiGet, next, openWizard } from './create-helpers';

/* Issue 17: many VMs at once from one source, with progress and nothing left half made. */

const FEDORA = 'openshift-virtualization-os-images/fedora';
const WEB = 'demo/web-stack-appliance';

const toReview = async (page: Page, source: string, name: string, count: number) => {
  await openWizard(page, 'demo', source);
  await next(page);
  await page.getByTestId('wizard-name').fill(name);
  await page.getByTestId('wizard-count').fill(String(count));
  await expect(page.getByTestId('wizard-batch-help')).toContainText(
    `${name}-1 ... ${name}-${count}`,
  );
  await next(page);
  if (source === WEB) {
    await page.getByTestId('wizard-parameters').getByTestId('wizard-param-generate').click();
    await next(page);
  }
  await next(page);
  await expect(page.getByTestId('dry-run')).toHaveAttribute('data-status', 'passed');
  await expect(page.getByTestId('wizard-create')).toBeEnabled();
};

/** The demo namespace's objects whose names start with `prefix`, by kind. */
const made = async (page: Page, prefix: string) => {
  const names = async (path: string) =>
    ((await apiGet(page, path)).body.items as Array<{ metadata: { name: string } }>)
      .map((o) => o.metadata.name)
      .filter((n) => n.startsWith(prefix))
      .sort();
  return {
    vms: await names('/apis/kubevirt.io/v1/namespaces/demo/virtualmachines'),
    secrets: await names('/api/v1/namespaces/demo/secrets'),
  };
};

const failThirdVmCreate = async (request: APIRequestContext) => {
  const fault = await request.post('/api/test/faults', {
    data: {
      method: 'POST',
      pathPattern: '/virtualmachines\\?fieldValidation=Strict$',
      status: 500,
      skip: 2,
      count: 1,
    },
  });
  expect(fault.ok()).toBeTruthy();
};

test('a batch of 5 from the web stack makes 5 VMs with their own disks and Secrets', async ({
  page,
}) => {
  await toReview(page, WEB, 'shop', 5);
  // The review shows the first VM; the others can be looked at.
  const select = page.getByTestId('batch-vm-select');
  await expect(select.locator('option')).toHaveCount(5);
  await select.selectOption({ label: 'shop-4' });
  await expect(page.getByTestId('batch-vm-yaml')).toContainText('name: shop-4');
  await expect(page.getByTestId('batch-vm-yaml')).toContainText('shop-4-rootdisk');

  await page.getByTestId('wizard-create').click();
  const progress = page.getByTestId('batch-progress');
  await expect(progress).toHaveAttribute('data-done', '5');
  await expect(progress).toHaveAttribute('data-total', '5');
  await expect(progress).toHaveAttribute('data-failed', '0');
  await expect(page.locator('[data-test="batch-vm"][data-state="done"] a')).toHaveCount(5);
  await expect(page.getByTestId('batch-password')).toHaveCount(5);

  const objects = await made(page, 'shop-');
  expect(objects.vms).toEqual(['shop-1', 'shop-2', 'shop-3', 'shop-4', 'shop-5']);
  expect(objects.secrets).toHaveLength(5);
  const disks = new Set<string>();
  for (const name of objects.vms) {
    const vm = (await apiGet(page, `/apis/kubevirt.io/v1/namespaces/demo/virtualmachines/${name}`))
      .body;
    for (const t of vm.spec.dataVolumeTemplates) disks.add(t.metadata.name);
  }
  expect(disks.size).toBe(10);
});

test('a failure on the third create stops the batch; deleting it leaves nothing', async ({
  page,
  request,
}) => {
  await toReview(page, FEDORA, 'lab', 5);
  await failThirdVmCreate(request);
  await page.getByTestId('wizard-create').click();
  await expect(page.getByTestId('batch-error')).toBeVisible();
  const progress = page.getByTestId('batch-progress');
  await expect(progress).toHaveAttribute('data-failed', '1');
  await page.getByTestId('batch-rollback').click();
  await expect(page.getByTestId('batch-resolved')).toHaveAttribute('data-choice', 'deleted');
  await expect.poll(async () => made(page, 'lab-')).toEqual({ vms: [], secrets: [] });
});

test('a failure on the third create stops the batch; keeping it leaves no orphan', async ({
  page,
  request,
}) => {
  await toReview(page, FEDORA, 'kept', 5);
  await failThirdVmCreate(request);
  await page.getByTestId('wizard-create').click();
  await expect(page.getByTestId('batch-error')).toBeVisible();
  const done = Number(await page.getByTestId('batch-progress').getAttribute('data-done'));
  expect(done).toBeGreaterThanOrEqual(2);
  expect(done).toBeLessThan(5);
  await page.getByTestId('batch-keep').click();
  await expect(page.getByTestId('batch-resolved')).toHaveAttribute('data-choice', 'kept');
  const objects = await made(page, 'kept-');
  expect(objects.vms).toHaveLength(done);
  // Every Secret left belongs to a VM that exists: nothing half made.
  expect(objects.secrets.map((s) => s.replace(/-cloudinit$/, ''))).toEqual(objects.vms);
});

test('a double click makes one batch', async ({ page }) => {
  await toReview(page, FEDORA, 'twice', 3);
  await page.getByTestId('wizard-create').dblclick();
  await expect(page.getByTestId('batch-progress')).toHaveAttribute('data-done', '3');
  const objects = await made(page, 'twice-');
  expect(objects.vms).toEqual(['twice-1', 'twice-2', 'twice-3']);
  expect(objects.secrets).toHaveLength(3);
});
