import type { APIRequestContext, Page } from '@playwright/test';
import { expectNoViolations } from './axe';
import { smallApplianceBundle } from './bundles';
import { failNextVmCreates, next, openWizard, SSH_KEY, toReview } from './create-helpers';
import { expect, test } from './fixtures';

/**
 * axe-core's WCAG 2.1 A/AA rules on every page and state the plugin renders, the preview host's
 * masthead and navigation left out (test/e2e/axe.ts). A failure lists each violation: rule,
 * impact, help text and the selectors of the offending elements.
 */

const OS_IMAGES = 'openshift-virtualization-os-images';
const VM_SPEC = 'appliance.kubevirt.io/vm-spec';
const DS = (ns: string, name: string) =>
  `/api/kubernetes/apis/cdi.kubevirt.io/v1beta1/namespaces/${ns}/datasources/${name}`;

/** A small bundle: an appliance DataSource and its companion PVC. */
const BUNDLE = smallApplianceBundle('a11y-appliance', 'a11y-data');

const catalogItem = (page: Page, namespace: string, name: string) =>
  page.locator(`[data-test="catalog-item"][data-namespace="${namespace}"][data-name="${name}"]`);

/** Source, details, credentials and review (editor and diff), checked at each step. */
const checkWizardSteps = async (
  page: Page,
  source: string,
  name: string,
  credentials: (page: Page) => Promise<void>,
  /** The review differs from what the source gives (the seed appliance is completed and fixed). */
  changed: boolean,
) => {
  await openWizard(page, 'demo', source);
  await expectNoViolations(page, `wizard (${source}): source step`);
  await next(page);
  await page.getByTestId('wizard-name').fill(name);
  await expect(page.getByTestId('wizard-name-help')).toContainText('The name is free.');
  await expectNoViolations(page, `wizard (${source}): details step`);
  await next(page);
  await credentials(page);
  await expectNoViolations(page, `wizard (${source}): credentials step`);
  await next(page);
  await expect(page.getByTestId('yaml-editor')).toBeVisible();
  await expect(page.getByTestId('code-editor').first()).toHaveAttribute('data-ready', 'true');
  await expect(page.getByTestId('dry-run')).not.toHaveAttribute('data-status', 'running');
  await expectNoViolations(page, `wizard (${source}): review step, YAML editor`);
  await page.getByTestId('tab-diff').click();
  await expect(page.getByTestId('diff-view')).toHaveAttribute('data-ready', 'true');
  if (changed) {
    // The changed lines' colours are drawn once the diff is computed (in a worker): wait for them,
    // so that their contrast is what gets checked.
    await expect(page.getByTestId('diff-view').locator('.line-insert').first()).toBeAttached();
  }
  await expectNoViolations(page, `wizard (${source}): review step, diff view`);
  await page.getByTestId('tab-yaml').click();
};

/** Applies the review step's one-click fixes until no error finding is left. */
const applyReviewFixes = async (page: Page) => {
  const errors = page
    .getByTestId('review-findings')
    .locator('[data-test="finding"][data-severity="error"]');
  for (let i = 0; i < 10 && (await errors.count()) > 0; i += 1) {
    const before = await errors.count();
    await errors.first().getByTestId('finding-fix').click();
    await expect.poll(() => errors.count()).toBeLessThan(before);
  }
  await expect(errors).toHaveCount(0);
};

const createAndCheckSuccess = async (page: Page, state: string) => {
  await expect(page.getByTestId('dry-run')).toHaveAttribute('data-status', 'passed');
  await page.getByTestId('wizard-create').click();
  await expect(page.getByTestId('create-success')).toBeVisible();
  await expectNoViolations(page, state);
};

const openEditor = async (page: Page) => {
  await page.goto('/k8s/ns/demo/appliance-editor/static-data-appliance');
  await expect(page.getByTestId('editor-title')).toContainText('static-data-appliance');
  await expect(page.getByTestId('code-editor').first()).toHaveAttribute('data-ready', 'true');
  await expect(page.getByTestId('editor-findings')).toContainText('RunStrategyInvalid');
};

/** Makes the editor dirty with its first one-click fix. */
const applyOneFix = async (page: Page) => {
  await page.getByTestId('finding-fix').first().click();
  await expect(page.getByTestId('editor-dirty')).toBeVisible();
};

const changeBoilerplateBehindTheEditor = async (request: APIRequestContext) => {
  const r = await request.patch(DS('demo', 'static-data-appliance'), {
    headers: { 'Content-Type': 'application/merge-patch+json' },
    data: { metadata: { annotations: { [VM_SPEC]: '# theirs\nspec:\n  runStrategy: Halted\n' } } },
  });
  expect(r.ok()).toBeTruthy();
};

