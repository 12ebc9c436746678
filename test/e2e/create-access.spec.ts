import { expect, selectUser, test } from './fixtures';
import { next, openWizard } from './create-helpers';

test('a taken name gives a clear message and blocks Next', async ({ page }) => {
  await openWizard(page, 'demo', 'openshift-virtualization-os-images/fedora');
  await next(page);
  await page.getByTestId('wizard-name').fill('fedora-web-01');
  await expect(page.getByTestId('wizard-name-help')).toContainText(
    'A VirtualMachine named fedora-web-01 already exists in demo.',
  );
  await expect(page.getByTestId('wizard-next')).toBeDisabled();
  await page.getByTestId('wizard-name').fill('Not_Valid');
  await expect(page.getByTestId('wizard-name-help')).toContainText('lowercase');
  await expect(page.getByTestId('wizard-next')).toBeDisabled();
});

test('the developer can only pick demo', async ({ page }) => {
  await page.goto('/k8s/ns/demo/appliance-catalog');
  await selectUser(page, 'developer');
  await page.goto(
    `/k8s/ns/default/appliance-create?source=${encodeURIComponent('openshift-virtualization-os-images/fedora')}`,
  );
  await expect(page.getByTestId('wizard-source-details')).toBeVisible();
  await next(page);
  const namespace = page.getByTestId('wizard-namespace');
  await expect(namespace).toHaveValue('demo');
  await expect(namespace.locator('option')).toHaveText(['demo']);
});

test('the viewer cannot start the wizard', async ({ page }) => {
  await page.goto('/k8s/ns/demo/appliance-catalog');
  await selectUser(page, 'viewer');
  await page.goto(
    `/k8s/ns/demo/appliance-create?source=${encodeURIComponent('openshift-virtualization-os-images/fedora')}`,
  );
  await expect(page.getByTestId('create-forbidden')).toBeVisible();
  await expect(page.getByTestId('wizard-next')).toHaveCount(0);
});

test('the catalog leads into the wizard with the source chosen', async ({ page }) => {
  await page.goto('/k8s/ns/demo/appliance-catalog');
  await page
    .locator(
      '[data-test="catalog-item"][data-namespace="openshift-virtualization-os-images"][data-name="fedora"]',
    )
    .getByRole('button')
    .click();
  await page.getByTestId('catalog-action-create').click();
  await expect(page.getByTestId('wizard-source-details')).toContainText('fedora');
  await expect(page.getByTestId('wizard-next')).toBeEnabled();
});

test('a source that is not Ready warns but does not forbid', async ({ page }) => {
  await openWizard(page, 'demo', 'openshift-virtualization-os-images/win2k22');
  await expect(page.getByTestId('wizard-source-not-ready')).toBeVisible();
  await expect(page.getByTestId('wizard-next')).toBeEnabled();
});

test('keeping the appliance password is an explicit, warned choice', async ({ page }) => {
  await openWizard(page, 'demo', 'demo/static-data-appliance');
  await next(page);
  await expect(page.getByTestId('wizard-name-help')).toContainText('The name is free.');
  await next(page);
  await expect(page.getByTestId('wizard-credential-password')).toBeChecked();
  await expect(page.getByTestId('wizard-keep-password-warning')).toHaveCount(0);
  await page.getByTestId('wizard-credential-keep').check();
  await expect(page.getByTestId('wizard-keep-password-warning')).toBeVisible();
});
