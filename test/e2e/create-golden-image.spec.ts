import { expect, test } from './fixtures';
import { apiGet, next, openWizard, realErrors, SSH_KEY } from './create-helpers';

test('create from the fedora golden image with u1.medium and an SSH key', async ({
  page,
  pageErrors,
}) => {
  await openWizard(page, 'demo', 'openshift-virtualization-os-images/fedora');
  await next(page);

  await expect(page.getByTestId('wizard-namespace')).toHaveValue('demo');
  await page.getByTestId('wizard-name').fill('fedora-e2e');
  await expect(page.getByTestId('wizard-name-help')).toContainText('The name is free.');
  await page.getByTestId('wizard-instancetype').selectOption('u1.medium');
  await next(page);

  await page.getByTestId('wizard-credential-ssh').check();
  await page.locator('textarea#wizard-ssh-key').fill(SSH_KEY);
  await expect(page.getByTestId('wizard-ssh-key-help')).toContainText('The key looks valid.');
  await next(page);

  await expect(page.getByTestId('yaml-editor')).toBeVisible();
  await expect(page.getByTestId('dry-run')).toHaveAttribute('data-status', 'passed');
  // The diff view shows the generated base against the edited text.
  await page.getByTestId('tab-diff').click();
  await expect(page.getByTestId('diff-view')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByTestId('diff-view').locator('.monaco-diff-editor')).toBeVisible();
  await page.getByTestId('tab-yaml').click();

  // However often Create is clicked, one VM is created.
  const creates: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && /\/virtualmachines\?fieldValidation=Strict$/.test(r.url()))
      creates.push(r.url());
  });
  const create = page.getByTestId('wizard-create');
  await expect(create).toBeEnabled();
  await create.dblclick();
  await expect(page.getByTestId('create-success')).toBeVisible();
  await expect(page.getByTestId('created-vm-link')).toHaveAttribute(
    'href',
    '/k8s/ns/demo/kubevirt.io~v1~VirtualMachine/fedora-e2e',
  );

  const vm = (await apiGet(page, '/apis/kubevirt.io/v1/namespaces/demo/virtualmachines/fedora-e2e'))
    .body;
  expect(vm.spec.instancetype).toMatchObject({ name: 'u1.medium' });
  expect(vm.spec.preference).toMatchObject({ name: 'fedora' });
  expect(vm.spec.dataVolumeTemplates[0].spec.sourceRef).toEqual({
    kind: 'DataSource',
    name: 'fedora',
    namespace: 'openshift-virtualization-os-images',
  });
  const secretName =
    vm.spec.template.spec.accessCredentials[0].sshPublicKey.source.secret.secretName;
  const secret = (await apiGet(page, `/api/v1/namespaces/demo/secrets/${secretName}`)).body;
  expect(secret.metadata.ownerReferences).toEqual([
    expect.objectContaining({ kind: 'VirtualMachine', name: 'fedora-e2e', uid: vm.metadata.uid }),
  ]);
  expect(creates).toHaveLength(1);
  expect(realErrors(pageErrors)).toEqual([]);
});
