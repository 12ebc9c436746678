import { load } from 'js-yaml';

/** The origin design's appliance boilerplate (seeds/appliance-in-kubevirt.md), drafts and all. */
export const SEED_BOILERPLATE = `
apiVersion: kubevirt.io/v1
kind: VirtualMachine
spec:
  dataVolumeTemplates:
    - metadata:
        creationTimestamp: null
        name: diplomatic-tortoise-volume
      spec:
        sourceRef:
          kind: DataSource
          name: fedora
          namespace: openshift-virtualization-os-images
        storage:
          resources:
            requests:
              storage: '34087042032'
  instancetype:
    kind: virtualmachineclusterinstancetype
    name: n1.xlarge
  preference:
    kind: virtualmachineclusterpreference
    name: fedora
  runStrategy: Running
  template:
    spec:
      domain:
        devices:
          disks:
            - disk:
                bus: virtio
              name: diplomatic-tortoise-disk
            - disk:
                bus: virtio
              name: cloudinitdisk
        resources: {}
      volumes:
        - dataVolume:
            name: diplomatic-tortoise-volume
          name: diplomatic-tortoise-disk
        - cloudInitNoCloud:
            userData: |-
              #cloud-config
              user: cloud-user
              password: 7lx3-sx9f-5pm9
              chpasswd: { expire: False }
          name: cloudinitdisk
      filesystems:
        - persistenVolumeClaim:
            claimName: shared-static-data
`;

/**
 * The seed after the relocation of §3.9 only: the filesystem sits under
 * domain.devices with a volume of its name, the misspelling is kept.
 */
export const SEED_RELOCATED = `
apiVersion: kubevirt.io/v1
kind: VirtualMachine
metadata:
  name: static-data
spec:
  runStrategy: Always
  template:
    metadata:
      creationTimestamp: null
    spec:
      domain:
        devices:
          disks:
            - disk:
                bus: virtio
              name: rootdisk
          filesystems:
            - name: shared-static-data
              virtiofs: {}
        resources: {}
      volumes:
        - dataVolume:
            name: static-data-rootdisk
          name: rootdisk
        - name: shared-static-data
          persistenVolumeClaim:
            claimName: shared-static-data
`;

/** A small valid VM to break one field at a time. */
export const MINIMAL_VM = `
apiVersion: kubevirt.io/v1
kind: VirtualMachine
metadata:
  name: small
  creationTimestamp: null
spec:
  runStrategy: Halted
  template:
    metadata:
      creationTimestamp: null
    spec:
      domain:
        cpu:
          cores: 2
        memory:
          guest: 2Gi
        resources:
          requests:
            cpu: 500m
            memory: 2Gi
          limits:
            cpu: 2
        devices:
          disks:
            - name: rootdisk
              disk:
                bus: virtio
      volumes:
        - name: rootdisk
          containerDisk:
            image: quay.io/containerdisks/fedora:latest
`;

export const parse = (yaml: string): Record<string, unknown> =>
  load(yaml) as Record<string, unknown>;
