/**
 * A small OpenAPI v3 document in the shape the Kubernetes API server publishes for a group version
 * (`/openapi/v3/apis/kubevirt.io/v1`), written for these tests: a VirtualMachine whose spec is
 * inlined the way a CRD's is, metadata behind an `allOf` wrapped `$ref`, int-or-string and quantity
 * fields, an open (`x-kubernetes-preserve-unknown-fields`) object and a status.
 */
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const wrapped = (name: string) => ({ allOf: [ref(name)], default: {}, description: `A ${name}.` });
const intOrString = {
  anyOf: [{ type: 'integer' }, { type: 'string' }],
  'x-kubernetes-int-or-string': true,
};
const quantity = {
  ...intOrString,
  pattern:
    '^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$',
};

export const OPENAPI_DOC = {
  openapi: '3.0.0',
  info: { title: 'Kubernetes', version: 'v1.33.0' },
  paths: {},
  components: {
    schemas: {
      'io.kubevirt.v1.VirtualMachine': {
        description: 'A virtual machine.',
        type: 'object',
        required: ['spec'],
        'x-kubernetes-group-version-kind': [
          { group: 'kubevirt.io', kind: 'VirtualMachine', version: 'v1' },
        ],
        properties: {
          apiVersion: { type: 'string', description: 'The schema version.' },
          kind: { type: 'string' },
          metadata: wrapped('io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta'),
          spec: {
            type: 'object',
            required: ['template'],
            properties: {
              runStrategy: {
                type: 'string',
                enum: ['Always', 'Halted', 'Manual', 'RerunOnFailure'],
              },
              running: { type: 'boolean', nullable: true },
              template: {
                type: 'object',
                properties: {
                  metadata: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true },
                  spec: {
                    type: 'object',
                    required: ['domain'],
                    properties: {
                      domain: {
                        type: 'object',
                        required: ['devices'],
                        properties: {
                          cpu: {
                            type: 'object',
                            properties: { cores: { type: 'integer', format: 'int32' } },
                          },
                          memory: { type: 'object', properties: { guest: quantity } },
                          resources: {
                            type: 'object',
                            properties: {
                              requests: { type: 'object', additionalProperties: quantity },
                            },
                          },
                          devices: {
                            type: 'object',
                            properties: {
                              disks: {
                                type: 'array',
                                'x-kubernetes-list-type': 'map',
                                items: {
                                  type: 'object',
                                  required: ['name'],
                                  properties: {
                                    name: { type: 'string' },
                                    bootOrder: { type: 'integer' },
                                    disk: {
                                      type: 'object',
                                      properties: { bus: { type: 'string' } },
                                    },
                                  },
                                },
                              },
                            },
                          },
                        },
                      },
                      readinessProbe: {
                        type: 'object',
                        properties: {
                          tcpSocket: {
                            type: 'object',
                            required: ['port'],
                            properties: {
                              port: wrapped('io.k8s.apimachinery.pkg.util.intstr.IntOrString'),
                              host: { type: 'string' },
                            },
                          },
                        },
                      },
                      volumes: {
                        type: 'array',
                        items: {
                          type: 'object',
                          required: ['name'],
                          properties: {
                            name: { type: 'string' },
                            containerDisk: {
                              type: 'object',
                              properties: { image: { type: 'string' } },
                            },
                          },
                        },
                      },
                    },
                  },
                },
              },
              dataVolumeTemplates: {
                type: 'array',
                items: {
                  type: 'object',
                  'x-kubernetes-embedded-resource': true,
                  properties: {
                    spec: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true },
                  },
                },
              },
            },
          },
          status: {
            type: 'object',
            properties: {
              printableStatus: { type: 'string' },
              conditions: {
                type: 'array',
                items: { type: 'object', properties: { type: { type: 'string' } } },
              },
            },
          },
        },
      },
      'io.kubevirt.v1.VirtualMachineList': {
        type: 'object',
        properties: { items: { type: 'array', items: ref('io.kubevirt.v1.VirtualMachine') } },
      },
      'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta': {
        type: 'object',
        properties: {
          name: { type: 'string' },
          namespace: { type: 'string' },
          labels: { type: 'object', additionalProperties: { type: 'string', default: '' } },
          annotations: { type: 'object', additionalProperties: { type: 'string' } },
          creationTimestamp: wrapped('io.k8s.apimachinery.pkg.apis.meta.v1.Time'),
          ownerReferences: {
            type: 'array',
            items: wrapped('io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference'),
          },
        },
      },
      'io.k8s.apimachinery.pkg.apis.meta.v1.Time': { type: 'string', format: 'date-time' },
      'io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference': {
        type: 'object',
        required: ['apiVersion', 'kind', 'name', 'uid'],
        properties: {
          apiVersion: { type: 'string' },
          kind: { type: 'string' },
          name: { type: 'string' },
          uid: { type: 'string' },
          controller: { type: 'boolean' },
        },
      },
      'io.k8s.apimachinery.pkg.util.intstr.IntOrString': {
        type: 'string',
        format: 'int-or-string',
      },
      'io.k8s.apimachinery.pkg.apis.meta.v1.Status': { type: 'object' },
    },
  },
};

/** A VirtualMachine the document above accepts. */
export const CLUSTER_VALID_VM = {
  apiVersion: 'kubevirt.io/v1',
  kind: 'VirtualMachine',
  metadata: { name: 'vm1', namespace: 'demo', labels: { app: 'x' }, creationTimestamp: null },
  spec: {
    runStrategy: 'Always',
    dataVolumeTemplates: [
      {
        apiVersion: 'cdi.kubevirt.io/v1beta1',
        kind: 'DataVolume',
        metadata: { name: 'd' },
        spec: { x: 1 },
      },
    ],
    template: {
      metadata: { labels: { a: 'b' }, anything: { goes: true } },
      spec: {
        domain: {
          cpu: { cores: 2 },
          memory: { guest: '2Gi' },
          resources: { requests: { memory: '1Gi', cpu: 1 } },
          devices: { disks: [{ name: 'root', disk: { bus: 'virtio' } }] },
        },
        readinessProbe: { tcpSocket: { port: 22 } },
        volumes: [{ name: 'root', containerDisk: { image: 'quay.io/x/y' } }],
      },
    },
  },
  status: {
    printableStatus: 'Running',
    somethingNew: 1,
    conditions: [{ type: 'Ready', extra: 1 }],
  },
};
