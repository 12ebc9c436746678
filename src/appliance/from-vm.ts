import { dump } from 'js-yaml';
import {
  ANNOTATION_SOURCE,
  ANNOTATION_SOURCE_UID,
  ANNOTATION_VM_SPEC,
  DATASOURCE_API_VERSION,
  MAX_BOILERPLATE_BYTES,
  VM_API_VERSION,
  VM_KIND,
} from './constants';
import { finding, msg, type Finding } from '../findings';
import {
  asObject,
  asString,
  cloneJson,
  display,
  fitsWithin,
  getIn,
  isObject,
  utf8Length,
  type JsonObject,
} from './json';
import { cleanServerFields, identityKept, stripIdentity } from './clean';
import { defaultLabelsFor } from './classify';
import { isDnsSubdomain } from './names';
import { parseKindName, type KindNameSyntax } from './kind-name';
import { checkNamespace } from './target';
import { dataVolumeTemplateNameFindings } from './names-check';
import { checkCredentials } from './credentials-check';
import { checkVmSecrets, repointTemplates } from './from-vm-disks';
import { boilerplateRuleFindings } from './vm-rules';
import type { KubeObject } from './types';

/** What a new appliance boots from (semantics §1: the three kinds of `spec.source`). */
export type BootSourceKind = 'DataSource' | 'PersistentVolumeClaim' | 'VolumeSnapshot';

export interface BootSource {
  kind: BootSourceKind;
  name: string;
  /** Defaults to the appliance's namespace. A DataSource source must be in that namespace. */
  namespace?: string;
}

export interface FromVmInput {
  vm: unknown;
  /** The new DataSource's name and namespace. */
  name: string;
  namespace: string;
  bootSource: BootSource;
  /** Disaster recovery: keep firmware uuid/serial, MACs and disk serials (semantics §1). */
  keepIdentity?: boolean;
}

export interface FromVmResult {
  /** The new appliance DataSource; absent when an input error makes it meaningless. */
  dataSource?: KubeObject;
  boilerplate: JsonObject;
  /** The annotation text (what the editor shows). */
  boilerplateText: string;
  findings: Finding[];
}

const BOOT_KINDS = new Map<string, BootSourceKind>([
  ['datasource', 'DataSource'],
  ['pvc', 'PersistentVolumeClaim'],
  ['persistentvolumeclaim', 'PersistentVolumeClaim'],
  ['snapshot', 'VolumeSnapshot'],
  ['volumesnapshot', 'VolumeSnapshot'],
]);

/**
 * `KIND/NAME` or `KIND/NAMESPACE/NAME` (the CLI's `--boot-source`); KIND is DataSource,
 * PVC/PersistentVolumeClaim or VolumeSnapshot/snapshot, any case.
 */
export const BOOT_SOURCE_SYNTAX: KindNameSyntax<BootSourceKind> = {
  kind: (written) => (written === undefined ? undefined : BOOT_KINDS.get(written.toLowerCase())),
  kinds: 'DataSource, PVC or VolumeSnapshot',
  namespaced: true,
};

/** See BOOT_SOURCE_SYNTAX; undefined when malformed. */
export const parseBootSource = (text: string): BootSource | undefined => {
  const parsed = parseKindName(text, BOOT_SOURCE_SYNTAX);
  return parsed.ok ? parsed.ref : undefined;
};

/** `spec.source` of a DataSource for a boot source (semantics §1). */
export const dataSourceSource = (boot: BootSource, applianceNamespace: string): JsonObject => {
  const namespace = boot.namespace || applianceNamespace;
  if (boot.kind === 'DataSource') return { dataSource: { name: boot.name } };
  if (boot.kind === 'VolumeSnapshot') return { snapshot: { name: boot.name, namespace } };
  return { pvc: { name: boot.name, namespace } };
};

// Annotations the cluster or a tool wrote about this one VM; they mean nothing in a boilerplate.
const VM_ONLY_ANNOTATIONS = [
  'kubevirt.io/latest-observed-api-version',
  'kubevirt.io/storage-observed-api-version',
  'kubectl.kubernetes.io/last-applied-configuration',
  ANNOTATION_SOURCE,
  ANNOTATION_SOURCE_UID,
];

const checkInput = (input: FromVmInput): Finding[] => {
  const out: Finding[] = [];
  const s = { subject: 'datasource' as const };
  if (!input.name || !isDnsSubdomain(input.name))
    out.push(
      finding(
        'error',
        'ApplianceNameInvalid',
        '/metadata/name',
        msg(
          'The appliance name {{name}} is not valid: use lowercase letters, digits, "-" and ".", starting and ending with a letter or digit.',
        ),
        { name: input.name ?? '' },
        s,
      ),
    );
  out.push(...checkNamespace(input.namespace, s.subject));
  const boot = input.bootSource;
  if (!boot || !boot.name || !isDnsSubdomain(boot.name))
    out.push(
      finding(
        'error',
        'BootSourceInvalid',
        '/spec/source',
        msg(
          'Choose a boot source: a DataSource, PVC or VolumeSnapshot with a valid name (got {{name}}).',
        ),
        { name: boot?.name ?? '' },
        s,
      ),
    );
  else if (boot.kind === 'DataSource' && boot.namespace && boot.namespace !== input.namespace)
    out.push(
      finding(
        'error',
        'BootSourceCrossNamespace',
        '/spec/source/dataSource',
        msg(
          'A DataSource can only point at a DataSource of its own namespace ({{namespace}}); choose the PVC or snapshot behind {{name}} instead.',
        ),
        { namespace: input.namespace, name: `${boot.namespace}/${boot.name}` },
        s,
      ),
    );
  return out;
};

