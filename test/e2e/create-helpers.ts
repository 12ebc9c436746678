import type { APIRequestContext, Page } from '@playwright/test';
import { expect } from './fixtures';

export const SSH_KEY =
  'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKq1nT0pS3C9bHbS4Wq9H7iWmP3hYw8m1m0m6qQx3y3Z test@example';

/** The demo API, read as admin (no impersonation), for checking what the wizard made. */
export const apiGet = async (page: Page, path: string) => {
  const response = await page.request.get(new URL(`/api/kubernetes${path}`, page.url()).toString());
  return { status: response.status(), body: response.ok() ? await response.json() : undefined };
};

export const openWizard = async (page: Page, targetNs: string, source: string) => {
  await page.goto(`/k8s/ns/${targetNs}/appliance-create?source=${encodeURIComponent(source)}`);
  await expect(page.getByTestId('wizard-source-details')).toBeVisible();
};

export const next = async (page: Page) => {
  const button = page.getByTestId('wizard-next');
  await expect(button).toBeEnabled();
  await button.click();
};

export const reviewFindings = (page: Page) =>
  page.getByTestId('review-findings').getByTestId('finding');

/**
 * Page errors that matter: Monaco rejects its pending requests with `Canceled` when an editor is
 * disposed (here: when the wizard gives way to the success page); that is its normal teardown.
 */
export const realErrors = (errors: string[]) => errors.filter((e) => e !== 'Canceled');

/** From the fedora golden image to the review step, with `name`, the dry run passed. */
export const toReview = async (page: Page, name: string) => {
  await openWizard(page, 'demo', 'openshift-virtualization-os-images/fedora');
  await next(page);
  await page.getByTestId('wizard-name').fill(name);
  await expect(page.getByTestId('wizard-name-help')).toContainText('The name is free.');
  await next(page);
  await next(page);
  await expect(page.getByTestId('dry-run')).toHaveAttribute('data-status', 'passed');
};

/**
 * The next `count` real VirtualMachine creates answer 500 (the demo API's fault hook); dry runs
 * are not hit, their query has dryRun=All in front.
 */
export const failNextVmCreates = async (
  request: APIRequestContext,
  count: number,
  base?: string,
) => {
  const fault = await request.post(
    base ? new URL('/api/test/faults', base).toString() : '/api/test/faults',
    {
      data: {
        method: 'POST',
        pathPattern: '/virtualmachines\\?fieldValidation=Strict$',
        status: 500,
        count,
      },
    },
  );
  expect(fault.ok()).toBeTruthy();
};
