import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { apiGet, next, openWizard, realErrors } from './create-helpers';
import { expectNoViolations } from './axe';

/** Issue 15: the demo web stack declares parameters; the wizard asks for them in their own step. */

const toParameters = async (page: Page, name: string) => {
  await openWizard(page, 'demo', 'demo/web-stack-appliance');
  await next(page);
  await page.getByTestId('wizard-name').fill(name);
  await expect(page.getByTestId('wizard-name-help')).toContainText('The name is free.');
  await next(page);
  const step = page.getByTestId('wizard-parameters');
  await expect(step).toBeVisible();
  return step;
};

const SSH_KEY =
  'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKq1nT0pS3C9bHbS4Wq9H7iWmP3hYw8m1m0m6qQx3y3Z ops@example';

const field = (step: Locator, name: string) =>
  step.locator(`[data-test="wizard-param"][data-name="${name}"]`);
const fieldError = (step: Locator, name: string) =>
  step.locator(`[data-test="wizard-param-error"][data-name="${name}"]`);
/** The review's YAML as Monaco shows it (its first lines: the cloud-init Secret comes first). */
const reviewLines = (page: Page) => page.getByTestId('yaml-editor').locator('.view-lines').first();

test('typed values of each kind reach the review, the VM and (the secret one) only the Secret', async ({
  page,
  pageErrors,
}) => {
  const step = await toParameters(page, 'shop-e2e');
  // Grouped by category, with display names and descriptions.
  await expect(step.getByRole('heading', { name: 'Web server' })).toBeVisible();
  await expect(field(step, 'DB_PASSWORD')).toContainText('Database password');

  await field(step, 'HOSTNAME').getByRole('textbox').fill('shop-1');
  await field(step, 'ADMIN_USER').getByRole('textbox').fill('ops');
  // The key field takes a chosen .pub file (and shows its text).
  await field(step, 'ADMIN_SSH_KEY')
    .locator('input[type="file"]')
    .setInputFiles({
      name: 'ops.pub',
      mimeType: 'text/plain',
      buffer: Buffer.from(`${SSH_KEY}\n`),
    });
  await expect(field(step, 'ADMIN_SSH_KEY').getByRole('textbox').last()).toHaveValue(
    new RegExp(`^${SSH_KEY}`),
  );
  await field(step, 'DB_HOST').getByRole('textbox').fill('10.20.30.40');
  await field(step, 'DB_CLIENTS').getByRole('textbox').fill('10.20.30.0/24');
  await field(step, 'CACHE_SIZE').getByRole('textbox').fill('1Gi');
  const workers = field(step, 'WORKERS');
  await workers.getByRole('spinbutton').fill('4');
  await workers.getByRole('button', { name: 'Increase Worker processes' }).click();
  await expect(workers.getByRole('spinbutton')).toHaveValue('5');
  // PatternFly's switch input is drawn by its label: click what the user sees.
  await field(step, 'TLS').getByText('Serve HTTPS').click();
  await expect(field(step, 'TLS').getByRole('switch')).toBeChecked();
  await field(step, 'PROFILE').getByRole('combobox').selectOption('throughput');
  const password = field(step, 'DB_PASSWORD');
  await password.getByTestId('wizard-param-generate').click();
  const secret = await password.locator('input').inputValue();
  expect(secret).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
  await expect(step.locator('[data-test="wizard-param-error"]')).toHaveCount(0);
  await expectNoViolations(page, 'wizard: parameters step filled in');

  await next(page);
  await next(page);
  await expect(reviewLines(page)).toContainText('hostname: shop-1');
  await expect(reviewLines(page)).toContainText('- name: ops');
  await expect(reviewLines(page)).toContainText(SSH_KEY);
  // Monaco draws only the lines in view: scroll to the settings file's lines.
  await page.getByTestId('yaml-editor').locator('.monaco-editor').first().hover();
  await page.mouse.wheel(0, 240);
  for (const line of ['CACHE_SIZE=1Gi', 'WORKERS=5', 'TLS=true', 'PROFILE=throughput'])
    await expect(reviewLines(page)).toContainText(line);
  // Monaco scrolls a few lines per wheel event: scroll until the line is drawn.
  for (const line of ['DB_HOST=10.20.30.40', 'DB_CLIENTS=10.20.30.0/24'])
    await expect
      .poll(async () => {
        await page.mouse.wheel(0, 60);
        return reviewLines(page).textContent();
      })
      .toContain(line);
  await expect(page.getByTestId('dry-run')).toHaveAttribute('data-status', 'passed');
  await page.getByTestId('wizard-create').click();
  await expect(page.getByTestId('create-success')).toBeVisible();

  const vm = (await apiGet(page, '/apis/kubevirt.io/v1/namespaces/demo/virtualmachines/shop-e2e'))
    .body;
  expect(JSON.parse(vm.metadata.annotations['appliance.kubevirt.io/parameters'])).toEqual({
    HOSTNAME: 'shop-1',
    ADMIN_USER: 'ops',
    ADMIN_SSH_KEY: SSH_KEY,
    DB_HOST: '10.20.30.40',
    DB_CLIENTS: '10.20.30.0/24',
    CACHE_SIZE: '1Gi',
    WORKERS: 5,
    TLS: true,
    PROFILE: 'throughput',
  });
  expect(vm.metadata.annotations['web-stack.example.com/profile']).toBe('throughput');
  expect(JSON.stringify(vm)).not.toContain(secret);
  const ref = vm.spec.template.spec.volumes.find(
    (v: { cloudInitNoCloud?: unknown }) => v.cloudInitNoCloud,
  ).cloudInitNoCloud.secretRef.name;
  const cloudInit = (await apiGet(page, `/api/v1/namespaces/demo/secrets/${ref}`)).body;
  const userData = cloudInit.stringData?.userdata ?? atob(cloudInit.data.userdata);
  expect(userData).toContain(`DB_PASSWORD=${secret}`);
  expect(userData).toContain('hostname: shop-1');
  expect(userData).toContain(`- ${SSH_KEY}`);
  expect(realErrors(pageErrors)).toEqual([]);
});

