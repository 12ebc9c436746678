import type { KubeObject } from '../../../../src/appliance/types';

let counter = 0;

/** A DataSource as the API returns it; `ready` false gives a NotFound condition. */
export const dataSource = (opts: {
  name: string;
  namespace?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  ready?: boolean;
  reason?: string;
  source?: Record<string, unknown>;
  resourceVersion?: string;
  uid?: string;
}): KubeObject => {
  counter += 1;
  const ready = opts.ready ?? true;
  return {
    apiVersion: 'cdi.kubevirt.io/v1beta1',
    kind: 'DataSource',
    metadata: {
      name: opts.name,
      namespace: opts.namespace ?? 'openshift-virtualization-os-images',
      uid: opts.uid ?? `uid-${opts.name}-${counter}`,
      resourceVersion: opts.resourceVersion ?? '1',
      labels: opts.labels ?? {},
      annotations: opts.annotations ?? {},
    },
    spec: {
      source: opts.source ?? { pvc: { name: `${opts.name}-pvc`, namespace: opts.namespace } },
    },
    status: {
      conditions: [
        {
          type: 'Ready',
          status: ready ? 'True' : 'False',
          reason: ready ? 'Ready' : (opts.reason ?? 'NotFound'),
        },
      ],
    },
  };
};

export const goldenImage = (
  name: string,
  preference: string,
  extra: Partial<Parameters<typeof dataSource>[0]> = {},
) =>
  dataSource({
    name,
    labels: {
      'instancetype.kubevirt.io/default-preference': preference,
      'instancetype.kubevirt.io/default-instancetype': 'u1.medium',
    },
    ...extra,
  });

const GOOD_BOILERPLATE = `apiVersion: kubevirt.io/v1
kind: VirtualMachine
spec:
  runStrategy: Always
  template:
    spec:
      domain:
        devices:
          disks:
            - name: root
              disk: { bus: virtio }
          interfaces:
            - name: default
              masquerade: {}
      networks:
        - name: default
          pod: {}
      volumes:
        - name: root
          containerDisk: { image: quay.io/example/disk }
`;

export const appliance = (
  name: string,
  namespace = 'demo',
  spec: string = GOOD_BOILERPLATE,
  extra: Partial<Parameters<typeof dataSource>[0]> = {},
) =>
  dataSource({
    name,
    namespace,
    labels: { 'instancetype.kubevirt.io/default-preference': 'fedora' },
    annotations: { 'appliance.kubevirt.io/vm-spec': spec },
    ...extra,
  });

/** A plain DataSource: neither golden image nor appliance. */
export const plain = (name: string) => dataSource({ name, namespace: 'demo' });
