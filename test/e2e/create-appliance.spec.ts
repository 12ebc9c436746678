import { expect, test } from './fixtures';
import { apiGet, next, openWizard, realErrors, reviewFindings } from './create-helpers';
import type { Page } from '@playwright/test';

const SEED_PASSWORD = '7lx3-sx9f-5pm9';

/** Source step to Review with the defaults (generated password), naming the VM. */
const toReview = async (page: Page, name: string) => {
  await openWizard(page, 'demo', 'demo/static-data-appliance');
  await next(page);
  await page.getByTestId('wizard-name').fill(name);
  await expect(page.getByTestId('wizard-name-help')).toContainText('The name is free.');
  await next(page);
  await expect(page.getByTestId('wizard-credential-password')).toBeChecked();
  await next(page);
  await expect(page.getByTestId('yaml-editor')).toBeVisible();
};

/** Clicks fixes until no error finding is left. */
const applyAllFixes = async (page: Page) => {
  const errors = page
    .getByTestId('review-findings')
    .locator('[data-test="finding"][data-severity="error"]');
  for (let i = 0; i < 10 && (await errors.count()) > 0; i += 1) {
    const fix = errors.first().getByTestId('finding-fix');
    await expect(fix).toBeVisible();
    const before = await errors.count();
    await fix.click();
    await expect.poll(() => errors.count()).toBeLessThan(before);
  }
  await expect(errors).toHaveCount(0);
};

const createAndWait = async (page: Page) => {
  await expect(page.getByTestId('dry-run')).toHaveAttribute('data-status', 'passed');
  await page.getByTestId('wizard-create').click();
  await expect(page.getByTestId('create-success')).toBeVisible();
};

const vmOf = async (page: Page, name: string) =>
  (await apiGet(page, `/apis/kubevirt.io/v1/namespaces/demo/virtualmachines/${name}`)).body;

test('the seed appliance into demo: findings listed, fixes clear them, the VM is repaired', async ({
  page,
  pageErrors,
}) => {
  await toReview(page, 'seed-e2e');
  const unknown = reviewFindings(page).and(page.locator('[data-code="SchemaUnknownField"]'));
  await expect(unknown).toHaveAttribute('data-severity', 'error');
  await expect(page.getByTestId('wizard-create')).toBeDisabled();
  await expect(page.getByTestId('wizard-create')).toContainText('fix');
  await applyAllFixes(page);
  await createAndWait(page);
  await expect(page.getByTestId('created-password')).toBeVisible();
  await expect(page.getByTestId('created-password')).not.toContainText(SEED_PASSWORD);

  const vm = await vmOf(page, 'seed-e2e');
  expect(vm.spec.runStrategy).toBe('Always');
  expect(vm.spec.running).toBeUndefined();
  expect(vm.spec.dataVolumeTemplates[0].metadata.name).toBe('seed-e2e-diplomatic-tortoise-volume');
  expect(vm.spec.template.spec.domain.devices.filesystems).toEqual([
    { name: 'shared-static-data', virtiofs: {} },
  ]);
  expect(vm.spec.template.spec.filesystems).toBeUndefined();
  const secrets = (await apiGet(page, '/api/v1/namespaces/demo/secrets')).body.items;
  expect(JSON.stringify([vm, secrets])).not.toContain(SEED_PASSWORD);
  const owned = secrets.filter((s: { metadata: { ownerReferences?: Array<{ uid: string }> } }) =>
    s.metadata.ownerReferences?.some((r) => r.uid === vm.metadata.uid),
  );
  expect(owned.length).toBeGreaterThan(0);
  expect(realErrors(pageErrors)).toEqual([]);
});

test('two VMs from one appliance do not share a disk name', async ({ page }) => {
  for (const name of ['twin-a', 'twin-b']) {
    await toReview(page, name);
    await applyAllFixes(page);
    await createAndWait(page);
  }
  const a = await vmOf(page, 'twin-a');
  const b = await vmOf(page, 'twin-b');
  expect(a.spec.dataVolumeTemplates[0].metadata.name).not.toBe(
    b.spec.dataVolumeTemplates[0].metadata.name,
  );
});
