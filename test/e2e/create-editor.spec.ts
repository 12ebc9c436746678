import { expect, test } from './fixtures';
import { apiGet, failNextVmCreates, next, reviewFindings, toReview } from './create-helpers';
import type { Page } from '@playwright/test';

const focusEditor = async (page: Page) => {
  await page.getByTestId('yaml-editor').locator('.monaco-editor .view-lines').first().click();
};

const firstLine = (page: Page) => page.getByTestId('yaml-editor').locator('.view-line').first();

test('an unknown field typed into the editor shows a marker and blocks Create until fixed', async ({
  page,
}) => {
  await toReview(page, 'typo-e2e');
  const create = page.getByTestId('wizard-create');
  await expect(create).toBeEnabled();

  // The VM is the last document and the text ends with a newline: the end is a top-level line.
  await focusEditor(page);
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.insertText('runStrateggy: Always');

  const finding = reviewFindings(page).and(page.locator('[data-code="SchemaUnknownField"]'));
  await expect(finding).toBeVisible();
  await expect(page.getByTestId('yaml-editor').locator('.squiggly-error').first()).toBeAttached();
  await expect(create).toBeDisabled();

  // Remove the typed line again.
  await page.keyboard.press('Shift+Home');
  await page.keyboard.press('Backspace');
  await expect(finding).toHaveCount(0);
  await expect(page.getByTestId('dry-run')).toHaveAttribute('data-status', 'passed');
  await expect(create).toBeEnabled();
});

test('an injected 500 on the VM create leaves no Secret and keeps the edited YAML', async ({
  page,
  request,
  baseURL,
}) => {
  await toReview(page, 'fault-e2e');
  await focusEditor(page);
  await page.keyboard.press('ControlOrMeta+Home');
  await page.keyboard.insertText('# kept-edit\n');
  await expect(firstLine(page)).toHaveText('# kept-edit');
  await expect(page.getByTestId('dry-run')).toHaveAttribute('data-status', 'passed');

  // Only the real create fails.
  await failNextVmCreates(request, 1, baseURL);
  await page.getByTestId('wizard-create').click();
  await expect(page.getByTestId('create-error')).toBeVisible();
  await expect(page.getByTestId('create-rolled-back')).toContainText('Secret');
  const secrets = (await apiGet(page, '/api/v1/namespaces/demo/secrets')).body.items as Array<{
    metadata: { name: string };
  }>;
  expect(secrets.filter((s) => s.metadata.name.startsWith('fault-e2e'))).toEqual([]);
  expect(
    (await apiGet(page, '/apis/kubevirt.io/v1/namespaces/demo/virtualmachines/fault-e2e')).status,
  ).toBe(404);
  await expect(firstLine(page)).toHaveText('# kept-edit');

  // The fault was for one request: a retry creates the VM.
  await page.getByTestId('wizard-create').click();
  await expect(page.getByTestId('create-success')).toBeVisible();
});

test('changing a choice after editing regenerates the YAML and the edits can be restored', async ({
  page,
}) => {
  await toReview(page, 'restore-e2e');
  await focusEditor(page);
  await page.keyboard.press('ControlOrMeta+Home');
  await page.keyboard.insertText('# my-edit\n');
  await expect(firstLine(page)).toHaveText('# my-edit');

  // Back to Details (through the wizard's own nav), another instancetype, then Review again.
  await page.getByRole('button', { name: 'Details' }).click();
  await page.getByTestId('wizard-instancetype').selectOption('u1.large');
  await next(page);
  await next(page);
  const notice = page.getByTestId('review-regenerated');
  await expect(notice).toBeVisible();
  await expect(firstLine(page)).toHaveText('apiVersion: v1');

  await page.getByTestId('review-restore-edits').click();
  await expect(firstLine(page)).toHaveText('# my-edit');
  await expect(notice).toHaveCount(0);
  await expect(page.getByTestId('dry-run')).toHaveAttribute('data-status', 'passed');
});
