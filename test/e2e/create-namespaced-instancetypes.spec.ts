import { expect, test } from './fixtures';
import { apiGet, next, openWizard } from './create-helpers';

test("the namespace's own instancetype and preference are offered and reach the VM", async ({
  page,
}) => {
  await openWizard(page, 'demo', 'openshift-virtualization-os-images/fedora');
  await next(page);
  await expect(page.getByTestId('wizard-namespace')).toHaveValue('demo');
  await page.getByTestId('wizard-name').fill('team-it-e2e');
  await expect(page.getByTestId('wizard-name-help')).toContainText('The name is free.');

  const instancetype = page.getByTestId('wizard-instancetype');
  await expect(instancetype.locator('optgroup[label="In namespace demo"] option')).toHaveText([
    'demo-compact: 1 CPU, 1536Mi memory',
  ]);
  await instancetype.selectOption('VirtualMachineInstancetype/demo-compact');
  await page.getByTestId('wizard-preference').selectOption('VirtualMachinePreference/demo-fedora');
  await next(page);
  await next(page);

  await expect(page.getByTestId('dry-run')).toHaveAttribute('data-status', 'passed');
  await expect(page.getByTestId('review-findings').getByTestId('finding')).toHaveCount(0);
  await page.getByTestId('wizard-create').click();
  await expect(page.getByTestId('create-success')).toBeVisible();

  const vm = (
    await apiGet(page, '/apis/kubevirt.io/v1/namespaces/demo/virtualmachines/team-it-e2e')
  ).body;
  expect(vm.spec.instancetype).toEqual({
    kind: 'VirtualMachineInstancetype',
    name: 'demo-compact',
  });
  expect(vm.spec.preference).toEqual({ kind: 'VirtualMachinePreference', name: 'demo-fedora' });
});

test('moving to another namespace drops the first namespace’s own instancetype', async ({
  page,
}) => {
  await openWizard(page, 'demo', 'openshift-virtualization-os-images/fedora');
  await next(page);
  const instancetype = page.getByTestId('wizard-instancetype');
  await instancetype.selectOption('VirtualMachineInstancetype/demo-compact');
  await page.getByTestId('wizard-namespace').selectOption('team-a');
  await expect(instancetype.locator('optgroup[label^="In namespace"]')).toHaveCount(0);
  // Back to the source's default there: fedora's label names u1.medium.
  await expect(instancetype).toHaveValue('u1.medium');
});
