/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Page } from '@playwright/test';
import { next, openWizard, reviewFindings } from './create-helpers';
import { expect, test } from './fixtures';

const OPENAPI = '**/api/kubernetes/openapi/v3/apis/kubevirt.io/v1';
const CLUSTER = "Validated with the cluster's schema (KubeVirt v1.7.0)";

/** From the fedora golden image to the review step (the dry run is not waited for). */
const toReviewStep = async (page: Page, name: string) => {
  await openWizard(page, 'demo', 'openshift-virtualization-os-images/fedora');
  await next(page);
  await page.getByTestId('wizard-name').fill(name);
  await expect(page.getByTestId('wizard-name-help')).toContainText('The name is free.');
  await next(page);
  await next(page);
};

test.describe("the cluster's VirtualMachine schema", () => {
  test('the boilerplate editor validates with it and says so, with the KubeVirt version', async ({
    page,
    pageErrors,
  }) => {
    await page.goto('/k8s/ns/demo/appliance-editor/static-data-appliance');
    const source = page.getByTestId('schema-source');
    await expect(source).toHaveAttribute('data-source', 'cluster');
    await expect(source).toHaveText(CLUSTER);
    expect(pageErrors).toEqual([]);
  });

  test('the wizard review says so too, and its YAML passes the cluster schema and the dry run', async ({
    page,
    pageErrors,
  }) => {
    await toReviewStep(page, 'schema-vm');
    const source = page.getByTestId('schema-source');
    await expect(source).toHaveAttribute('data-source', 'cluster');
    await expect(source).toHaveText(CLUSTER);
    await expect(page.getByTestId('dry-run')).toHaveAttribute('data-status', 'passed');
    await expect(reviewFindings(page).and(page.locator('[data-code^="Schema"]'))).toHaveCount(0);
    expect(pageErrors).toEqual([]);
  });

  test('a field the cluster does not publish is an unknown field, though the bundled schema knows it', async ({
    page,
  }) => {
    // A cluster whose KubeVirt has no spec.runStrategy (the field is dropped from its document).
    await page.route(OPENAPI, async (route) => {
      const response = await route.fetch();
      const doc = await response.json();
      for (const schema of Object.values<Record<string, any>>(doc.components.schemas)) {
        if (schema.properties?.runStrategy && schema.properties?.dataVolumeTemplates) {
          delete schema.properties.runStrategy;
        }
      }
      await route.fulfill({ response, json: doc });
    });
    await toReviewStep(page, 'schema-vm-old');
    await expect(page.getByTestId('schema-source')).toHaveAttribute('data-source', 'cluster');
    const unknown = reviewFindings(page).and(page.locator('[data-code="SchemaUnknownField"]'));
    await expect(unknown).toHaveCount(1);
    await expect(unknown).toContainText('runStrategy');
    await expect(page.getByTestId('wizard-create')).toBeDisabled();
  });

  test('when the cluster schema cannot be read, the bundled one validates and the page says why', async ({
    page,
  }) => {
    await page.route(OPENAPI, (route) =>
      route.fulfill({
        status: 403,
        contentType: 'application/json',
        json: { kind: 'Status', code: 403, message: 'forbidden: User cannot get path /openapi/v3' },
      }),
    );
    await toReviewStep(page, 'schema-vm-bundled');
    const source = page.getByTestId('schema-source');
    await expect(source).toHaveAttribute('data-source', 'bundled');
    await expect(source).toHaveText('Validated with the bundled schema (KubeVirt 1.7)');
    await expect(source).toHaveAttribute('title', /could not be used: .*403/);
    await expect(page.getByTestId('dry-run')).toHaveAttribute('data-status', 'passed');
  });
});