test.describe('accessibility (axe-core, WCAG 2.1 A/AA)', () => {
  test('catalog: cards and table, each with the details panel open', async ({ page }) => {
    await page.goto('/k8s/ns/demo/appliance-catalog');
    await expect(catalogItem(page, OS_IMAGES, 'fedora')).toBeVisible();
    await expectNoViolations(page, 'catalog, cards');
    await catalogItem(page, 'demo', 'static-data-appliance').getByRole('button').click();
    await expect(page.getByTestId('catalog-details')).toBeVisible();
    await expect(page.getByTestId('catalog-companion')).toBeVisible();
    await expectNoViolations(page, 'catalog, cards, details of the seed appliance');

    await page.goto('/k8s/ns/demo/appliance-catalog?view=table');
    await expect(page.getByTestId('catalog-table')).toBeVisible();
    await expect(catalogItem(page, OS_IMAGES, 'fedora')).toBeVisible();
    await expectNoViolations(page, 'catalog, table');
    await catalogItem(page, OS_IMAGES, 'fedora').getByRole('button').first().click();
    await expect(page.getByTestId('catalog-details')).toBeVisible();
    await expectNoViolations(page, 'catalog, table, details of a golden image');
  });

  test('create wizard from a golden image: every step and the success page', async ({ page }) => {
    await checkWizardSteps(
      page,
      `${OS_IMAGES}/fedora`,
      'a11y-golden',
      async () => {
        await page.getByTestId('wizard-credential-ssh').check();
        await page.locator('textarea#wizard-ssh-key').fill(SSH_KEY);
        await expect(page.getByTestId('wizard-ssh-key-help')).toContainText('The key looks valid.');
      },
      false,
    );
    await createAndCheckSuccess(page, 'wizard (golden image): created');
  });

  test('create wizard from the seed appliance: every step, findings and the success page', async ({
    page,
  }) => {
    await checkWizardSteps(
      page,
      'demo/static-data-appliance',
      'a11y-seed',
      async () => {
        await expect(page.getByTestId('wizard-credential-password')).toBeChecked();
      },
      true,
    );
    await expect(page.getByTestId('review-findings').getByTestId('finding').first()).toBeVisible();
    await applyReviewFixes(page);
    await createAndCheckSuccess(page, 'wizard (seed appliance): created');
  });

  test('create wizard: a failed create with its error summary', async ({ page, request }) => {
    await toReview(page, 'a11y-fault');
    await failNextVmCreates(request, 1);
    await page.getByTestId('wizard-create').click();
    await expect(page.getByTestId('create-error')).toBeVisible();
    await expectNoViolations(page, 'wizard: create failed');
  });

  test('boilerplate editor: findings, the confirm-errors, conflict and leave dialogs', async ({
    page,
    request,
  }) => {
    await openEditor(page);
    await expectNoViolations(page, 'editor with findings');

    // Leave with unsaved changes: the leave dialog (stay).
    await applyOneFix(page);
    await page.getByTestId('nav-appliance-catalog').click();
    await expect(page.getByTestId('leave-dialog')).toBeVisible();
    await expectNoViolations(page, 'editor: leave dialog');
    await page.getByTestId('leave-cancel').click();
    await expect(page.getByTestId('leave-dialog')).toBeHidden();

    // Save with errors left: the confirm-errors dialog (Escape closes it).
    await page.getByTestId('editor-save').click();
    await expect(page.getByTestId('confirm-errors-list')).toBeVisible();
    await expectNoViolations(page, 'editor: confirm-errors dialog');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('confirm-errors-list')).toBeHidden();

    // Saved over a change made meanwhile: the conflict dialog with its diff.
    await changeBoilerplateBehindTheEditor(request);
    await page.getByTestId('editor-save').click();
    await page.getByTestId('confirm-errors-save').click();
    await expect(page.getByTestId('conflict-dialog')).toBeVisible();
    await expect(page.getByTestId('conflict-diff')).toHaveAttribute('data-ready', 'true');
    await expectNoViolations(page, 'editor: conflict dialog');
    await page.getByTestId('conflict-reload').click();
    await expect(page.getByTestId('conflict-dialog')).toBeHidden();
  });

  test('lifecycle: graph, side panel for a node and an edge, table view', async ({ page }) => {
    await page.goto('/k8s/ns/demo/appliance-lifecycle');
    const node = page.locator('[data-test="lifecycle-node"][data-id="vm"]');
    await expect(node).not.toHaveAttribute('data-count', '');
    await expectNoViolations(page, 'lifecycle graph');

    await node.click();
    await expect(page.getByTestId('lifecycle-panel-node')).toBeVisible();
    await expectNoViolations(page, 'lifecycle graph, side panel of a node');

    // On its label, as a user would: a bent edge's box has its middle off the line.
    await page
      .locator('[data-test="lifecycle-edge"][data-source="vm"][data-target="vm-snapshot"]')
      .getByTestId('lifecycle-edge-label')
      .click();
    await expect(page.getByTestId('lifecycle-panel-edge')).toBeVisible();
    await expect(page.getByTestId('lifecycle-snapshot-choice')).toBeVisible();
    await expectNoViolations(page, 'lifecycle graph, side panel of an edge with its action');

    await page.getByTestId('lifecycle-view-table').click();
    await expect(page.locator('[data-test="lifecycle-table-node"]').first()).toBeVisible();
    await expectNoViolations(page, 'lifecycle table');
  });

  test('import bundle page and new-appliance page', async ({ page }) => {
    await page.goto('/k8s/ns/team-a/appliance-import');
    await expect(page.getByRole('heading', { name: 'Import appliance bundle' })).toBeVisible();
    await expectNoViolations(page, 'import bundle page');
    await page.locator('input[type=file]').setInputFiles({
      name: 'a11y.appliance.yaml',
      mimeType: 'application/yaml',
      buffer: Buffer.from(BUNDLE),
    });
    await page.getByTestId('bundle-review').click();
    await expect(page.getByTestId('bundle-step')).toHaveCount(2);
    await expectNoViolations(page, 'import bundle page, reviewed bundle');

    await page.goto('/k8s/ns/demo/appliance-new?vm=fedora-web-01');
    await expect(page.getByTestId('new-appliance-boilerplate')).toBeVisible();
    await expect(page.getByTestId('new-appliance-boot-name')).toHaveValue('fedora-web-01-rootdisk');
    await expectNoViolations(page, 'new-appliance page');
  });
});
