import type { Locator, Page } from '@playwright/test';
import { load } from 'js-yaml';
import { loadDemoObjects } from '../../preview/demo-data';
import { expect, selectUser, test } from './fixtures';

/**
 * The lifecycle page in the preview against semantics §8 and the demo data.
 * Expected graph and counts are written out here, independent of src/lifecycle.
 */

const NODES: Array<[id: string, highlighted: boolean]> = [
  ['ova', false],
  ['alien-appliance', true],
  ['vm', false],
  ['vm-clone', false],
  ['vm-snapshot', false],
  ['sealed-volume', true],
  ['golden-image', false],
  ['vm-prime', false],
  ['registry', false],
  ['redhat-registry', false],
  ['appliance', true],
  ['agnostic-appliance', true],
];

// Semantics §8, in the origin's order: [source, target, label, highlighted].
const EDGES: Array<[string, string, string, boolean]> = [
  ['ova', 'vm', '', false],
  ['alien-appliance', 'vm', '', true],
  ['vm', 'sealed-volume', 'seal', true],
  ['sealed-volume', 'golden-image', 'enrich', true],
  ['golden-image', 'agnostic-appliance', 'upload & download, share use-case', true],
  ['golden-image', 'registry', 'push', true],
  ['golden-image', 'vm-prime', 'instantiate', false],
  ['redhat-registry', 'golden-image', 'DV', false],
  ['vm', 'vm-clone', 'clone', false],
  ['vm-clone', 'vm-prime', 'clear-abi', false],
  ['vm-snapshot', 'vm', 'restore', false],
  ['vm-snapshot', 'vm-clone', 'clone', false],
  ['vm', 'vm-snapshot', 'snapshot', false],
  ['vm-snapshot', 'appliance', 'upload & download, DR use-case', true],
];

/* eslint-disable @typescript-eslint/no-explicit-any */
/** Semantics §1: from a snapshot, or a boilerplate with identity fields. */
const bearsIdentity = (ds: any): boolean => {
  if (ds.spec?.source?.snapshot) return true;
  const vm: any = load(ds.metadata.annotations['appliance.kubevirt.io/vm-spec']);
  const domain = vm?.spec?.template?.spec?.domain ?? {};
  return Boolean(
    domain.firmware?.uuid ||
    domain.firmware?.serial ||
    (domain.devices?.interfaces ?? []).some((i: any) => i.macAddress) ||
    (domain.devices?.disks ?? []).some((d: any) => d.serial),
  );
};

/** Counts per node from the demo objects, by the rules, for one namespace or all. */
const expectedCounts = (namespace?: string): Record<string, string> => {
  const all = loadDemoObjects().filter(
    (o: any) => !namespace || o.metadata?.namespace === namespace,
  );
  const of = (kind: string) => all.filter((o: any) => o.kind === kind);
  const labels = (o: any) => o.metadata?.labels ?? {};
  const annotations = (o: any) => o.metadata?.annotations ?? {};
  const clones = of('VirtualMachineClone');
  const cloneTarget = (vm: any) =>
    clones.some(
      (c: any) =>
        c.metadata.namespace === vm.metadata.namespace && c.spec?.target?.name === vm.metadata.name,
    );
  const dataSources = of('DataSource');
  const appliances = dataSources.filter(
    (d: any) => annotations(d)['appliance.kubevirt.io/vm-spec'],
  );
  const crons = of('DataImportCron');
  const fromRedHat = (c: any) =>
    String(c.spec?.template?.spec?.source?.registry?.url ?? '').includes('//registry.redhat.io/');
  const sealed = (o: any) => labels(o)['appliance.kubevirt.io/sealed'] === 'true';
  return {
    ova: 'none',
    'alien-appliance': 'none',
    vm: String(of('VirtualMachine').length),
    'vm-prime': String(
      of('VirtualMachine').filter(
        (vm: any) => annotations(vm)['appliance.kubevirt.io/source'] || cloneTarget(vm),
      ).length,
    ),
    'vm-snapshot': String(of('VirtualMachineSnapshot').length),
    'vm-clone': String(clones.length),
    'sealed-volume': String(
      of('PersistentVolumeClaim').filter(sealed).length + dataSources.filter(sealed).length,
    ),
    'golden-image': String(
      dataSources.filter(
        (d: any) =>
          labels(d)['instancetype.kubevirt.io/default-preference'] &&
          !annotations(d)['appliance.kubevirt.io/vm-spec'],
      ).length,
    ),
    appliance: String(appliances.filter(bearsIdentity).length),
    'agnostic-appliance': String(appliances.filter((d: any) => !bearsIdentity(d)).length),
    registry: String(crons.filter((c: any) => !fromRedHat(c)).length),
    'redhat-registry': String(crons.filter(fromRedHat).length),
  };
};
/* eslint-enable @typescript-eslint/no-explicit-any */

