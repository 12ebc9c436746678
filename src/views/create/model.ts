import { classifyDataSource } from '../../appliance/classify';
import {
  ANNOTATION_VM_SPEC,
  NAMESPACED_INSTANCETYPE,
  NAMESPACED_PREFERENCE,
} from '../../appliance/constants';
import { findKnown, type RefField } from '../../appliance/instancetype';
import { parseKindName, refSyntax } from '../../appliance/kind-name';
import { applyNetworkMapping, type NetworkChoice } from '../../appliance/preflight';
import { batchNames, checkBatch, defaultNamePattern } from '../../appliance/batch';
import { finding, hasErrors, msg, type Finding } from '../../findings';
import { instantiate } from '../../appliance/instantiate';
import { dnsLabelProblem } from '../../appliance/names';
import { isSshPublicKey } from '../../appliance/credentials';
import { createSeededRandom } from '../../appliance/random';
import type {
  Classification,
  InstantiateChoices,
  KindName,
  KubeObject,
  KnownClusterObjects,
} from '../../appliance/types';
import { validateVirtualMachineManifest } from '../../appliance/validate-manifest';
import { dumpDocuments, parseDocuments } from '../../components/yaml-editor/documents-api';
import { orderForCreate } from '../../k8s/apply/plan';

/** How the VM gets a credential (semantics §4). */
export type CredentialMode = 'ssh' | 'password' | 'keep';

/** What the user chose in the Details and Credentials steps. */
export interface WizardChoices {
  namespace: string;
  name: string;
  /**
   * `[KIND/]NAME` as the command line takes it: a cluster instancetype's name, or
   * `VirtualMachineInstancetype/NAME` for one of the VM's namespace; empty: the source's default.
   */
  instancetype: string;
  /** `[KIND/]NAME` of a preference, as for the instancetype; empty: the source's default. */
  preference: string;
  start: boolean;
  credential: CredentialMode;
  sshKey: string;
  /** Values of the appliance's parameters by name, as the form holds them (semantics §9). */
  parameters: Record<string, string | boolean>;
  /**
   * Network mapping by boilerplate network name (semantics §10.3): `pod`, a NAD
   * `namespace/name`, or absent/empty for the network as the boilerplate writes it.
   */
  networks: Record<string, string>;
  /** How many VMs to make (semantics §11); 1 is one VM named `name`. */
  count: number;
  /** Names of a batch, `{n}` from 1; empty: `<name>-{n}`. */
  namePattern: string;
}

/** The names of the VMs the choices make: `name`, or the batch's names from the pattern. */
export const vmNames = (c: Pick<WizardChoices, 'name' | 'count' | 'namePattern'>): string[] =>
  c.count > 1 ? batchNames(c.namePattern || defaultNamePattern(c.name), c.count) : [c.name];

/** What is wrong with the batch fields; none for a single VM. */
export const batchProblems = (c: Pick<WizardChoices, 'name' | 'count' | 'namePattern'>) =>
  c.count === 1 ? [] : checkBatch(c.namePattern || defaultNamePattern(c.name), c.count);

/** One VM of a batch besides the first, as generated (the first is the editable review text). */
export interface BatchMember {
  name: string;
  objects: KubeObject[];
  text: string;
  password?: string;
}

/** The wizard's mapping choices as the core takes them; empty entries keep the network. */
export const networkChoices = (networks: Readonly<Record<string, string>>) =>
  Object.fromEntries(
    Object.entries(networks)
      .filter(([, v]) => v !== '')
      .map(([k, v]): [string, NetworkChoice] =>
        v === 'pod' ? [k, { type: 'pod' }] : [k, { type: 'multus', networkName: v }],
      ),
  );

/** A problem with one field of a step, as an i18n key with params. */
export interface FieldProblem {
  message: string;
  params?: Record<string, string | number>;
}

