import type { Page } from '@playwright/test';
import { expect, selectUser, test } from './fixtures';

const DS_REF = 'cdi.kubevirt.io~v1beta1~DataSource';
const APPLIANCE_PAGE = `/k8s/ns/demo/${DS_REF}/static-data-appliance`;
const GOLDEN_IMAGE_PAGE = `/k8s/ns/openshift-virtualization-os-images/${DS_REF}/fedora`;
const VM_PAGE = '/k8s/ns/demo/kubevirt.io~v1~VirtualMachine/fedora-web-01';

/** Opens the Actions menu once every provider reported, and returns its items. */
const openActions = async (page: Page, path: string) => {
  await page.goto(path);
  await expect(page.getByTestId('resource-yaml')).toBeVisible();
  const toggle = page.getByTestId('resource-actions');
  await expect(toggle).toHaveAttribute('data-loaded', 'true');
  await toggle.click();
  return page.getByTestId('resource-action');
};

const action = (page: Page, id: string) =>
  page.locator(`[data-test="resource-action"][data-id="${id}"]`);

/** Access reviews run per item; an item settles once its review answered. */
const expectEnabled = async (page: Page, id: string) => {
  await expect(action(page, id)).toHaveAttribute('data-disabled', 'false');
  await expect(action(page, id).getByRole('menuitem')).not.toHaveAttribute('aria-disabled', 'true');
};

test('an appliance DataSource offers the plugin actions in the Actions menu', async ({
  page,
  pageErrors,
}) => {
  const items = await openActions(page, APPLIANCE_PAGE);
  await expect(items).toHaveText([
    /Create VirtualMachine/,
    /Edit appliance boilerplate/,
    /Download appliance bundle/,
  ]);
  await expect(action(page, 'appliance-create-vm')).toContainText(
    'From this golden image or appliance',
  );
  for (const id of [
    'appliance-create-vm',
    'appliance-edit-boilerplate',
    'appliance-download-bundle',
  ])
    await expectEnabled(page, id);
  await action(page, 'appliance-edit-boilerplate').click();
  await expect(page).toHaveURL(/\/k8s\/ns\/demo\/appliance-editor\/static-data-appliance$/);
  await expect(page.getByTestId('editor-title')).toContainText('static-data-appliance');
  await expect(page.getByTestId('resource-actions')).toHaveCount(0);
  expect(pageErrors).toEqual([]);
});

test('a golden image disables the authoring actions and says why', async ({ page, pageErrors }) => {
  const items = await openActions(page, GOLDEN_IMAGE_PAGE);
  await expect(items).toHaveCount(3);
  await expectEnabled(page, 'appliance-create-vm');
  const edit = action(page, 'appliance-edit-boilerplate');
  await expect(edit).toHaveAttribute('data-disabled', 'true');
  await expect(edit.getByRole('menuitem')).toHaveAttribute('aria-disabled', 'true');
  await edit.hover();
  await expect(page.getByRole('tooltip')).toContainText('Not an appliance');
  // A disabled item neither navigates nor closes the menu.
  await edit.click();
  await expect(page).toHaveURL(new RegExp(`${GOLDEN_IMAGE_PAGE}$`));
  await expect(edit).toBeVisible();
  expect(pageErrors).toEqual([]);
});

test('"Save as appliance" on a VirtualMachine opens the new appliance page', async ({
  page,
  pageErrors,
}) => {
  const items = await openActions(page, VM_PAGE);
  await expect(items).toHaveText([/Save as appliance/]);
  await expectEnabled(page, 'appliance-save-vm');
  await action(page, 'appliance-save-vm').click();
  await expect(page).toHaveURL(/\/k8s\/ns\/demo\/appliance-new\?vm=fedora-web-01$/);
  expect(pageErrors).toEqual([]);
});

test('the access review disables what the user may not do', async ({ page, pageErrors }) => {
  await page.goto('/');
  await selectUser(page, 'viewer');
  await openActions(page, APPLIANCE_PAGE);
  const edit = action(page, 'appliance-edit-boilerplate');
  await expect(edit).toHaveAttribute('data-disabled', 'true');
  await edit.hover();
  await expect(page.getByRole('tooltip')).toContainText('not allowed');
  // Reading is allowed to a viewer: the bundle download stays available.
  await expectEnabled(page, 'appliance-download-bundle');
  expect(pageErrors).toEqual([]);
});

test('objects no provider handles have no Actions menu', async ({ page }) => {
  await page.goto('/k8s/cluster/namespaces/demo');
  await expect(page.getByTestId('resource-yaml')).toBeVisible();
  await expect(page.getByTestId('resource-actions')).toHaveCount(0);
});
