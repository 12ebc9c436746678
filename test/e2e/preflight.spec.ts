import type { Page } from '@playwright/test';
import { expect, selectUser, test } from './fixtures';
import { apiGet, next, openWizard } from './create-helpers';

/*
 * Issue 16: the pre-flight checklist of the review step, the network mapping of the details step
 * and the namespace the wizard proposes (semantics §10), with the demo data: the web stack's
 * `web-backend` network exists only in `demo`, `team-a` has a quota with room for one more VM,
 * the cluster has a default storage class, and the win2k22 golden image is not Ready.
 */

const WEB = 'demo/web-stack-appliance';
const FEDORA = 'openshift-virtualization-os-images/fedora';

const check = (page: Page, id: string) =>
  page.locator(`[data-test="preflight-check"][data-id="${id}"]`);
const createButton = (page: Page) => page.getByTestId('wizard-create');

/** Through details (and the web stack's parameters, all defaulted or generated) to the review. */
const toReview = async (
  page: Page,
  source: string,
  namespace: string,
  name: string,
  onDetails?: () => Promise<void>,
) => {
  await openWizard(page, namespace, source);
  await next(page);
  await expect(page.getByTestId('wizard-namespace')).toHaveValue(namespace);
  await page.getByTestId('wizard-name').fill(name);
  await expect(page.getByTestId('wizard-name-help')).toContainText('The name is free.');
  if (onDetails) await onDetails();
  await next(page);
  if (source === WEB) {
    await page.getByTestId('wizard-parameters').getByTestId('wizard-param-generate').click();
    await next(page);
  }
  await next(page);
  await expect(page.getByTestId('preflight')).toBeVisible();
  // Every check has answered.
  await expect(page.locator('[data-test="preflight-check"][data-state="running"]')).toHaveCount(0);
};

const states = async (page: Page) =>
  Object.fromEntries(
    await page
      .locator('[data-test="preflight-check"]')
      .evaluateAll((rows) => rows.map((r) => [r.dataset.id, r.dataset.state])),
  );

test('every check passes for the web stack in demo, and Create is open', async ({ page }) => {
  await toReview(page, WEB, 'demo', 'fit-pass');
  expect(await states(page)).toEqual({
    permission: 'pass',
    names: 'pass',
    networks: 'pass',
    storage: 'pass',
    quota: 'pass',
    source: 'pass',
  });
  await expect(page.getByTestId('dry-run')).toHaveAttribute('data-status', 'passed');
  await expect(createButton(page)).toBeEnabled();
});

test('a network the namespace lacks fails and blocks Create; mapping it changes the YAML and clears it', async ({
  page,
}) => {
  await toReview(page, WEB, 'team-a', 'fit-net');
  await expect(check(page, 'networks')).toHaveAttribute('data-state', 'error');
  await expect(check(page, 'networks')).toContainText('team-a/web-backend');
  await expect(createButton(page)).toBeDisabled();
  await expect(createButton(page)).toHaveAttribute('data-reason', /pre-flight/);

  // Back to the details step: map the network to the one `default` offers.
  await page.getByRole('button', { name: 'Details' }).click();
  const row = page.locator('[data-test="network-map-row"][data-network="backend"]');
  await expect(page.getByTestId('network-map')).toBeVisible();
  await row.locator('select').selectOption('default/lan');
  await page.getByRole('button', { name: 'Review and create' }).click();
  await expect(check(page, 'networks')).toHaveAttribute('data-state', 'pass');
  await expect(page.getByTestId('dry-run')).toHaveAttribute('data-status', 'passed');
  await expect(createButton(page)).toBeEnabled();
  // The YAML followed the mapping: the VM made from it uses `default`'s network, same interface.
  await createButton(page).click();
  await expect(page.getByTestId('create-success')).toBeVisible();
  const vm = await apiGet(page, '/apis/kubevirt.io/v1/namespaces/team-a/virtualmachines/fit-net');
  const spec = vm.body.spec.template.spec;
  expect(spec.networks).toContainEqual({ name: 'backend', multus: { networkName: 'default/lan' } });
  expect(spec.domain.devices.interfaces).toContainEqual({ name: 'backend', bridge: {} });
});