test('a wrong value is blocked with its message; the review follows a changed value', async ({
  page,
}) => {
  const step = await toParameters(page, 'shop-wrong');
  const hostname = field(step, 'HOSTNAME').getByRole('textbox');
  await hostname.fill('Shop_1');
  await expect(fieldError(step, 'HOSTNAME')).toContainText('Enter a hostname');
  await expect(page.getByTestId('wizard-next')).toBeDisabled();
  await expect(page.getByTestId('wizard-parameters-blocked')).toContainText('1 values');

  await field(step, 'WORKERS').getByRole('spinbutton').fill('99');
  await expect(fieldError(step, 'WORKERS')).toContainText('Enter a value from 1 to 16.');
  await field(step, 'DB_PASSWORD').locator('input').fill('short');
  await expect(fieldError(step, 'DB_PASSWORD')).toContainText('at least 8 characters');
  await field(step, 'DB_HOST').getByRole('textbox').fill('10.20.30.400');
  await expect(fieldError(step, 'DB_HOST')).toBeVisible();
  await field(step, 'DB_CLIENTS').getByRole('textbox').fill('10.20.30.0');
  await expect(fieldError(step, 'DB_CLIENTS')).toBeVisible();
  await field(step, 'ADMIN_SSH_KEY').getByRole('textbox').last().fill('not a key');
  await expect(fieldError(step, 'ADMIN_SSH_KEY')).toContainText('OpenSSH public key');
  await expect(page.getByTestId('wizard-parameters-blocked')).toContainText('6 values');
  await expectNoViolations(page, 'wizard: parameters step with errors');

  await hostname.fill('shop-2');
  await field(step, 'WORKERS').getByRole('spinbutton').fill('3');
  await field(step, 'DB_PASSWORD').locator('input').fill('');
  await field(step, 'DB_HOST').getByRole('textbox').fill('10.20.30.40');
  await field(step, 'DB_CLIENTS').getByRole('textbox').fill('10.20.30.0/24');
  await field(step, 'ADMIN_SSH_KEY').getByRole('textbox').last().fill('');
  await expect(step.locator('[data-test="wizard-param-error"]')).toHaveCount(0);
  await next(page);
  await next(page);
  await expect(reviewLines(page)).toContainText('hostname: shop-2');

  // Back to the Parameters step: the review follows the new value.
  await page.getByRole('button', { name: 'Parameters' }).click();
  await field(step, 'HOSTNAME').getByRole('textbox').fill('shop-3');
  await page.getByRole('button', { name: 'Review and create' }).click();
  await expect(reviewLines(page)).toContainText('hostname: shop-3');
});