const node = (page: Page, id: string): Locator =>
  page.locator(`[data-test="lifecycle-node"][data-id="${id}"]`);

const edge = (page: Page, source: string, target: string): Locator =>
  page.locator(`[data-test="lifecycle-edge"][data-source="${source}"][data-target="${target}"]`);

const countsOnPage = async (page: Page): Promise<Record<string, string>> =>
  Object.fromEntries(
    await page
      .locator('[data-test="lifecycle-node"]')
      .evaluateAll((els) =>
        els.map((e) => [e.getAttribute('data-id'), e.getAttribute('data-count')]),
      ),
  );

const open = async (page: Page, scope: string) => {
  await page.goto(`${scope}/appliance-lifecycle`);
  await expect(page.locator('[data-test="lifecycle-node"]')).toHaveCount(NODES.length);
};

test.describe('lifecycle view', () => {
  test('draws the nodes, groups, edges, labels and highlights of semantics §8', async ({
    page,
    pageErrors,
  }) => {
    await open(page, '/k8s/ns/demo');
    for (const [id, highlighted] of NODES) {
      await expect(node(page, id)).toHaveAttribute('data-highlighted', String(highlighted));
    }
    const groups = page.locator('[data-test="lifecycle-group"]');
    await expect(groups).toHaveCount(2);
    await expect(groups.locator('text')).toHaveText(['MTV', 'cluster']);

    const edges = page.locator('[data-test="lifecycle-edge"]');
    await expect(edges).toHaveCount(EDGES.length);
    const drawn = await edges.evaluateAll((els) =>
      els.map((e) => [
        e.getAttribute('data-source'),
        e.getAttribute('data-target'),
        e.getAttribute('data-label'),
        e.getAttribute('data-highlighted') === 'true',
      ]),
    );
    const key = (e: unknown[]) => JSON.stringify(e);
    expect(drawn.map(key).sort()).toEqual(EDGES.map(key).sort());

    // The DV edge is dotted; the two upload & download edges point both ways.
    await expect(
      edge(page, 'redhat-registry', 'golden-image').locator('path[stroke-dasharray]'),
    ).toHaveCount(1);
    for (const [s, t] of [
      ['golden-image', 'agnostic-appliance'],
      ['vm-snapshot', 'appliance'],
    ]) {
      await expect(edge(page, s, t).locator('[data-test="lifecycle-edge-arrow"]')).toHaveCount(2);
    }
    await expect(
      edge(page, 'vm', 'vm-snapshot').locator('[data-test="lifecycle-edge-arrow"]'),
    ).toHaveCount(1);
    // Labels are drawn as text, the long ones on two lines like the origin.
    await expect(edge(page, 'vm-snapshot', 'appliance').locator('text')).toHaveText([
      'upload & download',
      'DR use-case',
    ]);
    await expect(page.getByTestId('lifecycle-legend')).toContainText('New in this design');

    // Layered top to bottom: the VM sits above the golden image it is sealed into.
    const vmBox = await node(page, 'vm').boundingBox();
    const goldenBox = await node(page, 'golden-image').boundingBox();
    expect(vmBox && goldenBox && vmBox.y < goldenBox.y).toBeTruthy();
    expect(pageErrors).toEqual([]);
  });

  test('counts match the demo data in a namespace and in all namespaces', async ({ page }) => {
    await open(page, '/k8s/ns/demo');
    await expect.poll(() => countsOnPage(page)).toEqual(expectedCounts('demo'));
    await open(page, '/k8s/all-namespaces');
    await expect.poll(() => countsOnPage(page)).toEqual(expectedCounts());
    await expect(node(page, 'ova')).toContainText('not in the cluster');
  });

  test('a snapshot taken through the edge raises the VMSnapshot count without a reload', async ({
    page,
  }) => {
    await open(page, '/k8s/ns/demo');
    const before = Number(expectedCounts('demo')['vm-snapshot']);
    await expect(node(page, 'vm-snapshot')).toHaveAttribute('data-count', String(before));
    await page.evaluate(
      () => ((window as unknown as { lifecycleMarker: number }).lifecycleMarker = 1),
    );

    const snapshotEdge = edge(page, 'vm', 'vm-snapshot');
    await snapshotEdge.focus();
    await page.keyboard.press('Enter');
    const panel = page.getByTestId('lifecycle-panel');
    await expect(panel).toContainText('VirtualMachineSnapshot');
    await page.getByTestId('lifecycle-snapshot-choice').selectOption('demo/rhel9-db');
    await page.getByTestId('lifecycle-snapshot-name').fill('rhel9-db-e2e');
    await page.getByTestId('lifecycle-snapshot-submit').click();
    await expect(page.getByTestId('lifecycle-snapshot-result')).toContainText('rhel9-db-e2e');

    await expect(node(page, 'vm-snapshot')).toHaveAttribute('data-count', String(before + 1));
    expect(
      await page.evaluate(
        () => (window as unknown as { lifecycleMarker?: number }).lifecycleMarker,
      ),
    ).toBe(1);

    // The new snapshot is listed, as a link, under its node.
    await node(page, 'vm-snapshot').focus();
    await page.keyboard.press('Enter');
    await expect(panel.getByRole('link', { name: 'rhel9-db-e2e' })).toHaveAttribute(
      'href',
      '/k8s/ns/demo/snapshot.kubevirt.io~v1beta1~VirtualMachineSnapshot/rhel9-db-e2e',
    );
  });

  test('a viewer sees the action disabled with the reason', async ({ page }) => {
    await open(page, '/k8s/ns/demo');
    await selectUser(page, 'viewer');
    await edge(page, 'vm', 'vm-clone').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('lifecycle-clone-denied')).toContainText('not allowed');
    await expect(page.getByTestId('lifecycle-clone-submit')).toBeDisabled();
  });

  test('the table view lists the same graph with the counts', async ({ page }) => {
    await open(page, '/k8s/ns/demo');
    await page.getByTestId('lifecycle-view-table').click();
    const rows = page.locator('[data-test="lifecycle-table-node"]');
    await expect(rows).toHaveCount(NODES.length);
    const expected = expectedCounts('demo');
    await expect
      .poll(async () =>
        Object.fromEntries(
          await rows.evaluateAll((els) =>
            els.map((e) => [e.getAttribute('data-id'), e.getAttribute('data-count')]),
          ),
        ),
      )
      .toEqual(expected);
    const edgeRows = await page
      .locator('[data-test="lifecycle-table-edge"]')
      .evaluateAll((els) =>
        els.map((e) => [
          e.getAttribute('data-source'),
          e.getAttribute('data-target'),
          e.getAttribute('data-label'),
          e.getAttribute('data-highlighted') === 'true',
        ]),
      );
    expect(edgeRows).toEqual(EDGES);
  });
});