test('a quota that runs out after one VM makes the second VM’s check warn', async ({ page }) => {
  await toReview(page, FEDORA, 'team-a', 'quota-one');
  await expect(check(page, 'quota')).toHaveAttribute('data-state', 'pass');
  await expect(page.getByTestId('dry-run')).toHaveAttribute('data-status', 'passed');
  await createButton(page).click();
  await expect(page.getByTestId('create-success')).toBeVisible();

  await toReview(page, FEDORA, 'team-a', 'quota-two');
  await expect(check(page, 'quota')).toHaveAttribute('data-state', 'warning');
  await expect(check(page, 'quota')).toContainText('count/virtualmachines.kubevirt.io');
  // A warning says what will happen; it does not block.
  await expect(page.getByTestId('dry-run')).toHaveAttribute('data-status', 'passed');
  await expect(createButton(page)).toBeEnabled();
});

test('a disk name already taken fails names; an unknown storage class fails storage', async ({
  page,
  request,
}) => {
  // A PVC with the name the VM's disk will get.
  const pvc = await request.post('/api/kubernetes/api/v1/namespaces/demo/persistentvolumeclaims', {
    data: {
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      metadata: { name: 'fit-names-rootdisk' },
      spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } },
    },
  });
  expect(pvc.status()).toBe(201);
  await toReview(page, FEDORA, 'demo', 'fit-names');
  await expect(check(page, 'names')).toHaveAttribute('data-state', 'error');
  await expect(check(page, 'names')).toContainText('fit-names-rootdisk');
  await expect(createButton(page)).toBeDisabled();
});

test('the checklist follows the edited YAML: an unknown storage class fails storage', async ({
  page,
}) => {
  await toReview(page, FEDORA, 'demo', 'fit-sc');
  await expect(check(page, 'storage')).toHaveAttribute('data-state', 'pass');
  await page.getByTestId('yaml-editor').locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  // One line of JSON (which is YAML): Monaco indents typed lines, never a single one.
  await page.keyboard.insertText(
    JSON.stringify({
      apiVersion: 'kubevirt.io/v1',
      kind: 'VirtualMachine',
      metadata: { name: 'fit-sc', namespace: 'demo' },
      spec: {
        runStrategy: 'Halted',
        instancetype: { kind: 'VirtualMachineClusterInstancetype', name: 'u1.medium' },
        preference: { kind: 'VirtualMachineClusterPreference', name: 'fedora' },
        dataVolumeTemplates: [
          {
            metadata: { name: 'fit-sc-rootdisk' },
            spec: {
              sourceRef: {
                kind: 'DataSource',
                name: 'fedora',
                namespace: 'openshift-virtualization-os-images',
              },
              storage: { storageClassName: 'gold' },
            },
          },
        ],
        template: {
          spec: {
            domain: { devices: { disks: [{ name: 'rootdisk', disk: {} }] } },
            volumes: [{ name: 'rootdisk', dataVolume: { name: 'fit-sc-rootdisk' } }],
          },
        },
      },
    }),
  );
  await expect(check(page, 'storage')).toHaveAttribute('data-state', 'error');
  await expect(check(page, 'storage')).toContainText('gold');
  await expect(createButton(page)).toBeDisabled();
});

