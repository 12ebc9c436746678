/** @jest-environment jsdom */
import '../catalog/jsdom-polyfills';
import { configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import '@testing-library/jest-dom';
import type { KubeObject } from '../../../../src/appliance';
import CreateObjectForm from '../../../../src/views/lifecycle/CreateObjectForm';
import EnrichForm from '../../../../src/views/lifecycle/EnrichForm';
import { initTestI18n } from '../../i18n';

configure({ testIdAttribute: 'data-test' });

const mockSdk = {
  allowed: true,
  k8sPatch: jest.fn(),
  k8sCreate: jest.fn(),
};
jest.mock('@openshift-console/dynamic-plugin-sdk', () => ({
  useAccessReview: () => [mockSdk.allowed, false],
  k8sPatch: (opts: unknown) => mockSdk.k8sPatch(opts),
  k8sCreate: (opts: unknown) => mockSdk.k8sCreate(opts),
}));

beforeAll(initTestI18n);

beforeEach(() => {
  mockSdk.allowed = true;
  mockSdk.k8sPatch.mockReset();
  mockSdk.k8sCreate.mockReset();
});

const sealed = (name: string): KubeObject => ({
  apiVersion: 'cdi.kubevirt.io/v1beta1',
  kind: 'DataSource',
  metadata: { name, namespace: 'demo', labels: { 'appliance.kubevirt.io/sealed': 'true' } },
});

test('enrich patches the chosen DataSource with the golden-image labels and says so', async () => {
  mockSdk.k8sPatch.mockResolvedValue({});
  const { container } = render(<EnrichForm sealedDataSources={[sealed('a'), sealed('b')]} />);
  fireEvent.change(screen.getByLabelText(/Sealed DataSource/), { target: { value: 'demo/b' } });
  const submit = screen.getByRole('button', { name: 'Add golden-image labels' });
  expect(submit).toBeDisabled();
  fireEvent.change(container.querySelector('#lifecycle-enrich-preference')!, {
    target: { value: ' fedora ' },
  });
  fireEvent.change(container.querySelector('#lifecycle-enrich-it')!, {
    target: { value: 'u1.small' },
  });
  fireEvent.click(submit);
  expect(await screen.findByText('b is now a golden image.')).toBeInTheDocument();
  expect(mockSdk.k8sPatch).toHaveBeenCalledTimes(1);
  const call = mockSdk.k8sPatch.mock.calls[0][0] as { resource: KubeObject; data: unknown };
  expect(call.resource.metadata?.name).toBe('b');
  expect(call.data).toEqual([
    {
      op: 'add',
      path: '/metadata/labels/instancetype.kubevirt.io~1default-preference',
      value: 'fedora',
    },
    {
      op: 'add',
      path: '/metadata/labels/instancetype.kubevirt.io~1default-instancetype',
      value: 'u1.small',
    },
  ]);
});

test("enrich shows the API's message when the patch fails, and a denied user cannot submit", async () => {
  mockSdk.k8sPatch.mockRejectedValue(new Error('datasources "a" is forbidden'));
  const { container, unmount } = render(<EnrichForm sealedDataSources={[sealed('a')]} />);
  fireEvent.change(container.querySelector('#lifecycle-enrich-preference')!, {
    target: { value: 'fedora' },
  });
  fireEvent.click(screen.getByRole('button', { name: 'Add golden-image labels' }));
  expect(await screen.findByText('Could not add the labels')).toBeInTheDocument();
  expect(screen.getByText('datasources "a" is forbidden')).toBeInTheDocument();
  unmount();

  mockSdk.allowed = false;
  render(<EnrichForm sealedDataSources={[sealed('a')]} />);
  expect(
    screen.getByText('You are not allowed to change DataSources in namespace demo.'),
  ).toBeInTheDocument();
});

test('the create form builds the object from the choice and the name, and reports failures', async () => {
  const vm = (name: string): KubeObject => ({
    kind: 'VirtualMachine',
    metadata: { name, namespace: 'demo' },
  });
  const build = jest.fn((choice: KubeObject, name: string) => ({
    kind: 'VirtualMachineSnapshot',
    metadata: { name, namespace: choice.metadata?.namespace },
  }));
  mockSdk.k8sCreate.mockRejectedValueOnce(new Error('already exists')).mockResolvedValueOnce({});
  render(
    <CreateObjectForm
      choices={[vm('one'), vm('two')]}
      choiceLabel="Virtual machine"
      nameLabel="Snapshot name"
      defaultName={(c) => `${c.metadata?.name}-snap`}
      build={build}
      model={
        {
          apiGroup: 'snapshot.kubevirt.io',
          plural: 'virtualmachinesnapshots',
          kind: 'VirtualMachineSnapshot',
        } as never
      }
      submitLabel="Take snapshot"
      done={(name) => `Created ${name}`}
      testId="snap"
    />,
  );
  fireEvent.change(screen.getByTestId('snap-choice'), { target: { value: 'demo/two' } });
  expect(screen.getByTestId('snap-name')).toHaveValue('two-snap');
  fireEvent.click(screen.getByTestId('snap-submit'));
  await waitFor(() =>
    expect(screen.getByTestId('snap-result')).toHaveTextContent('already exists'),
  );
  expect(build).toHaveBeenLastCalledWith(
    expect.objectContaining({ metadata: expect.objectContaining({ name: 'two' }) }),
    'two-snap',
  );

  fireEvent.change(screen.getByTestId('snap-name'), { target: { value: 'Bad_Name' } });
  expect(screen.getByTestId('snap-submit')).toBeDisabled();
  fireEvent.change(screen.getByTestId('snap-name'), { target: { value: 'two-snap-2' } });
  fireEvent.click(screen.getByTestId('snap-submit'));
  await waitFor(() =>
    expect(screen.getByTestId('snap-result')).toHaveTextContent('Created two-snap-2'),
  );
  expect(mockSdk.k8sCreate).toHaveBeenCalledTimes(2);
});