test('the keyboard reaches every parameter field and the Generate button', async ({ page }) => {
  const step = await toParameters(page, 'shop-keys');
  await field(step, 'HOSTNAME').getByRole('textbox').focus();
  const reached = new Set<string>();
  for (let i = 0; i < 45; i += 1) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate(
      () =>
        document.activeElement?.closest('[data-test="wizard-param"]')?.getAttribute('data-name') ??
        '',
    );
    if (name) reached.add(name);
  }
  expect([...reached].sort()).toEqual(
    [
      'ADMIN_SSH_KEY',
      'ADMIN_USER',
      'CACHE_SIZE',
      'DB_CLIENTS',
      'DB_HOST',
      'DB_PASSWORD',
      'HOSTNAME',
      'PROFILE',
      'TLS',
      'WORKERS',
    ].sort(),
  );
  await field(step, 'DB_PASSWORD').getByTestId('wizard-param-generate').focus();
  await page.keyboard.press('Enter');
  await expect(field(step, 'DB_PASSWORD').locator('input')).toHaveValue(/^[a-z2-9-]{14}$/);
});

test('a source without parameters has no Parameters step', async ({ page }) => {
  await openWizard(page, 'demo', 'demo/static-data-appliance');
  await expect(page.getByRole('button', { name: 'Parameters' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Credentials' })).toBeVisible();
});

test('the editor edits the declarations with the boilerplate: checked together, marked, saved', async ({
  page,
  request,
  pageErrors,
}) => {
  // Two pastes, an accessibility check, a save and a reload: longer than one default test.
  test.setTimeout(150_000);
  const DS_PATH =
    '/api/kubernetes/apis/cdi.kubevirt.io/v1beta1/namespaces/demo/datasources/web-stack-appliance';
  await page.goto('/k8s/ns/demo/appliance-editor/web-stack-appliance');
  await expect(page.getByTestId('code-editor')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByTestId('editor-parameters-problems')).toHaveCount(0);
  await page.getByRole('tab', { name: 'Parameters' }).click();
  const pane = page.getByTestId('editor-parameters');
  const editor = pane.getByTestId('code-editor');
  await expect(editor).toHaveAttribute('data-ready', 'true');
  await expect(editor.locator('.view-lines')).toContainText('name: HOSTNAME');

  // A whole new list, as a paste: one invalid name, and most of the boilerplate's names gone.
  await editor.locator('.monaco-editor textarea').focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(
    '[{"name": "HOSTNAME", "type": "hostname", "default": "web"}, {"name": "tls", "type": "boolean"}]',
  );
  const findings = page.getByTestId('parameter-findings');
  await expect(findings).toContainText('The name tls is not valid');
  await expect(findings).toContainText('${PROFILE}');
  await expect(editor.locator('.squiggly-error').first()).toBeAttached();
  await expect(page.getByTestId('editor-parameters-problems')).toHaveText(/^1/);
  await expect(page.getByTestId('editor-dirty')).toBeVisible();
  await expectNoViolations(page, 'editor: parameters tab with findings');

  // Save asks first: the invalid declaration is an error like one in the boilerplate.
  await page.getByTestId('editor-save').click();
  await expect(page.getByTestId('confirm-errors-list')).toContainText('tls');
  await page.getByTestId('confirm-errors-cancel').click();

  await editor.locator('.monaco-editor textarea').focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  const declarations =
    '[{"name": "HOSTNAME", "type": "hostname", "default": "web"}, {"name": "PROFILE", "type": "enum", "values": ["a", "b"], "default": "b"}]';
  await page.keyboard.insertText(declarations);
  await expect(findings).not.toContainText('is not valid');
  await expect(page.getByTestId('editor-parameters-problems')).toHaveCount(0);
  // The completion preview takes the declarations' sample values.
  await expect(page.getByTestId('completion-preview')).toContainText(
    'web-stack.example.com/profile: b',
  );

  // The boilerplate's tab keeps its own text; Save sends both.
  await page.getByRole('tab', { name: 'Boilerplate' }).click();
  await expect(page.getByTestId('boilerplate-editor').locator('.view-lines')).toContainText(
    'apiVersion: kubevirt.io/v1',
  );
  await page.getByTestId('editor-save').click();
  await expect(page.getByTestId('editor-status-success')).toBeVisible();
  await expect(page.getByTestId('editor-dirty')).toHaveCount(0);
  const saved = await (await request.get(DS_PATH)).json();
  expect(saved.metadata.annotations['appliance.kubevirt.io/parameters']).toBe(declarations);
  expect(saved.metadata.annotations['appliance.kubevirt.io/vm-spec']).toContain('${PROFILE}');

  await page.reload();
  await page.getByRole('tab', { name: 'Parameters' }).click();
  await expect(page.getByTestId('editor-parameters').locator('.view-lines')).toContainText(
    '"PROFILE"',
  );
  expect(realErrors(pageErrors)).toEqual([]);
});