test('no default storage class warns; an unreadable quota list is skipped, never passed', async ({
  page,
}) => {
  await page.route('**/api/kubernetes/apis/storage.k8s.io/v1/storageclasses**', async (route) => {
    const response = await route.fetch();
    const list = await response.json();
    for (const sc of list.items) delete sc.metadata.annotations;
    await route.fulfill({ response, json: list });
  });
  await page.route('**/api/kubernetes/api/v1/namespaces/demo/resourcequotas**', (route) =>
    route.fulfill({
      status: 403,
      json: { kind: 'Status', apiVersion: 'v1', status: 'Failure', reason: 'Forbidden', code: 403 },
    }),
  );
  await toReview(page, FEDORA, 'demo', 'fit-storage');
  await expect(check(page, 'storage')).toHaveAttribute('data-state', 'warning');
  await expect(check(page, 'storage')).toContainText('no default');
  await expect(check(page, 'quota')).toHaveAttribute('data-state', 'skipped');
  await expect(createButton(page)).toBeEnabled();
});

test('a source that is not Ready warns; a refused access review fails permission', async ({
  page,
}) => {
  await page.route('**/selfsubjectaccessreviews**', async (route) => {
    const body = route.request().postDataJSON();
    const resource = body?.spec?.resourceAttributes?.resource;
    if (resource !== 'secrets') return route.continue();
    return route.fulfill({
      status: 201,
      json: { ...body, status: { allowed: false, reason: 'denied by the test' } },
    });
  });
  await toReview(page, 'openshift-virtualization-os-images/win2k22', 'demo', 'fit-source');
  await expect(check(page, 'source')).toHaveAttribute('data-state', 'warning');
  await expect(check(page, 'source')).toContainText('win2k22');
  await expect(check(page, 'permission')).toHaveAttribute('data-state', 'error');
  await expect(check(page, 'permission')).toContainText('Secret');
  await expect(createButton(page)).toBeDisabled();
});

test('the proposed namespace: never the golden images’ one unless chosen (admin, developer, viewer)', async ({
  page,
}) => {
  await page.goto(`/k8s/all-namespaces/appliance-create?source=${encodeURIComponent(FEDORA)}`);
  await next(page);
  const ns = page.getByTestId('wizard-namespace');
  await expect(ns).not.toHaveValue('');
  await expect(ns).not.toHaveValue('openshift-virtualization-os-images');
  // Chosen by the user, it stays.
  await ns.selectOption('openshift-virtualization-os-images');
  await expect(ns).toHaveValue('openshift-virtualization-os-images');

  await selectUser(page, 'developer');
  await page.goto(`/k8s/all-namespaces/appliance-create?source=${encodeURIComponent(FEDORA)}`);
  await next(page);
  await expect(page.getByTestId('wizard-namespace')).toHaveValue('demo');

  await selectUser(page, 'viewer');
  await page.goto(`/k8s/all-namespaces/appliance-create?source=${encodeURIComponent(FEDORA)}`);
  await expect(page.getByTestId('create-forbidden')).toBeVisible();
  // Nothing was made along the way.
  const vms = await apiGet(page, '/apis/kubevirt.io/v1/namespaces/demo/virtualmachines');
  expect(
    vms.body.items.filter((v: { metadata: { name: string } }) =>
      v.metadata.name.startsWith('fit-'),
    ),
  ).toEqual([]);
});

test('the catalog details say whether a source fits the namespace in view', async ({ page }) => {
  const fit = (id: string) => page.locator(`[data-test="catalog-fit-check"][data-id="${id}"]`);
  const golden = 'openshift-virtualization-os-images';
  await page.goto(`/k8s/ns/demo/appliance-catalog?item=${golden}%2Fwin2k22`);
  await expect(page.getByTestId('catalog-fit')).toHaveAttribute('data-state', 'warning');
  await expect(fit('source')).toHaveAttribute('data-state', 'warning');
  await expect(page.getByTestId('catalog-fit-findings')).toContainText('win2k22');
  await page.goto('/k8s/ns/demo/appliance-catalog?item=demo%2Fweb-stack-appliance');
  await expect(page.getByTestId('catalog-fit')).toHaveAttribute('data-state', 'pass');
  for (const id of ['permission', 'networks', 'storage', 'quota', 'source'])
    await expect(fit(id)).toHaveAttribute('data-state', 'pass');
});
