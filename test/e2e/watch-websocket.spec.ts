import type { Page } from '@playwright/test';
import { expect, selectUser, test } from './fixtures';

/**
 * Watches go over WebSockets like in the console. Chromium keeps at most 6 HTTP/1.1 connections
 * per host; with one chunked watch stream per watched kind, two lifecycle pages (6 kinds each)
 * would leave no connection for any other request.
 */

const SNAPSHOTS =
  '/api/kubernetes/apis/snapshot.kubevirt.io/v1beta1/namespaces/demo/virtualmachinesnapshots';

const snapshot = (name: string) => ({
  apiVersion: 'snapshot.kubevirt.io/v1beta1',
  kind: 'VirtualMachineSnapshot',
  metadata: { name, namespace: 'demo' },
  spec: { source: { apiGroup: 'kubevirt.io', kind: 'VirtualMachine', name: 'rhel9-db' } },
});

const snapshotCount = (page: Page) =>
  page.locator('[data-test="lifecycle-node"][data-id="vm-snapshot"]');

/** Records the page's watch WebSockets and any watch sent as a plain HTTP request. */
const recordWatches = (page: Page) => {
  const sockets: string[] = [];
  const httpWatches: string[] = [];
  page.on('websocket', (ws) => sockets.push(ws.url()));
  page.on('request', (r) => {
    if (/[?&]watch=(true|1)/.test(r.url())) httpWatches.push(r.url());
  });
  return { sockets, httpWatches };
};

const openLifecycle = async (page: Page, scope: string) => {
  await page.goto(`${scope}/appliance-lifecycle`);
  await expect(page.locator('[data-test="lifecycle-node"]')).toHaveCount(12);
  await expect(snapshotCount(page)).toHaveAttribute('data-count', /^\d+$/);
};

/** Runs `count` API requests at once from the page; resolves with their statuses. */
const burst = (page: Page, count: number) =>
  page.evaluate(async (n) => {
    const urls = Array.from(
      { length: n },
      (_, i) => `/api/kubernetes/api/v1/namespaces/demo/persistentvolumeclaims?limit=${i + 1}`,
    );
    const statuses = await Promise.all(urls.map((u) => fetch(u).then((r) => r.status)));
    return statuses;
  }, count);

test.describe('watches over WebSocket', () => {
  test('two lifecycle pages watch 12 lists at once and every other request still completes', async ({
    page,
    context,
    pageErrors,
  }) => {
    const first = recordWatches(page);
    await openLifecycle(page, '/k8s/ns/demo');
    const second = await context.newPage();
    const other = recordWatches(second);
    await openLifecycle(second, '/k8s/all-namespaces');

    // Each page watches its 6 kinds over WebSockets, none over HTTP.
    for (const seen of [first, other]) {
      await expect.poll(() => seen.sockets.length).toBeGreaterThanOrEqual(6);
      expect(seen.sockets.every((u) => u.startsWith('ws://') && /[?&]watch=true/.test(u))).toBe(
        true,
      );
      expect(seen.httpWatches).toEqual([]);
    }

    // More requests than the browser has connections, while 12 watches stay open.
    expect(await burst(page, 10)).toEqual(Array(10).fill(200));

    const before = Number(await snapshotCount(page).getAttribute('data-count'));
    const beforeAll = Number(await snapshotCount(second).getAttribute('data-count'));
    const created = await second.evaluate(
      ([url, body]) =>
        fetch(url, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
        }).then((r) => r.status),
      [SNAPSHOTS, snapshot('over-websocket')] as const,
    );
    expect(created).toBe(201);
    // Both pages see the new snapshot through their watches, without a reload.
    await expect(snapshotCount(page)).toHaveAttribute('data-count', String(before + 1));
    await expect(snapshotCount(second)).toHaveAttribute('data-count', String(beforeAll + 1));
    expect(pageErrors).toEqual([]);
  });

  test('a watch the server ends is listed and watched again', async ({ page, request }) => {
    const seen = recordWatches(page);
    await openLifecycle(page, '/k8s/ns/demo');
    await expect.poll(() => seen.sockets.length).toBeGreaterThanOrEqual(6);
    const opened = seen.sockets.length;
    const before = Number(await snapshotCount(page).getAttribute('data-count'));

    // The reset hook ends every open watch (and restores the demo data), as an API restart would.
    expect((await request.post('/api/test/reset')).ok()).toBe(true);
    await expect.poll(() => seen.sockets.length).toBeGreaterThanOrEqual(opened + 6);

    expect((await request.post(SNAPSHOTS, { data: snapshot('after-reconnect') })).status()).toBe(
      201,
    );
    await expect(snapshotCount(page)).toHaveAttribute('data-count', String(before + 1));
    expect(seen.httpWatches).toEqual([]);
  });

  test('watches carry the chosen user', async ({ page }) => {
    const seen = recordWatches(page);
    await openLifecycle(page, '/k8s/ns/demo');
    await selectUser(page, 'developer');
    // The session change restarts the watches as the developer.
    await expect
      .poll(() => seen.sockets.filter((u) => /[?&]impersonate=developer(&|$)/.test(u)).length)
      .toBeGreaterThanOrEqual(6);
    await selectUser(page, 'admin');
    const admin = seen.sockets.length;
    await expect.poll(() => seen.sockets.length).toBeGreaterThanOrEqual(admin + 6);
    expect(seen.sockets.slice(admin).some((u) => u.includes('impersonate='))).toBe(false);
  });

  test('a page of another origin cannot open a watch', async ({ page, baseURL }) => {
    // about:blank has an opaque origin; the preview refuses the handshake.
    await page.goto('about:blank');
    const target = new URL(`${SNAPSHOTS}?watch=true`, baseURL).toString().replace(/^http/, 'ws');
    const outcome = await page.evaluate(
      (url) =>
        new Promise<string>((resolve) => {
          const ws = new WebSocket(url);
          ws.onopen = () => resolve('opened');
          ws.onmessage = () => resolve('message');
          ws.onclose = () => resolve('closed');
        }),
      target,
    );
    expect(outcome).toBe('closed');
  });
});
