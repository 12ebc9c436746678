import type { K8sModel } from '@openshift-console/dynamic-plugin-sdk';
import { LIST_PAGE_SIZE, Watcher, type WatchState } from '../../../preview/sdk/watcher';
import { consoleFetchJSON } from '../../../preview/sdk/fetch';
import { streamWatch } from '../../../preview/sdk/ws-watch';

const MODEL = {
  apiGroup: 'cdi.kubevirt.io',
  apiVersion: 'v1beta1',
  kind: 'DataSource',
  plural: 'datasources',
  namespaced: true,
} as K8sModel;

jest.mock('../../../preview/sdk/fetch', () => ({ consoleFetchJSON: jest.fn() }));
jest.mock('../../../preview/sdk/ws-watch', () => ({
  streamWatch: jest.fn(),
  watchSocketURL: (path: string) => `ws://test${path}`,
}));
jest.mock('../../../preview/sdk/models', () => ({
  ...jest.requireActual('../../../preview/sdk/models'),
  modelFor: async () => MODEL,
}));

const fetchJSON = consoleFetchJSON as unknown as jest.Mock;
const watch = streamWatch as unknown as jest.Mock;

const item = (i: number) => ({ metadata: { name: `ds-${i}`, namespace: 'ns', uid: `u${i}` } });

/** An API server's pages of `total` items, `limit` per page, with continue tokens. */
const pagedServer = (total: number) =>
  fetchJSON.mockImplementation(async (url: string) => {
    const q = new URL(url, 'http://x').searchParams;
    const limit = Number(q.get('limit'));
    const from = Number(q.get('continue') || 0);
    const to = Math.min(from + limit, total);
    const items = Array.from({ length: to - from }, (_, k) => item(from + k));
    return {
      metadata: { resourceVersion: '42', ...(to < total ? { continue: String(to) } : {}) },
      items,
    };
  });

const names = (s: WatchState) =>
  (s.data as Array<{ metadata: { name: string } }>).map((o) => o.metadata.name);

/** Runs a watcher until its watch opens; the states it published meanwhile. */
const listed = async (): Promise<{ states: WatchState[]; watcher: Watcher }> => {
  const states: WatchState[] = [];
  let opened: () => void = () => undefined;
  const watching = new Promise<void>((resolve) => (opened = resolve));
  watch.mockImplementation(() => {
    opened();
    return new Promise(() => undefined);
  });
  const watcher = new Watcher(
    {
      groupVersionKind: { group: 'cdi.kubevirt.io', version: 'v1beta1', kind: 'DataSource' },
      isList: true,
    },
    (s) => states.push(s),
  );
  watcher.start();
  await watching;
  return { states, watcher };
};

beforeEach(() => {
  fetchJSON.mockReset();
  watch.mockReset();
  (global as unknown as { window: unknown }).window = {
    location: { protocol: 'http:', host: 'x' },
  };
});

describe('the preview watcher lists as the console SDK does', () => {
  it('reads a long list in pages of 250 and shows each page as it arrives', async () => {
    pagedServer(LIST_PAGE_SIZE * 2 + 10);
    const { states, watcher } = await listed();
    watcher.stop();
    const urls = fetchJSON.mock.calls.map(([url]) => new URL(url, 'http://x').searchParams);
    expect(urls.map((q) => [q.get('limit'), q.get('continue')])).toEqual([
      ['250', null],
      ['250', '250'],
      ['250', '500'],
    ]);
    expect(states.map((s) => [s.loaded, names(s).length])).toEqual([
      [true, 250],
      [true, 500],
      [true, 510],
    ]);
    expect(names(states[2])[509]).toBe('ds-509');
    // Completed as the API server leaves them, and watched from the list's resourceVersion.
    expect(states[2].data).toContainEqual(expect.objectContaining({ kind: 'DataSource' }));
    expect(watch.mock.calls[0][0]).toContain('resourceVersion=42');
  });

  it('asks for a single page when the list fits in one', async () => {
    pagedServer(3);
    const { states, watcher } = await listed();
    watcher.stop();
    expect(fetchJSON).toHaveBeenCalledTimes(1);
    expect(states.map((s) => names(s))).toEqual([['ds-0', 'ds-1', 'ds-2']]);
  });
});
