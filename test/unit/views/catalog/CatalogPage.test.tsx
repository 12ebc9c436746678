/** @jest-environment jsdom */
import './jsdom-polyfills';
import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import '@testing-library/jest-dom';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import type { AccessReviewResourceAttributes } from '@openshift-console/dynamic-plugin-sdk';
import type { KubeObject } from '../../../../src/appliance/types';
import CatalogPage from '../../../../src/views/catalog/CatalogPage';
import { CatalogActions } from '../../../../src/views/catalog/CatalogActions';
import { classifyDataSource } from '../../../../src/appliance';
import { appliance, goldenImage, plain } from './fixtures';
import { initTestI18n } from '../../i18n';

/** What the fake cluster holds and allows; each test sets it up. */
const mockCluster = {
  dataSources: [] as KubeObject[],
  pvcs: [] as KubeObject[],
  allow: (_a: AccessReviewResourceAttributes): boolean => true,
  watchError: undefined as unknown,
  watched: [] as string[],
};

jest.mock('@openshift-console/dynamic-plugin-sdk', () => {
  const R = jest.requireActual('react');
  const inNs = (items: KubeObject[], ns?: string) =>
    ns ? items.filter((o) => o.metadata?.namespace === ns) : items;
  return {
    useAccessReview: (a: AccessReviewResourceAttributes) => [mockCluster.allow(a), false],
    useK8sWatchResources: (resources: Record<string, { namespace?: string }>) => {
      mockCluster.watched = Object.keys(resources);
      return Object.fromEntries(
        Object.entries(resources).map(([k, r]) => [
          k,
          mockCluster.watchError
            ? { data: [], loaded: false, loadError: mockCluster.watchError }
            : { data: inNs(mockCluster.dataSources, r.namespace), loaded: true },
        ]),
      );
    },
    useK8sWatchResource: (r: { namespace?: string } | null) =>
      r ? [inNs(mockCluster.pvcs, r.namespace), true, undefined] : [undefined, true, undefined],
    ResourceLink: (p: { name: string; namespace: string; dataTest?: string }) =>
      R.createElement('a', { 'data-test': p.dataTest, href: `#${p.namespace}/${p.name}` }, p.name),
    DocumentTitle: () => null,
    ListPageHeader: (p: { title: string }) => R.createElement('h1', null, p.title),
  };
});

beforeAll(initTestI18n);

const Probe: React.FC = () => {
  const location = useLocation();
  return <output data-test="location">{location.search}</output>;
};

const renderAt = (url: string) =>
  render(
    <MemoryRouter initialEntries={[url]}>
      <Routes>
        <Route path="/k8s/ns/:ns/appliance-catalog" element={<CatalogPage />} />
        <Route path="/k8s/all-namespaces/appliance-catalog" element={<CatalogPage />} />
      </Routes>
      <Probe />
    </MemoryRouter>,
  );

const q = (selector: string) => document.querySelectorAll(`[data-test="${selector}"]`);
const items = () =>
  [...q('catalog-item')].map(
    (e) =>
      `${e.getAttribute('data-kind')}:${e.getAttribute('data-namespace')}/${e.getAttribute('data-name')}`,
  );
const search = () =>
  new URLSearchParams(screen.getByText((_c, e) => e?.tagName === 'OUTPUT').textContent ?? '');

const SEED_LIKE = `spec:
  runStrategy: Running
  template:
    spec:
      domain:
        devices:
          disks:
            - name: d
      volumes: []
`;