const dropVmOnlyMetadata = (vm: JsonObject): void => {
  const meta = asObject(vm.metadata);
  if (!meta) return;
  delete meta.name;
  delete meta.namespace;
  delete meta.generateName;
  const annotations = asObject(meta.annotations);
  if (annotations) {
    for (const key of VM_ONLY_ANNOTATIONS) delete annotations[key];
    if (Object.keys(annotations).length === 0) delete meta.annotations;
  }
  if (isObject(meta.labels) && Object.keys(meta.labels).length === 0) delete meta.labels;
  if (Object.keys(meta).length === 0) delete vm.metadata;
};

/** Same YAML style everywhere the project writes manifests: block style, no aliases, no wrapping. */
export const toYaml = (value: unknown): string =>
  dump(value, { noRefs: true, lineWidth: -1, sortKeys: false });

/**
 * Turns a VirtualMachine into a new appliance DataSource ("Save as appliance", semantics §1, §3.2):
 * server fields and status dropped, identity stripped unless kept for disaster recovery, the boot
 * disk's data volume template pointed at the new appliance, instancetype and preference offered
 * as the DataSource's default labels. Pure; never throws.
 */
export const applianceFromVirtualMachine = (input: FromVmInput): FromVmResult => {
  const findings: Finding[] = [];
  if (!isObject(input.vm) || (input.vm.kind !== undefined && input.vm.kind !== VM_KIND)) {
    findings.push(
      finding(
        'error',
        'NotAVirtualMachine',
        '/kind',
        msg('Save as appliance needs a VirtualMachine; this is {{kind}}.'),
        { kind: isObject(input.vm) ? display(input.vm.kind) : typeof input.vm },
      ),
    );
    return { boilerplate: {}, boilerplateText: '', findings };
  }
  findings.push(...checkInput(input));
  findings.push(...dataVolumeTemplateNameFindings(input.vm));
  const vm = cloneJson(input.vm);
  const vmName = asString(getIn(vm, 'metadata', 'name')) ?? '';
  // kubevirt.io/v1alpha3 is the same type under a deprecated name; an appliance uses the served one.
  if (vm.apiVersion === undefined || vm.apiVersion === 'kubevirt.io/v1alpha3')
    vm.apiVersion = VM_API_VERSION;
  vm.kind = VM_KIND;
  findings.push(...cleanServerFields(vm));
  dropVmOnlyMetadata(vm);
  const boot = input.bootSource;
  if (input.keepIdentity) {
    findings.push(
      ...identityKept(
        vm,
        msg(
          'The appliance keeps this VM identity (UUID, serials, MAC addresses) for disaster recovery: never run its VMs next to the original.',
        ),
        'boilerplate',
      ),
    );
  } else {
    findings.push(...stripIdentity(vm));
    const firmware = asObject(getIn(vm, 'spec', 'template', 'spec', 'domain', 'firmware'));
    const domain = asObject(getIn(vm, 'spec', 'template', 'spec', 'domain'));
    if (domain && firmware && Object.keys(firmware).length === 0) delete domain.firmware;
    if (boot?.kind === 'VolumeSnapshot')
      findings.push(
        finding(
          'info',
          'SnapshotSourceIdentity',
          '/spec/source/snapshot',
          msg(
            'The boot source is a VolumeSnapshot, so the appliance counts as identity-bearing (disaster recovery) although its boilerplate has no identity fields.',
          ),
          undefined,
          { subject: 'datasource' },
        ),
      );
  }
  findings.push(...repointTemplates(vm, vmName, input.name));
  findings.push(...checkVmSecrets(vm));
  findings.push(...boilerplateRuleFindings(vm));
  // An inline password in the VM would be shared by every VM made from the appliance.
  findings.push(...checkCredentials(vm).map((f) => ({ ...f, subject: 'boilerplate' as const })));
  // Kubernetes refuses annotations over 256 KiB together: never hand out one it would refuse,
  // and never write out a huge text just to find that out.
  const boilerplateText = fitsWithin(vm, 2 * MAX_BOILERPLATE_BYTES) ? toYaml(vm) : undefined;
  if (boilerplateText === undefined || utf8Length(boilerplateText) > MAX_BOILERPLATE_BYTES) {
    findings.push(
      finding(
        'error',
        'BoilerplateTooLarge',
        '',
        msg(
          'The boilerplate would be larger than {{limit}} bytes, the most annotations may hold together. Remove what the appliance does not need (e.g. large inline cloud-init data).',
        ),
        { limit: MAX_BOILERPLATE_BYTES },
        { subject: 'boilerplate' },
      ),
    );
    return { boilerplate: vm, boilerplateText: '', findings };
  }
  const labels = defaultLabelsFor(vm);
  const metadata: NonNullable<KubeObject['metadata']> = {
    name: input.name,
    namespace: input.namespace,
  };
  if (Object.keys(labels).length) metadata.labels = labels;
  metadata.annotations = { [ANNOTATION_VM_SPEC]: boilerplateText };
  const dataSource: KubeObject = {
    apiVersion: DATASOURCE_API_VERSION,
    kind: 'DataSource',
    metadata,
    spec: { source: boot ? dataSourceSource(boot, input.namespace) : {} },
  };
  return { dataSource, boilerplate: vm, boilerplateText, findings };
};