/** A VirtualMachine name: the core's DNS-1123 label rule, worded for the wizard's field. */
export const nameProblem = (name: string): FieldProblem | undefined => {
  switch (dnsLabelProblem(name)) {
    case 'empty':
      return { message: msg('Enter a name.') };
    case 'too-long':
      return {
        message: msg('The name has {{length}} characters; at most 63 are allowed.'),
        params: { length: name.length },
      };
    case 'invalid':
      return {
        message: msg(
          'Use lowercase letters, digits and "-" only, starting and ending with a letter or digit.',
        ),
      };
    default:
      return undefined;
  }
};

/** An OpenSSH public key line (not a private key, not two keys). */
export const sshKeyProblem = (key: string): FieldProblem | undefined => {
  const k = key.trim();
  if (!k) return { message: msg('Paste a public key or read it from a file.') };
  if (/PRIVATE KEY/.test(k))
    return {
      message: msg('This is a private key. Never share it; use the matching .pub file instead.'),
    };
  if (k.includes('\n')) return { message: msg('Enter one key on one line.') };
  if (!isSshPublicKey(k))
    return {
      message: msg(
        'Not an OpenSSH public key: expected e.g. "ssh-ed25519 AAAA... user@host" (ssh-rsa, ssh-ed25519, ecdsa-sha2-nistp256/384/521).',
      ),
    };
  return undefined;
};

const WORDS = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** `<source>-<5 random chars>`, a DNS label of at most 63 characters. */
export const defaultVmName = (sourceName: string, random: () => number): string => {
  let suffix = '';
  for (let i = 0; i < 5; i += 1)
    suffix += WORDS[Math.floor(random() * WORDS.length) % WORDS.length];
  const head = sourceName
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, 63 - suffix.length - 1)
    .replace(/-+$/, '');
  return head ? `${head}-${suffix}` : `vm-${suffix}`;
};

/** A choice's value for a reference: the name for cluster kinds, `KIND/NAME` for namespaced. */
export const refValue = (ref: KindName): string =>
  ref.kind === NAMESPACED_INSTANCETYPE || ref.kind === NAMESPACED_PREFERENCE
    ? `${ref.kind}/${ref.name}`
    : ref.name;

/** The reference a choice's value stands for (see refValue); undefined for an empty value. */
export const refFromValue = (field: RefField, value: string): KindName | undefined => {
  if (!value) return undefined;
  const parsed = parseKindName(value, refSyntax(field));
  return parsed.ok ? { kind: parsed.ref.kind, name: parsed.ref.name } : undefined;
};

/**
 * The instancetype the Details step starts with: boilerplate, then label (semantics §3.6), when
 * the VM's namespace can use it (`known` holds the cluster's and the namespace's, with kinds).
 */
export const defaultInstancetype = (
  c: Classification,
  known: readonly KubeObject[],
  namespace: string,
): string => {
  for (const ref of [c.boilerplateInstancetype, c.defaultInstancetype])
    if (ref && findKnown(known, 'instancetype', ref, namespace)) return refValue(ref);
  return '';
};

/** True when the appliance's boilerplate holds a password of its own (semantics §3.8). */
export const boilerplateHasPassword = (dataSource: KubeObject): boolean => {
  if (classifyDataSource(dataSource).kind !== 'appliance') return false;
  const probe = instantiate({
    dataSource,
    namespace: 'probe',
    name: 'probe',
    random: createSeededRandom(0),
  });
  return probe.findings.some((f) => f.code === 'BoilerplatePasswordReplaced');
};

export const choicesForCore = (c: WizardChoices): InstantiateChoices => ({
  ...(c.instancetype ? { instancetype: refFromValue('instancetype', c.instancetype) } : {}),
  ...(c.preference ? { preference: refFromValue('preference', c.preference) } : {}),
  start: c.start,
  ...(c.credential === 'ssh' ? { sshPublicKey: c.sshKey.trim(), generatePassword: false } : {}),
  ...(c.credential === 'password' ? { generatePassword: true } : {}),
  ...(c.credential === 'keep' ? { keepBoilerplatePassword: true, generatePassword: false } : {}),
  ...(Object.keys(c.parameters).length ? { parameters: c.parameters } : {}),
});