beforeEach(() => {
  mockCluster.dataSources = [
    goldenImage('fedora', 'fedora'),
    goldenImage('win2k22', 'windows.2k22', { ready: false, reason: 'NoSource' }),
    appliance('web-stack-appliance', 'demo'),
    appliance('static-data-appliance', 'demo', SEED_LIKE, { uid: 'uid-static' }),
    appliance('elsewhere', 'team-a'),
    plain('not-offered'),
  ];
  mockCluster.pvcs = [
    {
      metadata: {
        name: 'shared-static-data',
        namespace: 'demo',
        ownerReferences: [
          {
            apiVersion: 'cdi.kubevirt.io/v1beta1',
            kind: 'DataSource',
            name: 'static-data-appliance',
          },
        ],
      },
    },
    { metadata: { name: 'unrelated', namespace: 'demo' } },
  ];
  mockCluster.allow = () => true;
  mockCluster.watchError = undefined;
});

describe('CatalogPage', () => {
  it('lists golden images and appliances of the namespace and the golden-image namespaces', () => {
    renderAt('/k8s/ns/demo/appliance-catalog');
    expect(items()).toEqual([
      'golden-image:openshift-virtualization-os-images/fedora',
      'appliance:demo/static-data-appliance',
      'appliance:demo/web-stack-appliance',
      'golden-image:openshift-virtualization-os-images/win2k22',
    ]);
    expect(mockCluster.watched).toEqual(['all']);
    expect(screen.getByText('Not ready: NoSource')).toBeInTheDocument();
  });

  it('lists everything the user may see on the all-namespaces route', () => {
    renderAt('/k8s/all-namespaces/appliance-catalog');
    expect(items()).toContain('appliance:team-a/elsewhere');
  });

  it('watches only readable namespaces for a user without cluster rights, with no error', () => {
    mockCluster.allow = (a) => a.namespace === 'openshift-virtualization-os-images';
    renderAt('/k8s/ns/demo/appliance-catalog');
    expect(mockCluster.watched).toEqual(['ns:openshift-virtualization-os-images']);
    expect(items()).toEqual([
      'golden-image:openshift-virtualization-os-images/fedora',
      'golden-image:openshift-virtualization-os-images/win2k22',
    ]);
    expect(q('catalog-error')).toHaveLength(0);
  });

  it('ignores forbidden watches but shows other errors', () => {
    mockCluster.watchError = { code: 403, message: 'forbidden' };
    const { unmount } = renderAt('/k8s/ns/demo/appliance-catalog');
    expect(q('catalog-error')).toHaveLength(0);
    expect(q('catalog-empty')).toHaveLength(1);
    unmount();
    mockCluster.watchError = { code: 500, message: 'etcd is on fire' };
    renderAt('/k8s/ns/demo/appliance-catalog');
    expect(screen.getByText('etcd is on fire')).toBeInTheDocument();
  });

  it('renders a description with markup as text', () => {
    const evil = '<img src=x onerror=alert(1)>';
    mockCluster.dataSources = [
      goldenImage('evil', 'fedora', { annotations: { description: evil } }),
    ];
    const { container } = renderAt('/k8s/ns/demo/appliance-catalog');
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText(evil)).toBeInTheDocument();
  });

  it('searches and puts the search in the URL', async () => {
    renderAt('/k8s/ns/demo/appliance-catalog');
    const box = document.querySelector('[data-test="catalog-search"]') as HTMLInputElement;
    fireEvent.change(box, { target: { value: 'static' } });
    expect(items()).toEqual(['appliance:demo/static-data-appliance']);
    // The URL follows once typing pauses.
    await waitFor(() => expect(search().get('q')).toBe('static'), { timeout: 5000 });
  });

  it('filters with counts, from and into the URL, and clears filters', () => {
    renderAt('/k8s/ns/demo/appliance-catalog?ready=not-ready');
    expect(items()).toEqual(['golden-image:openshift-virtualization-os-images/win2k22']);
    const kindGroup = q('catalog-filter-kind')[0] as HTMLElement;
    const golden = within(kindGroup).getByLabelText('Golden image (1)');
    expect(golden).not.toBeChecked();
    fireEvent.click(within(kindGroup).getByLabelText('Appliance, agnostic (0)'));
    expect(search().get('kind')).toBe('appliance-agnostic');
    expect(q('catalog-no-match')).toHaveLength(1);
    fireEvent.click(screen.getAllByText('Clear all filters')[0]);
    expect(search().toString()).toBe('');
    expect(items()).toHaveLength(4);
  });

  it('shows the empty state with how to make a golden image', () => {
    mockCluster.dataSources = [plain('nothing')];
    renderAt('/k8s/ns/demo/appliance-catalog');
    expect(q('catalog-empty')).toHaveLength(1);
    expect(screen.getByText(/instancetype.kubevirt.io\/default-preference=/)).toBeInTheDocument();
  });

  it('switches to a sortable table through the URL', () => {
    renderAt('/k8s/ns/demo/appliance-catalog?view=table&sort=namespace&order=desc');
    expect(q('catalog-table')).toHaveLength(1);
    // Descending reverses the whole order, the name tie-breaker included.
    expect(items()[0]).toBe('golden-image:openshift-virtualization-os-images/win2k22');
    fireEvent.click(screen.getByRole('button', { name: 'Kind' }));
    expect(search().get('sort')).toBe('kind');
    expect(items()[0]).toMatch(/^golden-image:/);
  });

  it('opens details from a card with the keyboard, with findings and companions', async () => {
    renderAt('/k8s/ns/demo/appliance-catalog');
    const card = [...q('catalog-item')].find(
      (e) => e.getAttribute('data-name') === 'static-data-appliance',
    ) as HTMLElement;
    const action = within(card).getByRole('button');
    act(() => action.focus());
    fireEvent.click(action);
    expect(search().get('item')).toBe('demo/static-data-appliance');
    // The details' code is loaded on demand: a spinner says so meanwhile.
    expect(q('catalog-details-loading')).toHaveLength(1);
    await waitFor(() => expect(q('catalog-details')).toHaveLength(1), { timeout: 5000 });
    const details = q('catalog-details')[0] as HTMLElement;
    expect(q('catalog-details-loading')).toHaveLength(0);
    expect(within(details).getAllByText(/RunStrategy|runStrategy|Running/).length).toBeGreaterThan(
      0,
    );
    expect([...q('finding')].some((f) => f.getAttribute('data-severity') === 'error')).toBe(true);
    expect([...q('catalog-companion')].map((a) => a.textContent)).toEqual(['shared-static-data']);
    expect(q('catalog-action-create')).toHaveLength(1);
    expect(q('catalog-action-edit')).toHaveLength(1);
    expect(q('catalog-action-download')).toHaveLength(1);
  });

  it('says so when the item in the URL is not in the catalog', () => {
    renderAt('/k8s/ns/demo/appliance-catalog?item=demo%2Fgone');
    expect(q('catalog-details-missing')).toHaveLength(1);
  });
});

describe('CatalogActions', () => {
  const c = classifyDataSource(appliance('web', 'demo'));
  const renderActions = () =>
    render(
      <MemoryRouter>
        <CatalogActions classification={c} targetNamespace="demo" />
      </MemoryRouter>,
    );

  it('links to the pages when the user may act', () => {
    renderActions();
    expect(q('catalog-action-create')[0].getAttribute('href')).toBe(
      '/k8s/ns/demo/appliance-create?source=demo%2Fweb',
    );
    expect(q('catalog-action-edit')).toHaveLength(1);
    expect(q('catalog-action-download')).toHaveLength(1);
  });

  it('disables an action the user may not take and says why', () => {
    mockCluster.allow = (a) => a.verb !== 'create';
    renderActions();
    const create = q('catalog-action-create')[0];
    expect(create.tagName).toBe('BUTTON');
    expect(create).toHaveAttribute('aria-disabled', 'true');
    expect(q('catalog-action-create-disabled-reason')[0].textContent).toBe(
      'You may not create VirtualMachines in namespace demo.',
    );
  });
});
