import type { Locator, Page } from '@playwright/test';
import { apiGet, failNextVmCreates, SSH_KEY, toReview } from './create-helpers';
import { expect, test } from './fixtures';

/**
 * Keyboard paths: only page.keyboard moves focus and acts (Tab, Shift+Tab, Enter, Space, arrow
 * keys, typing); locators only read what the page shows. Where a test prepares a state with the
 * mouse, it says so.
 */

const OS_IMAGES = 'openshift-virtualization-os-images';

/** Whether `target` has the focus or holds the element that has it. */
const hasFocus = (target: Locator) =>
  target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement));

/** Presses `key` until `target` has the focus; fails after `max` presses. */
const pressUntilFocused = async (page: Page, target: Locator, key = 'Tab', max = 80) => {
  for (let i = 0; i < max; i += 1) {
    if (await hasFocus(target)) return;
    await page.keyboard.press(key);
  }
  expect(await hasFocus(target), `${key} ×${max} did not reach ${target}`).toBe(true);
};

/** Presses `key` on a focused select until it holds `value` (arrow keys step through options). */
const pressUntilValue = async (page: Page, select: Locator, value: string, key = 'ArrowDown') => {
  await expect(select).toBeEnabled();
  for (let i = 0; i < 30 && (await select.inputValue()) !== value; i += 1) {
    await page.keyboard.press(key);
  }
  await expect(select).toHaveValue(value);
};

/** The element that has the focus, as its tag and text. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return { tag: el?.tagName.toLowerCase(), text: el?.textContent?.trim() };
  });

const expectHeadingFocused = async (page: Page, text: string) =>
  expect.poll(() => focused(page)).toEqual({ tag: 'h1', text });

/** Reads the lifecycle node / edge. */
const node = (page: Page, id: string) =>
  page.locator(`[data-test="lifecycle-node"][data-id="${id}"]`);
const edge = (page: Page, source: string, target: string) =>
  page.locator(`[data-test="lifecycle-edge"][data-source="${source}"][data-target="${target}"]`);