export interface ReviewBase {
  /** Multi-document YAML: Secrets, then the VirtualMachine. */
  text: string;
  /** Left side of the diff: the boilerplate as written, or the generated YAML. */
  baseText: string;
  /** The completion's repairs and notes (about the generated objects, not the user's edits). */
  completionFindings: Finding[];
  /** A generated password, to show once. */
  password?: string;
}

/** The objects to create from the source and the choices (semantics §2-§4), as YAML. */
export const buildReview = (input: {
  dataSource: KubeObject;
  companions?: KubeObject[];
  choices: WizardChoices;
  known: KnownClusterObjects;
  seed: number;
}): ReviewBase => {
  const result = instantiate({
    dataSource: input.dataSource,
    companions: input.companions,
    namespace: input.choices.namespace,
    name: vmNames(input.choices)[0],
    choices: choicesForCore(input.choices),
    known: input.known,
    random: createSeededRandom(input.seed),
  });
  applyNetworkMapping(result.vm, networkChoices(input.choices.networks));
  const text = dumpDocuments(result.objects.length ? result.objects : [result.vm]);
  const boilerplate = input.dataSource.metadata?.annotations?.[ANNOTATION_VM_SPEC];
  return {
    text,
    baseText: boilerplate ?? text,
    completionFindings: result.findings,
    password: result.password,
  };
};

export interface ReviewState {
  objects: KubeObject[];
  /** Index of the VirtualMachine document in the text (-1: none). */
  vmIndex: number;
  findings: Finding[];
}

/**
 * Re-reads the edited YAML and checks it as KubeVirt would (semantics §5: repairs nothing), plus
 * what the wizard needs: one VirtualMachine, Secrets only, everything in the chosen namespace.
 */
export const reviewText = (
  text: string,
  namespace: string,
  known: KnownClusterObjects,
): ReviewState => {
  const parsed = parseDocuments(text);
  if (hasErrors(parsed.findings)) return { objects: [], vmIndex: -1, findings: parsed.findings };
  const objects = parsed.objects.filter((o): o is KubeObject => o !== undefined);
  const vmIndex = parsed.objects.findIndex((o) => o?.kind === 'VirtualMachine');
  const findings = [...parsed.findings, ...orderForCreate(objects).findings];
  parsed.objects.forEach((o, document) => {
    if (!o || o.metadata?.namespace === namespace) return;
    const isVm = document === vmIndex;
    findings.push(
      finding(
        'error',
        'NamespaceMismatch',
        '/metadata/namespace',
        msg('{{kind}} {{name}} is not in the chosen namespace {{namespace}}.'),
        { kind: o.kind ?? '', name: o.metadata?.name ?? '', namespace, document },
        {
          ...(isVm ? {} : { subject: 'document' as const }),
          fix: {
            title: msg('Move it to {{namespace}}'),
            params: { namespace },
            patch: [{ op: 'add', path: '/metadata/namespace', value: namespace }],
          },
        },
      ),
    );
  });
  if (vmIndex >= 0)
    findings.push(...validateVirtualMachineManifest(parsed.objects[vmIndex], { known }));
  return { objects, vmIndex, findings };
};

/**
 * The other VMs of a batch (semantics §11): each completed on its own, with its own name, disks,
 * Secrets and generated password (a seed of its own), the same choices and network mapping.
 */
export const buildBatchMembers = (input: {
  dataSource: KubeObject;
  companions?: KubeObject[];
  choices: WizardChoices;
  known: KnownClusterObjects;
  seed: number;
}): BatchMember[] =>
  vmNames(input.choices)
    .slice(1)
    .map((name, i) => {
      const result = instantiate({
        dataSource: input.dataSource,
        companions: input.companions,
        namespace: input.choices.namespace,
        name,
        choices: choicesForCore(input.choices),
        known: input.known,
        random: createSeededRandom(input.seed + i + 1),
      });
      applyNetworkMapping(result.vm, networkChoices(input.choices.networks));
      const objects = result.objects.length ? result.objects : [result.vm];
      return { name, objects, text: dumpDocuments(objects), password: result.password };
    });