test.describe('keyboard only', () => {
  test('the whole wizard, from choosing the source to the created VM', async ({ page }) => {
    await page.goto('/k8s/ns/demo/appliance-create');
    // The page's heading has the focus: Tab goes on from the top of the wizard.
    await expectHeadingFocused(page, 'Create VirtualMachine');

    // Source: the picker is a select; arrow keys step through the sources.
    const source = page.getByTestId('wizard-source');
    await pressUntilFocused(page, source);
    await pressUntilValue(page, source, `${OS_IMAGES}/fedora`);
    await expect(page.getByTestId('wizard-source-details')).toContainText('fedora');
    await pressUntilFocused(page, page.getByTestId('wizard-next'));
    await page.keyboard.press('Enter');

    // Details: type the name, step the instancetype select to u1.large.
    const name = page.getByTestId('wizard-name');
    await pressUntilFocused(page, name);
    await page.keyboard.type('keyboard-vm');
    await expect(page.getByTestId('wizard-name-help')).toContainText('The name is free.');
    const instancetype = page.getByTestId('wizard-instancetype');
    await pressUntilFocused(page, instancetype);
    await pressUntilValue(page, instancetype, 'u1.large');
    await pressUntilFocused(page, page.getByTestId('wizard-next'));
    await page.keyboard.press('Enter');

    // Credentials: arrow keys move the radio choice to SSH; type the key.
    await pressUntilFocused(page, page.getByTestId('wizard-credential-password'));
    const ssh = page.getByTestId('wizard-credential-ssh');
    for (let i = 0; i < 4 && !(await ssh.isChecked()); i += 1) await page.keyboard.press('ArrowUp');
    await expect(ssh).toBeChecked();
    await pressUntilFocused(page, page.locator('textarea#wizard-ssh-key'));
    await page.keyboard.type(SSH_KEY);
    await expect(page.getByTestId('wizard-ssh-key-help')).toContainText('The key looks valid.');
    await pressUntilFocused(page, page.getByTestId('wizard-next'));
    await page.keyboard.press('Enter');

    // Review: Tab into the YAML editor; Ctrl+M (Monaco's own key) lets Tab leave it again.
    await expect(page.getByTestId('dry-run')).toHaveAttribute('data-status', 'passed');
    await pressUntilFocused(page, page.getByTestId('yaml-editor').locator('textarea').first());
    await page.keyboard.press('Control+m');
    const create = page.getByTestId('wizard-create');
    await pressUntilFocused(page, create);
    await expect(create).toBeEnabled();
    await page.keyboard.press('Enter');

    await expect(page.getByTestId('create-success')).toBeVisible();
    // The success page is a new page: its heading takes the focus from the Create button.
    await expectHeadingFocused(page, 'Create VirtualMachine');
    const vm = (
      await apiGet(page, '/apis/kubevirt.io/v1/namespaces/demo/virtualmachines/keyboard-vm')
    ).body;
    expect(vm.spec.instancetype).toMatchObject({ name: 'u1.large' });
    expect(vm.spec.dataVolumeTemplates[0].spec.sourceRef).toMatchObject({ name: 'fedora' });
    expect(vm.spec.template.spec.accessCredentials).toHaveLength(1);
  });

  test('lifecycle: a node opens its side panel; an edge opens its action, which runs', async ({
    page,
  }) => {
    await page.goto('/k8s/ns/demo/appliance-lifecycle');
    await expect(node(page, 'vm')).not.toHaveAttribute('data-count', '');
    await expectHeadingFocused(page, 'Appliance lifecycle');

    // Every node and edge is in the tab order.
    const stops = new Set<string>();
    for (let i = 0; i < 80 && stops.size < 26; i += 1) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const el = document.activeElement;
        const kind = el?.getAttribute('data-test');
        if (kind === 'lifecycle-node') return `node ${el?.getAttribute('data-id')}`;
        if (kind === 'lifecycle-edge')
          return `edge ${el?.getAttribute('data-source')}>${el?.getAttribute('data-target')}`;
        return undefined;
      });
      if (stop) stops.add(stop);
    }
    expect(stops.size).toBe(
      (await page.getByTestId('lifecycle-node').count()) +
        (await page.getByTestId('lifecycle-edge').count()),
    );

    // A node: Enter opens its side panel with its objects.
    await pressUntilFocused(page, node(page, 'vm-snapshot'));
    await page.keyboard.press('Enter');
    await expect(node(page, 'vm-snapshot')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('lifecycle-panel-node')).toHaveAttribute(
      'data-id',
      'vm-snapshot',
    );

    // An edge: Space opens its action in the side panel; the form is filled and sent by keyboard.
    await pressUntilFocused(page, edge(page, 'vm', 'vm-snapshot'));
    await page.keyboard.press(' ');
    const panel = page.getByTestId('lifecycle-panel-edge');
    await expect(panel).toHaveAttribute('data-target', 'vm-snapshot');
    const choice = page.getByTestId('lifecycle-snapshot-choice');
    await pressUntilFocused(page, choice);
    await pressUntilValue(page, choice, 'demo/rhel9-db');
    await pressUntilFocused(page, page.getByTestId('lifecycle-snapshot-name'));
    await page.keyboard.type('keyboard-snapshot');
    await pressUntilFocused(page, page.getByTestId('lifecycle-snapshot-submit'));
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('lifecycle-snapshot-result')).toContainText('keyboard-snapshot');
  });

  test('a failed create moves the focus to the error summary, each time it fails', async ({
    page,
    request,
  }) => {
    // Prepared with the mouse: to the review step.
    await toReview(page, 'focus-fault');

    // The next two real creates fail.
    await failNextVmCreates(request, 2);
    const create = page.getByTestId('wizard-create');
    const error = page.getByTestId('create-error');
    for (let attempt = 1; attempt <= 2; attempt += 1) {
      await pressUntilFocused(page, create, 'Shift+Tab');
      await page.keyboard.press('Enter');
      await expect(error).toBeVisible();
      await expect.poll(() => hasFocus(error), `attempt ${attempt}`).toBe(true);
    }
    await expect(error).toContainText('Nothing was created');

    // The fault is spent: the third try creates, and the new page's heading has the focus.
    await pressUntilFocused(page, create, 'Shift+Tab');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('create-success')).toBeVisible();
    await expectHeadingFocused(page, 'Create VirtualMachine');
  });

  test('after navigation the new page’s heading has the focus', async ({ page }) => {
    await page.goto('/k8s/ns/demo/appliance-catalog');
    const fedora = page.locator(
      `[data-test="catalog-item"][data-namespace="${OS_IMAGES}"][data-name="fedora"]`,
    );
    await expect(fedora).toBeVisible();
    await expectHeadingFocused(page, 'Appliance catalog');

    // Catalog → details → "Create VirtualMachine" → the wizard, its heading focused.
    await pressUntilFocused(page, fedora.getByRole('button').first());
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('catalog-details')).toHaveAttribute('data-name', 'fedora');
    await pressUntilFocused(page, page.getByTestId('catalog-action-create'));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/appliance-create\?source=/);
    await expect(page.getByTestId('wizard-source-details')).toBeVisible();
    await expectHeadingFocused(page, 'Create VirtualMachine');

    // Through the navigation: to the lifecycle page and the import page.
    await pressUntilFocused(page, page.getByTestId('nav-appliance-lifecycle'), 'Shift+Tab');
    await page.keyboard.press('Enter');
    await expectHeadingFocused(page, 'Appliance lifecycle');
    await pressUntilFocused(page, page.getByTestId('nav-appliance-import'), 'Shift+Tab');
    await page.keyboard.press('Enter');
    await expectHeadingFocused(page, 'Import appliance bundle');
  });
});
