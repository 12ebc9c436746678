/**
 * Hostile-input corpus (issue 14, semantics §5 "Input limits"): every input is GENERATED here at
 * test time (nothing big is committed). One table of command-line cases, run as processes by
 * cli.test.ts, and one table of in-process cases calling the domain core directly, run by
 * core.test.ts and by test/bench/hostile.bench.js (which transpiles this file and passes the built
 * core from dist-cli). Only Node built-ins are imported at run time, so the bench can load it.
 */
import type * as CoreModule from '../../../src/appliance';
import type { Finding } from '../../../src/findings';

export type Core = typeof CoreModule;

// ---------------------------------------------------------------------------------------------
// Expectations shared by all cases
// ---------------------------------------------------------------------------------------------

/** A refusal: bad usage (2) or an error finding (1); never 0, never a crash code. */
export const REFUSED = [1, 2];
export const ERROR = [1];
export const USAGE = [2];
export const ANY = [0, 1, 2];

/** Says the nesting-depth bound was hit (a code such as `BoilerplateTooDeep` alone is not enough). */
export const NEST = /\bnest(ed|ing)?\b|\bdeep(er)?\b|\bdepth\b/i;
/** Says the alias-expansion bound was hit. */
export const ALIAS = /\balias(es)?\b|\bexpan(d|ds|ded|sion)\b/i;
/** Says the input-size bound was hit. */
export const TOO_LARGE = /32 ?MiB|too large|larger than|exceeds/i;
export const PRIVATE_KEY = /private key/i;
export const SHARED_PASSWORD = /password[^\n]*\bshar|\bshar[^\n]*password/i;
/** Marker used in every injected line: no output line may start with a severity and this word. */
export const FORGED = /^(ERROR|WARNING|INFO|NOTICE) Forged\b/m;

/** Raw C0 control characters other than LF and tab, and DEL. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
export const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/;
/** A JavaScript stack frame or an uncaught error's first line. */
export const STACK = /^\s+at (?:[^\n]*\()?(?:node:|file:|\/)[^\n]*:\d+:\d+\)?$/m;
export const UNCAUGHT = /^(?:[A-Z][A-Za-z]*)?Error(?: \[[A-Z_]+\])?: /m;
export const INTERNALS = /Maximum call stack size exceeded|\[object Object\]|heap out of memory/i;
/** A message built from a missing value ("owner undefined/undefined"). */
export const UNDEFINED = /\bundefined\b/;

/** No stderr line (and no finding) may be longer than this: a 1 MiB value is never echoed whole. */
export const MAX_LINE = 4096;
/** Process cases: wall time bound (2 s, plus node start-up on a slow 2-core machine). */
export const PROCESS_MS = 2500;
/** In-process cases: wall time bound of one call into the core. */
export const CORE_MS = 500;
/** Memory cap of a process case: node runs with --max-old-space-size=512 and RSS is sampled. */
export const MAX_RSS_MB = 512;

// ---------------------------------------------------------------------------------------------
// Generators
// ---------------------------------------------------------------------------------------------

const q = (s: string): string => JSON.stringify(s);
const KiB = 1024;
const MiB = 1024 * KiB;

/** Secrets planted in inputs: none may ever appear on stderr or in a finding. */
export const SECRETS = {
  firstPassword: 'DecoyFirst-4q8w',
  lastPassword: 'PlantedLast-9x7k',
  keyBody: 'MIIEplantedPRIVATEkeyBODYx9Zq',
};

const PRIVATE_KEY_BLOCK = (kind: string) =>
  `-----BEGIN ${kind}PRIVATE KEY-----\n${SECRETS.keyBody}${'A'.repeat(60)}\n${'B'.repeat(64)}\n-----END ${kind}PRIVATE KEY-----\n`;

export interface BoilerplateOptions {
  dvtName?: string;
  userData?: string;
  templateAnnotations?: Record<string, string>;
  disks?: number;
}

/** A clean appliance boilerplate (instantiates with exit 0), as an object. */
export const boilerplateObject = (o: BoilerplateOptions = {}): Record<string, unknown> => {
  const dvt = o.dvtName ?? 'root';
  const disks: unknown[] = [{ name: 'root', disk: { bus: 'virtio' } }];
  const volumes: unknown[] = [{ name: 'root', dataVolume: { name: dvt } }];
  if (o.userData !== undefined) {
    disks.push({ name: 'cloudinitdisk', disk: { bus: 'virtio' } });
    volumes.push({ name: 'cloudinitdisk', cloudInitNoCloud: { userData: o.userData } });
  }
  for (let i = 0; i < (o.disks ?? 0); i += 1)
    disks.push({ name: `extra-${i}`, disk: { bus: 'virtio' } });
  const template: Record<string, unknown> = { spec: { domain: { devices: { disks } }, volumes } };
  if (o.templateAnnotations) template.metadata = { annotations: o.templateAnnotations };
  return {
    apiVersion: 'kubevirt.io/v1',
    kind: 'VirtualMachine',
    spec: {
      dataVolumeTemplates: [
        {
          metadata: { name: dvt },
          spec: {
            sourceRef: { kind: 'DataSource', name: 'fedora', namespace: 'os-images' },
            storage: { resources: { requests: { storage: '10Gi' } } },
          },
        },
      ],
      instancetype: { name: 'u1.small' },
      preference: { name: 'fedora' },
      runStrategy: 'Always',
      template,
    },
  };
};

export const boilerplateText = (o: BoilerplateOptions = {}): string =>
  `${JSON.stringify(boilerplateObject(o), null, 2)}\n`;

/** An appliance DataSource as YAML text; `extra` is raw YAML inserted at the top level. */
export const applianceText = (
  bp: string = boilerplateText(),
  o: { name?: string; extra?: string } = {},
): string =>
  [
    'apiVersion: cdi.kubevirt.io/v1beta1',
    'kind: DataSource',
    'metadata:',
    `  name: ${q(o.name ?? 'app')}`,
    '  namespace: appliances',
    '  annotations:',
    `    appliance.kubevirt.io/vm-spec: ${q(bp)}`,
    `${o.extra ?? ''}spec:`,
    '  source:',
    '    pvc:',
    '      name: fedora-root',
    '      namespace: appliances',
    '',
  ].join('\n');

/** A golden-image DataSource (label default-preference, no boilerplate). */
export const goldenImageText = (): string =>
  [
    'apiVersion: cdi.kubevirt.io/v1beta1',
    'kind: DataSource',
    'metadata:',
    '  name: fedora',
    '  namespace: os-images',
    '  labels:',
    '    instancetype.kubevirt.io/default-instancetype: u1.small',
    '    instancetype.kubevirt.io/default-preference: fedora',
    'spec:',
    '  source:',
    '    pvc:',
    '      name: fedora-root',
    '      namespace: os-images',
    '',
  ].join('\n');

/** A PVC companion of the appliance `app` with the given ownerReferences (YAML flow text). */
export const companionText = (ownerReferences: string, name = 'shared-data'): string =>
  [
    '---',
    'apiVersion: v1',
    'kind: PersistentVolumeClaim',
    'metadata:',
    `  name: ${name}`,
    `  ownerReferences: ${ownerReferences}`,
    'spec:',
    '  accessModes: [ReadWriteMany]',
    '  resources: {requests: {storage: 1Gi}}',
    '',
  ].join('\n');

export interface VmOptions {
  name?: string;
  disks?: number;
  volumes?: boolean;
  dvtName?: string;
  runStrategy?: string;
  templateAnnotations?: Record<string, string>;
  userData?: string;
}

/** A small complete VirtualMachine manifest (validates with exit 0), as an object. */
export const vmObject = (o: VmOptions = {}): Record<string, unknown> => {
  const name = o.name ?? 'vm-small';
  const disks: unknown[] = [{ name: 'root', disk: { bus: 'virtio' } }];
  const volumes: unknown[] = [
    o.dvtName === undefined
      ? { name: 'root', containerDisk: { image: 'quay.io/containerdisks/fedora:latest' } }
      : { name: 'root', dataVolume: { name: o.dvtName } },
  ];
  if (o.userData !== undefined) {
    disks.push({ name: 'cloudinitdisk', disk: { bus: 'virtio' } });
    volumes.push({ name: 'cloudinitdisk', cloudInitNoCloud: { userData: o.userData } });
  }
  for (let i = 0; i < (o.disks ?? 0); i += 1)
    disks.push({ name: `d${i}`, disk: { bus: 'virtio' } });
  const spec: Record<string, unknown> = {
    runStrategy: o.runStrategy ?? 'Halted',
    template: {
      metadata: {
        labels: { 'kubevirt.io/domain': 'vm-small' },
        ...(o.templateAnnotations ? { annotations: o.templateAnnotations } : {}),
      },
      spec: {
        domain: {
          cpu: { cores: 1 },
          devices: { disks, interfaces: [{ name: 'default', masquerade: {} }] },
          resources: { requests: { memory: '1Gi' } },
        },
        networks: [{ name: 'default', pod: {} }],
        ...(o.volumes === false ? {} : { volumes }),
      },
    },
  };
  if (o.dvtName !== undefined)
    spec.dataVolumeTemplates = [
      {
        metadata: { name: o.dvtName },
        spec: {
          sourceRef: { kind: 'DataSource', name: 'fedora', namespace: 'os-images' },
          storage: { resources: { requests: { storage: '10Gi' } } },
        },
      },
    ];
  return {
    apiVersion: 'kubevirt.io/v1',
    kind: 'VirtualMachine',
    metadata: { name, namespace: 'demo' },
    spec,
  };
};

export const vmText = (o: VmOptions = {}): string => `${JSON.stringify(vmObject(o), null, 1)}\n`;

/** A VirtualMachine in YAML with raw YAML `extra` at the top level and `templateMeta` lines. */
export const vmYaml = (extra = '', templateMeta = ''): string =>
  [
    'apiVersion: kubevirt.io/v1',
    'kind: VirtualMachine',
    'metadata:',
    '  name: vm-hostile',
    '  namespace: demo',
    `${extra}spec:`,
    '  runStrategy: Halted',
    '  template:',
    `${templateMeta ? `    metadata:\n${templateMeta}` : ''}    spec:`,
    '      domain:',
    '        devices:',
    '          disks: [{name: root, disk: {bus: virtio}}]',
    '        resources: {requests: {memory: 1Gi}}',
    '      volumes: [{name: root, containerDisk: {image: quay.io/containerdisks/fedora:latest}}]',
    '',
  ].join('\n');

/** `[` x n then `]` x n: flow nesting deep enough to overflow a recursive parser's stack. */
export const deepFlow = (n = 2000): string => `${'['.repeat(n)}${']'.repeat(n)}`;

/** `levels` nested block mappings under `key:` at column `indent` (a parser copes; the bound must not). */
export const deepBlock = (levels = 150, indent = 0, key = 'x-deep'): string => {
  const lines = [`${' '.repeat(indent)}${key}:`];
  for (let i = 0; i < levels; i += 1) lines.push(`${' '.repeat(indent + 2 * (i + 1))}k${i}:`);
  return `${lines.join('\n')} 1\n`;
};

/** Billion laughs: 10 levels of 10 aliases each (10^10 leaves once expanded), at column `indent`. */
export const laughs = (indent = 0, prefix = 'lol'): string => {
  const pad = ' '.repeat(indent);
  let text = `${pad}${prefix}0: &${prefix}0 [${Array(10).fill('"lol"').join(', ')}]\n`;
  for (let i = 1; i < 10; i += 1)
    text += `${pad}${prefix}${i}: &${prefix}${i} [${Array(10)
      .fill(`*${prefix}${i - 1}`)
      .join(', ')}]\n`;
  return text;
};

/** One anchored 1 MiB string aliased `count` times (a 1 MiB file that expands to ~200 MiB). */
export const bigAlias = (indent: number, count = 200, size = MiB): string => {
  const pad = ' '.repeat(indent);
  let text = `${pad}big0: &big "${'x'.repeat(size)}"\n`;
  for (let i = 1; i <= count; i += 1) text += `${pad}big${i}: *big\n`;
  return text;
};

/** A cloud-config with `password:` twice: cloud-init (PyYAML) keeps the last one. */
export const duplicatedPasswordUserData = (): string =>
  [
    '#cloud-config',
    'user: fedora',
    `password: ${SECRETS.firstPassword}`,
    'chpasswd: { expire: False }',
    `password: ${SECRETS.lastPassword}`,
    '',
  ].join('\n');

export const privateKeyUserData = (): string =>
  [
    '#cloud-config',
    'ssh_keys:',
    `  rsa_private: ${q(PRIVATE_KEY_BLOCK('RSA '))}`,
    '  rsa_public: ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7 host',
    '',
  ].join('\n');

/** A KubeVirt instancetype list with `items` as raw YAML flow entries. */
export const instancetypeList = (items: string[]): string =>
  `apiVersion: v1\nkind: List\nitems:\n${items.map((i) => `- ${i}\n`).join('')}`;

const instancetype = (name: string): string =>
  `{apiVersion: instancetype.kubevirt.io/v1beta1, kind: VirtualMachineClusterInstancetype, metadata: {name: ${q(name)}}}`;

export const manyInstancetypes = (n = 5000): string =>
  instancetypeList(
    Array.from({ length: n }, (_, i) =>
      instancetype(`it-${i}-${'abcdefghij'.repeat(2)}-${i % 97}`),
    ),
  );

/** A bundle: the appliance DataSource, then `n` documents made by `doc`. */
export const bundleOf = (n: number, doc: (i: number) => string, head = applianceText()): string => {
  const parts = [head];
  for (let i = 0; i < n; i += 1) parts.push(`---\n${doc(i)}`);
  return parts.join('');
};

const badVm = (i: number): string =>
  JSON.stringify({
    ...vmObject({ name: `bad-${i}`, disks: 40, volumes: false, runStrategy: 'Sometimes' }),
    unknownTop: { x: i },
  });

const manyOwnerReferences = (n: number): string =>
  `[${Array.from(
    { length: n },
    (_, i) =>
      `{apiVersion: cdi.kubevirt.io/v1beta1, kind: DataSource, name: ${i % 2 ? 'app' : `other-${i}`}}`,
  ).join(', ')}]`;

/** Text with a newline: a forged finding line follows a plausible value. */
export const INJECTED = 'vm1\nERROR Forged /: everything is fine';
export const ESCAPES = 'vm1\u001b[2J\u001b]0;pwned\u0007';
const INJECTED_YAML = q(INJECTED);

// ---------------------------------------------------------------------------------------------
// Command-line cases (run as processes)
// ---------------------------------------------------------------------------------------------

export interface ProcessExpect {
  /** Allowed exit statuses. */
  status: number[];
  /** Each must match stderr. */
  stderr?: RegExp[];
  /** None may match stderr. */
  notStderr?: RegExp[];
  stdout?: RegExp[];
  notStdout?: RegExp[];
  /** Planted secrets that must never reach stderr. */
  secrets?: string[];
  /** Bound on stdout (default 8 MiB: the run is killed beyond it). */
  maxStdoutBytes?: number;
  /** Also apply the line-length bound to stdout (text output, not YAML). */
  stdoutLines?: boolean;
  /** `--output json`: findings (and the `stderr` patterns) may be on stdout. */
  json?: boolean;
  /** Wall-time bound (default PROCESS_MS). */
  timeoutMs?: number;
}

export interface Fifo {
  /** Text written once (then EOF); absent: an endless stream of `#` comment lines. */
  text?: () => string;
}

export interface ProcessCase {
  name: string;
  group: 'baseline' | 'crash' | 'hang' | 'security' | 'message';
  /** Files generated into a fresh directory; an argument `@NAME` is replaced by its path. */
  files?: Record<string, () => string>;
  /** Named pipes (FIFOs) fed by a child process; `@NAME` as for files. */
  fifos?: Record<string, Fifo>;
  args: string[];
  expect: ProcessExpect;
}

const inst = (file = '@ds', ...more: string[]) => [
  'instantiate',
  file,
  '--name',
  'vm1',
  '--namespace',
  'demo',
  '--seed',
  '1',
  ...more,
];
const fromVm = (file = '@vm', ...more: string[]) => [
  'from-vm',
  file,
  '--name',
  'app2',
  '--namespace',
  'appliances',
  '--boot-source',
  'PVC/root-disk',
  ...more,
];

/** The four ways a user feeds a file to the tool, for "same input through every command". */
const everyCommand = (
  label: string,
  group: ProcessCase['group'],
  text: {
    vm: () => string;
    ds: () => string;
  },
  expect: ProcessExpect,
): ProcessCase[] => [
  { name: `${label}: validate`, group, files: { vm: text.vm }, args: ['validate', '@vm'], expect },
  {
    name: `${label}: bundle validate`,
    group,
    files: { ds: text.ds },
    args: ['bundle', 'validate', '@ds'],
    expect,
  },
  { name: `${label}: instantiate`, group, files: { ds: text.ds }, args: inst(), expect },
  { name: `${label}: from-vm`, group, files: { vm: text.vm }, args: fromVm(), expect },
];

const devices = ['/dev/zero', '/dev/urandom'];

const deviceCases = (): ProcessCase[] =>
  devices.flatMap((dev): ProcessCase[] => {
    const expect: ProcessExpect = { status: REFUSED, stderr: [TOO_LARGE] };
    return [
      { name: `${dev} as VM.yaml: validate`, group: 'hang', args: ['validate', dev], expect },
      {
        name: `${dev} as bundle: bundle validate`,
        group: 'hang',
        args: ['bundle', 'validate', dev],
        expect,
      },
      { name: `${dev} as DATASOURCE.yaml: instantiate`, group: 'hang', args: inst(dev), expect },
      {
        name: `${dev} as --instancetypes: instantiate`,
        group: 'hang',
        files: { ds: () => applianceText() },
        args: inst('@ds', '--instancetypes', dev),
        expect,
      },
      {
        name: `${dev} as --ssh-key: instantiate`,
        group: 'hang',
        files: { ds: () => applianceText() },
        args: inst('@ds', '--ssh-key', dev),
        expect,
      },
      { name: `${dev} as VM.yaml: from-vm`, group: 'hang', args: fromVm(dev), expect },
    ];
  });

const dvtNames: Array<[string, string]> = [
  ['a path ../../etc/passwd', '../../etc/passwd'],
  ['upper case', 'Root-Disk'],
  ['unicode', 'r\u043eot-disk'],
  ['a slash', 'root/disk'],
  ['a newline', 'root\nERROR Forged /: everything is fine'],
];

export const processCases = (): ProcessCase[] => [
  // Baselines: the generators make valid input, so every refusal below is about the hostile part.
  {
    name: 'clean appliance: instantiate',
    group: 'baseline',
    files: { ds: () => applianceText() },
    args: inst(),
    expect: { status: [0], stdout: [/kind: VirtualMachine/] },
  },
  {
    name: 'clean appliance: bundle validate',
    group: 'baseline',
    files: { ds: () => applianceText() },
    args: ['bundle', 'validate', '@ds'],
    expect: { status: [0], stdout: [/valid bundle/] },
  },
  {
    name: 'clean VM: validate',
    group: 'baseline',
    files: { vm: () => vmText() },
    args: ['validate', '@vm'],
    expect: { status: [0] },
  },
  {
    name: 'clean VM: from-vm',
    group: 'baseline',
    files: { vm: () => vmText() },
    args: fromVm(),
    expect: { status: [0], stdout: [/kind: DataSource/] },
  },

  // --- Uncaught errors -----------------------------------------------------------------------
  {
    name: '--instancetypes List holding null items',
    group: 'crash',
    files: {
      ds: () => applianceText(),
      its: () => instancetypeList(['null', '~', instancetype('u1.small'), 'null']),
    },
    args: inst('@ds', '--instancetypes', '@its'),
    expect: { status: ANY },
  },
  {
    name: '--instancetypes List holding null items, a near-miss --instancetype',
    group: 'crash',
    files: {
      ds: () => applianceText(),
      its: () => instancetypeList(['null', instancetype('u1.small'), 'null']),
    },
    args: inst('@ds', '--instancetypes', '@its', '--instancetype', 'u1.smal'),
    expect: { status: REFUSED },
  },
  {
    name: 'instancetype whose metadata.name is a number',
    group: 'crash',
    files: {
      ds: () => applianceText(),
      its: () =>
        instancetypeList([
          '{apiVersion: instancetype.kubevirt.io/v1beta1, kind: VirtualMachineClusterInstancetype, metadata: {name: 42}}',
          '{apiVersion: instancetype.kubevirt.io/v1beta1, kind: VirtualMachineClusterInstancetype, metadata: null}',
          instancetype('u1.small'),
        ]),
    },
    args: inst('@ds', '--instancetypes', '@its', '--instancetype', 'u1.smal'),
    expect: { status: REFUSED },
  },
  {
    name: 'instancetype whose metadata.name is a number, no --instancetype',
    group: 'crash',
    files: {
      ds: () => applianceText(),
      its: () =>
        instancetypeList([
          '{apiVersion: instancetype.kubevirt.io/v1beta1, kind: VirtualMachineClusterInstancetype, metadata: {name: 42}}',
        ]),
    },
    args: inst('@ds', '--instancetypes', '@its'),
    expect: { status: ANY },
  },
  {
    name: 'companion with ownerReferences: [null]: bundle validate',
    group: 'crash',
    files: { ds: () => applianceText() + companionText('[null]') },
    args: ['bundle', 'validate', '@ds'],
    expect: { status: REFUSED, stderr: [/ownerReferences/] },
  },
  {
    name: 'companion with ownerReferences: [null]: instantiate',
    group: 'crash',
    files: { ds: () => applianceText() + companionText('[null]') },
    args: inst(),
    expect: { status: ANY },
  },
  {
    name: 'companion with ownerReferences: [null, 42, "x"]: bundle validate',
    group: 'crash',
    files: { ds: () => applianceText() + companionText('[null, 42, "x", []]') },
    args: ['bundle', 'validate', '@ds'],
    expect: { status: REFUSED, stderr: [/ownerReferences/] },
  },
  ...everyCommand(
    'flow nesting [ x 2000 in the document',
    'crash',
    {
      vm: () => vmYaml(`x-deep: ${deepFlow()}\n`),
      ds: () => applianceText(undefined, { extra: `x-deep: ${deepFlow()}\n` }),
    },
    { status: REFUSED, stderr: [NEST] },
  ),
  {
    name: 'flow nesting [ x 2000 in the boilerplate annotation: instantiate',
    group: 'crash',
    files: { ds: () => applianceText(`spec: ${deepFlow()}\n`) },
    args: inst(),
    expect: { status: REFUSED, stderr: [NEST] },
  },
  {
    name: 'flow nesting [ x 2000 in --instancetypes',
    group: 'crash',
    files: { ds: () => applianceText(), its: () => `items: ${deepFlow()}\n` },
    args: inst('@ds', '--instancetypes', '@its'),
    expect: { status: REFUSED, stderr: [NEST] },
  },
  {
    name: 'flow nesting { x 2000 (mappings): validate',
    group: 'crash',
    files: { vm: () => vmYaml(`x-deep: ${'{a: '.repeat(2000)}1${'}'.repeat(2000)}\n`) },
    args: ['validate', '@vm'],
    expect: { status: REFUSED, stderr: [NEST] },
  },

  // --- Hangs and blow-ups --------------------------------------------------------------------
  ...deviceCases(),
  {
    name: 'a FIFO fed by a child process: validate',
    group: 'hang',
    fifos: { vm: { text: () => vmText() } },
    args: ['validate', '@vm'],
    expect: { status: [0] },
  },
  {
    name: 'a FIFO fed by a child process: bundle validate',
    group: 'hang',
    fifos: { ds: { text: () => applianceText() } },
    args: ['bundle', 'validate', '@ds'],
    expect: { status: [0], stdout: [/valid bundle/] },
  },
  {
    name: 'a FIFO fed by a child process: instantiate',
    group: 'hang',
    fifos: { ds: { text: () => applianceText() } },
    args: inst(),
    expect: { status: [0], stdout: [/kind: VirtualMachine/] },
  },
  {
    name: 'an endless FIFO: validate stops at the bound',
    group: 'hang',
    fifos: { vm: {} },
    args: ['validate', '@vm'],
    expect: { status: REFUSED, stderr: [TOO_LARGE] },
  },
  {
    name: 'VM with 12,000 disks and no volumes: validate',
    group: 'hang',
    files: { vm: () => vmText({ disks: 12_000, volumes: false }) },
    args: ['validate', '@vm'],
    expect: { status: ERROR },
  },
  {
    name: 'VM with 12,000 disks and no volumes: validate --output json',
    group: 'hang',
    files: { vm: () => vmText({ disks: 12_000, volumes: false }) },
    args: ['validate', '@vm', '--output', 'json'],
    expect: { status: ERROR, json: true },
  },
  {
    name: 'bundle of 2,000 VMs: bundle validate',
    group: 'hang',
    files: { ds: () => bundleOf(2000, (i) => JSON.stringify(vmObject({ name: `vm-${i}` }))) },
    args: ['bundle', 'validate', '@ds'],
    expect: { status: ERROR },
  },
  {
    name: 'PVC with 10,000 ownerReferences: bundle validate',
    group: 'hang',
    files: { ds: () => applianceText() + companionText(manyOwnerReferences(10_000)) },
    args: ['bundle', 'validate', '@ds'],
    expect: { status: [0, 1] },
  },
  {
    name: 'bundle of 1,000 DataSources: bundle validate',
    group: 'hang',
    files: {
      ds: () => bundleOf(999, (i) => applianceText(undefined, { name: `app-${i}` })),
    },
    args: ['bundle', 'validate', '@ds'],
    expect: { status: [0, 1] },
  },
  {
    name: 'bundle of 300 bad VMs: bundle validate',
    group: 'hang',
    files: { ds: () => bundleOf(300, badVm) },
    args: ['bundle', 'validate', '@ds'],
    expect: { status: ERROR },
  },
  {
    name: 'bundle of 300 appliances with bad boilerplates: bundle validate',
    group: 'hang',
    files: {
      ds: () =>
        bundleOf(299, (i) =>
          applianceText(boilerplateText({ disks: 40, dvtName: `Bad_${i}` }), { name: `app-${i}` }),
        ),
    },
    args: ['bundle', 'validate', '@ds'],
    expect: { status: [0, 1] },
  },
  {
    name: '5,000 known instancetypes, a 5,000-character --instancetype',
    group: 'hang',
    files: { ds: () => applianceText(), its: () => manyInstancetypes() },
    args: inst('@ds', '--instancetypes', '@its', '--instancetype', 'u'.repeat(5000)),
    expect: { status: REFUSED },
  },
  {
    name: '5,000 known instancetypes, a 253-character unknown --instancetype',
    group: 'hang',
    files: { ds: () => applianceText(), its: () => manyInstancetypes() },
    args: inst('@ds', '--instancetypes', '@its', '--instancetype', `${'abcdefghij'.repeat(25)}xyz`),
    expect: { status: REFUSED },
  },
  {
    name: '1 MiB string anchored and aliased 200 times: from-vm refuses',
    group: 'hang',
    files: { vm: () => vmYaml('', `      annotations:\n${bigAlias(8)}`) },
    args: fromVm(),
    expect: { status: REFUSED, stderr: [ALIAS], maxStdoutBytes: 512 * KiB },
  },
  {
    name: '1 MiB string anchored and aliased 200 times: validate',
    group: 'hang',
    files: { vm: () => vmYaml('', `      annotations:\n${bigAlias(8)}`) },
    args: ['validate', '@vm', '--output', 'json'],
    expect: { status: REFUSED, stderr: [ALIAS], maxStdoutBytes: 512 * KiB, json: true },
  },
  {
    name: '1 MiB string anchored and aliased 200 times: bundle validate',
    group: 'hang',
    files: { ds: () => applianceText(undefined, { extra: `x-big:\n${bigAlias(2)}` }) },
    args: ['bundle', 'validate', '@ds', '--output', 'json'],
    expect: { status: REFUSED, stderr: [ALIAS], maxStdoutBytes: 512 * KiB, json: true },
  },
  {
    name: 'from-vm of a VM whose boilerplate would exceed 256 KiB',
    group: 'hang',
    files: { vm: () => vmText({ templateAnnotations: { big: 'y'.repeat(300 * KiB) } }) },
    args: fromVm(),
    expect: {
      status: ERROR,
      stderr: [/256 ?KiB|262144|too large|larger than|exceeds/i],
      maxStdoutBytes: 0,
    },
  },
  ...everyCommand(
    'billion laughs',
    'hang',
    {
      vm: () => vmYaml(laughs()),
      ds: () => applianceText(undefined, { extra: laughs() }),
    },
    { status: REFUSED, stderr: [ALIAS] },
  ),
  {
    name: 'billion laughs in the boilerplate annotation: instantiate',
    group: 'hang',
    files: { ds: () => applianceText(`${laughs()}spec: *lol9\n`) },
    args: inst(),
    expect: { status: REFUSED, stderr: [ALIAS] },
  },
  {
    name: 'billion laughs in --instancetypes',
    group: 'hang',
    files: { ds: () => applianceText(), its: () => `${laughs()}items: *lol9\n` },
    args: inst('@ds', '--instancetypes', '@its'),
    expect: { status: REFUSED, stderr: [ALIAS] },
  },
  {
    name: 'billion laughs under a VM that from-vm copies (template annotations)',
    group: 'hang',
    files: { vm: () => vmYaml('', `      annotations:\n${laughs(8)}`) },
    args: fromVm(),
    expect: { status: REFUSED, stderr: [ALIAS], maxStdoutBytes: 512 * KiB },
  },

  // --- Security ------------------------------------------------------------------------------
  ...dvtNames.flatMap(([label, name]): ProcessCase[] => [
    {
      name: `data volume template named with ${label}: instantiate refuses`,
      group: 'security',
      files: { ds: () => applianceText(boilerplateText({ dvtName: name })) },
      args: inst(),
      expect: {
        status: ERROR,
        stderr: [/dataVolumeTemplates/],
        notStdout: [/name: vm1-\.\.\/|name: vm1-[^\n]*\//, FORGED],
      },
    },
    {
      name: `data volume template named with ${label}: validate refuses`,
      group: 'security',
      files: { vm: () => vmText({ dvtName: name }) },
      args: ['validate', '@vm'],
      expect: { status: ERROR, stderr: [/dataVolumeTemplates/] },
    },
    {
      name: `data volume template named with ${label}: from-vm refuses`,
      group: 'security',
      files: { vm: () => vmText({ dvtName: name }) },
      args: fromVm(),
      expect: { status: ERROR, stderr: [/dataVolumeTemplates/], maxStdoutBytes: 0 },
    },
  ]),
  ...['PVC/../x', 'PVC/x/..', 'PVC/../../x', 'DataSource/..', 'VolumeSnapshot/a/../b'].map(
    (boot): ProcessCase => ({
      name: `--boot-source ${boot}`,
      group: 'security',
      files: { vm: () => vmText() },
      args: [
        'from-vm',
        '@vm',
        '--name',
        'app2',
        '--namespace',
        'appliances',
        '--boot-source',
        boot,
      ],
      expect: { status: REFUSED, stderr: [/boot.?source/i], maxStdoutBytes: 0 },
    }),
  ),
  {
    name: 'duplicated password: in cloud-init user data is still a shared password',
    group: 'security',
    files: {
      ds: () => applianceText(boilerplateText({ userData: duplicatedPasswordUserData() })),
    },
    args: inst(),
    expect: {
      status: [0, 1],
      stderr: [SHARED_PASSWORD],
      notStdout: [new RegExp(SECRETS.lastPassword), new RegExp(SECRETS.firstPassword)],
      secrets: [SECRETS.firstPassword, SECRETS.lastPassword],
    },
  },
  {
    name: 'duplicated password: kept by choice, the last one (as cloud-init reads it) is kept',
    group: 'security',
    files: {
      ds: () => applianceText(boilerplateText({ userData: duplicatedPasswordUserData() })),
    },
    args: inst('@ds', '--keep-boilerplate-password'),
    expect: {
      status: [0, 1],
      stderr: [SHARED_PASSWORD],
      stdout: [new RegExp(SECRETS.lastPassword)],
      secrets: [SECRETS.firstPassword, SECRETS.lastPassword],
    },
  },
  {
    name: 'private key (ssh_keys.rsa_private) in cloud-config: instantiate',
    group: 'security',
    files: { ds: () => applianceText(boilerplateText({ userData: privateKeyUserData() })) },
    args: inst(),
    expect: { status: ERROR, stderr: [PRIVATE_KEY], secrets: [SECRETS.keyBody] },
  },
  {
    name: 'private key block in a boilerplate annotation field: instantiate',
    group: 'security',
    files: {
      ds: () =>
        applianceText(
          boilerplateText({ templateAnnotations: { note: PRIVATE_KEY_BLOCK('OPENSSH ') } }),
        ),
    },
    args: inst(),
    expect: { status: ERROR, stderr: [PRIVATE_KEY], secrets: [SECRETS.keyBody] },
  },
  {
    name: 'private key in a boilerplate: bundle validate reports it',
    group: 'security',
    files: { ds: () => applianceText(boilerplateText({ userData: privateKeyUserData() })) },
    args: ['bundle', 'validate', '@ds'],
    expect: { status: [0, 1], stderr: [PRIVATE_KEY], secrets: [SECRETS.keyBody] },
  },
  {
    name: 'private key in the VM: from-vm refuses to make it a boilerplate',
    group: 'security',
    files: { vm: () => vmText({ userData: privateKeyUserData() }) },
    args: fromVm(),
    expect: {
      status: ERROR,
      stderr: [PRIVATE_KEY],
      secrets: [SECRETS.keyBody],
      maxStdoutBytes: 0,
    },
  },
  {
    name: 'newline in --name: instantiate',
    group: 'security',
    files: { ds: () => applianceText() },
    args: ['instantiate', '@ds', '--name', INJECTED, '--namespace', 'demo', '--seed', '1'],
    expect: { status: REFUSED, stderr: [/name/] },
  },
  {
    name: 'newline in --namespace: instantiate',
    group: 'security',
    files: { ds: () => applianceText() },
    args: ['instantiate', '@ds', '--name', 'vm1', '--namespace', INJECTED, '--seed', '1'],
    expect: { status: REFUSED, stderr: [/namespace/] },
  },
  {
    name: 'newline in --name: from-vm',
    group: 'security',
    files: { vm: () => vmText() },
    args: [
      'from-vm',
      '@vm',
      '--name',
      INJECTED,
      '--namespace',
      'appliances',
      '--boot-source',
      'PVC/root-disk',
    ],
    expect: { status: REFUSED, stderr: [/name/], maxStdoutBytes: 0 },
  },
  {
    name: 'newline in --namespace: from-vm',
    group: 'security',
    files: { vm: () => vmText() },
    args: [
      'from-vm',
      '@vm',
      '--name',
      'app2',
      '--namespace',
      INJECTED,
      '--boot-source',
      'PVC/root-disk',
    ],
    expect: { status: REFUSED, stderr: [/namespace/], maxStdoutBytes: 0 },
  },
  {
    name: 'newline in --boot-source name: from-vm',
    group: 'security',
    files: { vm: () => vmText() },
    args: fromVm('@vm').slice(0, -1).concat(`PVC/${INJECTED}`),
    expect: { status: REFUSED, stderr: [/boot.?source/i], maxStdoutBytes: 0 },
  },
  {
    name: 'newline in --namespace: bundle validate',
    group: 'security',
    files: { ds: () => applianceText() },
    args: ['bundle', 'validate', '@ds', '--namespace', INJECTED],
    expect: { status: REFUSED, stderr: [/namespace/] },
  },
  {
    name: 'newline in --instancetype: instantiate',
    group: 'security',
    files: { ds: () => applianceText() },
    args: inst('@ds', '--instancetype', INJECTED),
    expect: { status: REFUSED, stderr: [/instancetype/] },
  },
  {
    name: 'newline in the DataSource name: bundle validate',
    group: 'security',
    files: { ds: () => applianceText(undefined, { name: INJECTED }) },
    args: ['bundle', 'validate', '@ds'],
    expect: { status: ERROR, stdoutLines: true },
  },
  {
    name: 'newline in the DataSource name: instantiate',
    group: 'security',
    files: { ds: () => applianceText(undefined, { name: INJECTED }) },
    args: inst(),
    expect: { status: ANY },
  },
  {
    name: 'newline in the VM name: validate',
    group: 'security',
    files: { vm: () => vmText({ name: INJECTED }) },
    args: ['validate', '@vm'],
    expect: { status: ERROR },
  },
  {
    name: 'newline in the VM name: from-vm',
    group: 'security',
    files: { vm: () => vmText({ name: INJECTED, dvtName: 'root' }) },
    args: fromVm(),
    expect: { status: ANY },
  },
  {
    name: 'newline in an unknown field key: validate',
    group: 'security',
    files: { vm: () => vmYaml(`${INJECTED_YAML}: 1\n`) },
    args: ['validate', '@vm'],
    expect: { status: ERROR },
  },
  {
    name: 'newline in the runStrategy: validate',
    group: 'security',
    files: { vm: () => vmText({ runStrategy: INJECTED }) },
    args: ['validate', '@vm'],
    expect: { status: ERROR, stderr: [/runStrategy/] },
  },
  {
    name: 'ESC sequences in --name: instantiate',
    group: 'security',
    files: { ds: () => applianceText() },
    args: ['instantiate', '@ds', '--name', ESCAPES, '--namespace', 'demo', '--seed', '1'],
    expect: { status: REFUSED },
  },
  {
    name: 'ESC and NUL in the DataSource name: bundle validate',
    group: 'security',
    files: { ds: () => applianceText(undefined, { name: `${ESCAPES}\u0000x` }) },
    args: ['bundle', 'validate', '@ds'],
    expect: { status: ERROR, stdoutLines: true },
  },
  {
    name: 'ESC and NUL in the DataSource name: instantiate',
    group: 'security',
    files: { ds: () => applianceText(undefined, { name: `${ESCAPES}\u0000x` }) },
    args: inst(),
    expect: { status: ANY },
  },
  {
    name: 'ESC in the runStrategy and an unknown key: validate',
    group: 'security',
    files: { vm: () => vmYaml(`${q(`k${ESCAPES}`)}: 1\n`).replace('Halted', q(ESCAPES)) },
    args: ['validate', '@vm'],
    expect: { status: ERROR },
  },
  {
    name: 'ESC in a data volume template name: instantiate',
    group: 'security',
    files: { ds: () => applianceText(boilerplateText({ dvtName: `root${ESCAPES}` })) },
    args: inst(),
    expect: { status: ERROR, stderr: [/dataVolumeTemplates/] },
  },
  {
    name: 'a 1 MiB runStrategy is not echoed whole: validate',
    group: 'security',
    files: { vm: () => vmText({ runStrategy: 'R'.repeat(MiB) }) },
    args: ['validate', '@vm'],
    expect: { status: ERROR, stderr: [/runStrategy/] },
  },
  {
    name: 'a 1 MiB DataSource name is not echoed whole: bundle validate',
    group: 'security',
    files: { ds: () => applianceText(undefined, { name: 'n'.repeat(MiB) }) },
    args: ['bundle', 'validate', '@ds'],
    expect: { status: ERROR, stdoutLines: true },
  },
  {
    name: 'a 1 MiB data volume template name is not echoed whole: validate',
    group: 'security',
    files: { vm: () => vmText({ dvtName: 'd'.repeat(MiB) }) },
    args: ['validate', '@vm'],
    expect: { status: ERROR },
  },
  {
    name: 'a 100 KiB --name is not echoed whole: instantiate',
    group: 'security',
    files: { ds: () => applianceText() },
    args: ['instantiate', '@ds', '--name', 'v'.repeat(100 * KiB), '--namespace', 'demo'],
    expect: { status: REFUSED },
  },

  // --- Messages ------------------------------------------------------------------------------
  ...everyCommand(
    'block nesting 150 levels',
    'message',
    {
      vm: () => vmYaml(deepBlock()),
      ds: () => applianceText(undefined, { extra: deepBlock() }),
    },
    { status: REFUSED, stderr: [NEST] },
  ),
  ...everyCommand(
    'a __proto__ key',
    'message',
    {
      vm: () => vmYaml('x-bad:\n  __proto__:\n    polluted: true\n'),
      ds: () => applianceText(undefined, { extra: 'x-bad:\n  __proto__:\n    polluted: true\n' }),
    },
    { status: REFUSED, stderr: [/__proto__/, /forbidden|not allowed/i] },
  ),
  ...everyCommand(
    'a mapping as a key (? {a: 1})',
    'message',
    {
      vm: () => vmYaml('? {a: 1}\n: b\n'),
      ds: () => applianceText(undefined, { extra: '? {a: 1}\n: b\n' }),
    },
    { status: ANY },
  ),
  {
    name: 'no arguments: usage on stderr, exit 2',
    group: 'message',
    args: [],
    expect: { status: USAGE, stderr: [/usage/i], maxStdoutBytes: 0 },
  },
];

// ---------------------------------------------------------------------------------------------
// In-process cases (the core called directly)
// ---------------------------------------------------------------------------------------------

export interface CoreOutcome {
  findings: Finding[];
  /** Problems seen in what was produced (besides the findings), one line each. */
  problems?: string[];
}

export interface CoreCase {
  name: string;
  /** Builds the input, untimed. */
  prepare: (core: Core) => unknown;
  /** The timed call. */
  run: (core: Core, input: never) => CoreOutcome;
  expect: {
    /** true: an error finding is required; false: none allowed; undefined: either. */
    error?: boolean;
    /** Each must match one of the formatted findings. */
    messages?: RegExp[];
    notMessages?: RegExp[];
    secrets?: string[];
  };
}

/** Keeps each case's input type checked while the table holds them as one type. */
const coreCase = <T>(c: {
  name: string;
  prepare: (core: Core) => T;
  run: (core: Core, input: T) => CoreOutcome;
  expect: CoreCase['expect'];
}): CoreCase => c as unknown as CoreCase;

const parsed = (core: Core, text: string) => core.parseMultiDocument(text);

const instantiateInput = (core: Core, dsText: string) => {
  const b = core.parseMultiDocument(dsText);
  if (!b.dataSource)
    throw new Error(`generator error: no DataSource (${JSON.stringify(b.findings)})`);
  return {
    dataSource: b.dataSource,
    companions: b.companions,
    namespace: 'demo',
    name: 'vm1',
    random: core.createSeededRandom(1),
  };
};

/**
 * Data volume template names in what instantiate produced that Kubernetes would refuse, when no
 * error finding blocks creating it (a refused VM may keep the name it was refused for).
 */
const badTemplateNames = (core: Core, r: { vm: unknown; findings: Finding[] }): string[] => {
  if (r.findings.some((f) => f.severity === 'error')) return [];
  const vm = r.vm;
  const spec = (vm as { spec?: { dataVolumeTemplates?: Array<{ metadata?: { name?: unknown } }> } })
    .spec;
  return (spec?.dataVolumeTemplates ?? [])
    .map((t) => t?.metadata?.name)
    .filter((n) => typeof n !== 'string' || !core.isDnsSubdomain(n))
    .map((n) => `produced a data volume template named ${JSON.stringify(n).slice(0, 80)}`);
};

const vmBigAlias = (): Record<string, unknown> => {
  const big = 'x'.repeat(MiB);
  const annotations: Record<string, string> = {};
  for (let i = 0; i < 200; i += 1) annotations[`big${i}`] = big;
  return vmObject({ templateAnnotations: annotations });
};

const fromVmOutcome = (
  r: ReturnType<Core['applianceFromVirtualMachine']>,
  limit = 256 * KiB,
): CoreOutcome => {
  const annotation = r.dataSource?.metadata?.annotations?.['appliance.kubevirt.io/vm-spec'];
  const problems: string[] = [];
  if (typeof annotation === 'string' && annotation.length > limit)
    problems.push(`produced a vm-spec annotation of ${annotation.length} characters`);
  return { findings: r.findings, problems };
};

export const coreCases = (): CoreCase[] => [
  // parseBoilerplate (the annotation, the editor)
  coreCase({
    name: 'parseBoilerplate: billion laughs',
    prepare: () => `${laughs()}spec: *lol9\n`,
    run: (core, text) => core.parseBoilerplate(text),
    expect: { error: true, messages: [ALIAS] },
  }),
  coreCase({
    name: 'parseBoilerplate: flow nesting [ x 2000',
    prepare: () => `spec: ${deepFlow()}\n`,
    run: (core, text) => core.parseBoilerplate(text),
    expect: { error: true, messages: [NEST] },
  }),
  coreCase({
    name: 'parseBoilerplate: flow nesting [ x 20000',
    prepare: () => `spec: ${deepFlow(20_000)}\n`,
    run: (core, text) => core.parseBoilerplate(text),
    expect: { error: true, messages: [NEST] },
  }),
  coreCase({
    name: 'parseBoilerplate: block nesting 150',
    prepare: () => deepBlock(),
    run: (core, text) => core.parseBoilerplate(text),
    expect: { error: true, messages: [NEST] },
  }),
  coreCase({
    name: 'parseBoilerplate: __proto__ key',
    prepare: () => 'spec:\n  __proto__:\n    polluted: true\n',
    run: (core, text) => core.parseBoilerplate(text),
    expect: { error: true, messages: [/__proto__/] },
  }),
  coreCase({
    name: 'parseBoilerplate: a mapping as a key',
    prepare: () => '? {a: 1}\n: b\nspec: {}\n',
    run: (core, text) => core.parseBoilerplate(text),
    expect: {},
  }),
  coreCase({
    name: 'parseBoilerplate: 1 MiB string aliased 200 times (over the size bound)',
    prepare: () => `spec:\n${bigAlias(2)}`,
    run: (core, text) => core.parseBoilerplate(text),
    expect: { error: true },
  }),
  coreCase({
    name: 'parseBoilerplate: 100 KiB string aliased 200 times (20 MiB expanded)',
    prepare: () => `spec:\n${bigAlias(2, 200, 100 * KiB)}`,
    run: (core, text) => core.parseBoilerplate(text),
    expect: { error: true, messages: [ALIAS] },
  }),
  // parseMultiDocument (files, bundles)
  coreCase({
    name: 'parseMultiDocument: flow nesting [ x 2000',
    prepare: () => vmYaml(`x-deep: ${deepFlow()}\n`),
    run: parsed,
    expect: { error: true, messages: [NEST] },
  }),
  coreCase({
    name: 'parseMultiDocument: flow nesting [ x 20000',
    prepare: () => vmYaml(`x-deep: ${deepFlow(20_000)}\n`),
    run: parsed,
    expect: { error: true, messages: [NEST] },
  }),
  coreCase({
    name: 'parseMultiDocument: block nesting 150',
    prepare: () => vmYaml(deepBlock()),
    run: parsed,
    expect: { error: true, messages: [NEST] },
  }),
  coreCase({
    name: 'parseMultiDocument: billion laughs',
    prepare: () => vmYaml(laughs()),
    run: parsed,
    expect: { error: true, messages: [ALIAS] },
  }),
  coreCase({
    name: 'parseMultiDocument: 1 MiB string aliased 200 times',
    prepare: () => vmYaml('', `      annotations:\n${bigAlias(8)}`),
    run: parsed,
    expect: { error: true, messages: [ALIAS] },
  }),
  coreCase({
    name: 'parseMultiDocument: __proto__ key',
    prepare: () => vmYaml('x-bad:\n  __proto__:\n    polluted: true\n'),
    run: parsed,
    expect: { error: true, messages: [/__proto__/] },
  }),
  coreCase({
    name: 'parseMultiDocument: a mapping as a key',
    prepare: () => vmYaml('? {a: 1}\n: b\n'),
    run: parsed,
    expect: {},
  }),
  // validateBundle
  coreCase({
    name: 'validateBundle: ownerReferences [null]',
    prepare: () => applianceText() + companionText('[null, 42, "x"]'),
    run: (core, text) => core.validateBundle(text, 'default'),
    expect: { error: true, messages: [/ownerReferences/] },
  }),
  coreCase({
    name: 'validateBundle: 2,000 VMs',
    prepare: () => bundleOf(2000, (i) => JSON.stringify(vmObject({ name: `vm-${i}` }))),
    run: (core, text) => core.validateBundle(text, 'default'),
    expect: { error: true },
  }),
  coreCase({
    name: 'validateBundle: PVC with 10,000 ownerReferences',
    prepare: () => applianceText() + companionText(manyOwnerReferences(10_000)),
    run: (core, text) => core.validateBundle(text, 'default'),
    expect: {},
  }),
  coreCase({
    name: 'validateBundle: 1,000 DataSources',
    prepare: () => bundleOf(999, (i) => applianceText(undefined, { name: `app-${i}` })),
    run: (core, text) => core.validateBundle(text, 'default'),
    expect: {},
  }),
  coreCase({
    name: 'validateBundle: 300 bad VMs',
    prepare: () => bundleOf(300, badVm),
    run: (core, text) => core.validateBundle(text, 'default'),
    expect: { error: true },
  }),
  coreCase({
    name: 'validateBundle: 300 appliances with bad boilerplates',
    prepare: () =>
      bundleOf(299, (i) =>
        applianceText(boilerplateText({ disks: 40, dvtName: `Bad_${i}` }), { name: `app-${i}` }),
      ),
    run: (core, text) => core.validateBundle(text, 'default'),
    expect: {},
  }),
  coreCase({
    name: 'validateBundle: private key in the boilerplate',
    prepare: () => applianceText(boilerplateText({ userData: privateKeyUserData() })),
    run: (core, text) => {
      const r = core.validateBundle(text, 'default');
      return { findings: [...r.findings, ...r.boilerplateFindings] };
    },
    expect: { error: true, messages: [PRIVATE_KEY], secrets: [SECRETS.keyBody] },
  }),
  // validateVirtualMachineManifest
  coreCase({
    name: 'validateVirtualMachineManifest: 12,000 disks without volumes',
    prepare: () => vmObject({ disks: 12_000, volumes: false }),
    run: (core, vm) => ({ findings: core.validateVirtualMachineManifest(vm) }),
    expect: { error: true },
  }),
  coreCase({
    name: 'validateVirtualMachineManifest: a 1 MiB runStrategy',
    prepare: () => vmObject({ runStrategy: 'R'.repeat(MiB) }),
    run: (core, vm) => ({ findings: core.validateVirtualMachineManifest(vm) }),
    expect: { error: true, messages: [/runStrategy/] },
  }),
  coreCase({
    name: 'validateVirtualMachineManifest: newline and ESC in runStrategy and name',
    prepare: () => vmObject({ runStrategy: INJECTED, name: ESCAPES }),
    run: (core, vm) => ({ findings: core.validateVirtualMachineManifest(vm) }),
    expect: { error: true },
  }),
  ...dvtNames.map(([label, name]) =>
    coreCase({
      name: `validateVirtualMachineManifest: data volume template named with ${label}`,
      prepare: () => vmObject({ dvtName: name }),
      run: (core, vm) => ({ findings: core.validateVirtualMachineManifest(vm) }),
      expect: { error: true, messages: [/dataVolumeTemplates/] },
    }),
  ),
  // instantiate
  coreCase({
    name: 'instantiate: baseline (clean appliance)',
    prepare: (core) => instantiateInput(core, applianceText()),
    run: (core, input) => {
      const r = core.instantiate(input);
      return { findings: r.findings, problems: badTemplateNames(core, r) };
    },
    expect: { error: false },
  }),
  ...dvtNames.map(([label, name]) =>
    coreCase({
      name: `instantiate: data volume template named with ${label}`,
      prepare: (core) => instantiateInput(core, applianceText(boilerplateText({ dvtName: name }))),
      run: (core, input) => {
        const r = core.instantiate(input);
        return { findings: r.findings, problems: badTemplateNames(core, r) };
      },
      expect: { error: true, messages: [/dataVolumeTemplates/] },
    }),
  ),
  coreCase({
    name: 'instantiate: duplicated password in cloud-init',
    prepare: (core) =>
      instantiateInput(
        core,
        applianceText(boilerplateText({ userData: duplicatedPasswordUserData() })),
      ),
    run: (core, input) => {
      const r = core.instantiate(input);
      const out = JSON.stringify(r.objects);
      const problems = [SECRETS.firstPassword, SECRETS.lastPassword]
        .filter((s) => out.includes(s))
        .map((s) => `the boilerplate password ${s} is in the created objects`);
      return { findings: r.findings, problems };
    },
    expect: {
      messages: [SHARED_PASSWORD],
      secrets: [SECRETS.firstPassword, SECRETS.lastPassword],
    },
  }),
  coreCase({
    name: 'instantiate: private key in cloud-config',
    prepare: (core) =>
      instantiateInput(core, applianceText(boilerplateText({ userData: privateKeyUserData() }))),
    run: (core, input) => core.instantiate(input),
    expect: { error: true, messages: [PRIVATE_KEY], secrets: [SECRETS.keyBody] },
  }),
  coreCase({
    name: 'instantiate: private key block in a template annotation',
    prepare: (core) =>
      instantiateInput(
        core,
        applianceText(boilerplateText({ templateAnnotations: { note: PRIVATE_KEY_BLOCK('EC ') } })),
      ),
    run: (core, input) => core.instantiate(input),
    expect: { error: true, messages: [PRIVATE_KEY], secrets: [SECRETS.keyBody] },
  }),
  coreCase({
    name: 'instantiate: 5,000 known instancetypes, a 5,000-character instancetype',
    prepare: (core) => {
      const known = core.parseMultiDocument(manyInstancetypes()).documents[0].object
        ?.items as CoreModule.KubeObject[];
      return {
        ...instantiateInput(core, applianceText()),
        known: { instancetypes: known },
        choices: {
          instancetype: { kind: 'VirtualMachineClusterInstancetype', name: 'u'.repeat(5000) },
        },
      };
    },
    run: (core, input) => core.instantiate(input),
    expect: { error: true },
  }),
  coreCase({
    name: 'instantiate: known instancetypes with null items and a numeric name',
    prepare: (core) => ({
      ...instantiateInput(core, applianceText()),
      known: {
        instancetypes: [
          null,
          { kind: 'VirtualMachineClusterInstancetype', metadata: { name: 42 } },
          { kind: 'VirtualMachineClusterInstancetype', metadata: null },
          { kind: 'VirtualMachineClusterInstancetype', metadata: { name: 'u1.small' } },
        ] as unknown as CoreModule.KubeObject[],
      },
      choices: { instancetype: { kind: 'VirtualMachineClusterInstancetype', name: 'u1.smal' } },
    }),
    run: (core, input) => core.instantiate(input),
    expect: { error: true },
  }),
  coreCase({
    name: 'instantiate: companion with ownerReferences [null]',
    prepare: (core) => instantiateInput(core, applianceText() + companionText('[null, 42]')),
    run: (core, input) => core.instantiate(input),
    expect: {},
  }),
  coreCase({
    name: 'instantiate: a newline in the name',
    prepare: (core) => ({ ...instantiateInput(core, applianceText()), name: INJECTED }),
    run: (core, input) => core.instantiate(input),
    expect: { error: true },
  }),
  coreCase({
    name: 'instantiate: ESC in the namespace',
    prepare: (core) => ({ ...instantiateInput(core, applianceText()), namespace: ESCAPES }),
    run: (core, input) => core.instantiate(input),
    expect: { error: true },
  }),
  // applianceFromVirtualMachine (from-vm, "Save as appliance")
  coreCase({
    name: 'applianceFromVirtualMachine: 200 references to one 1 MiB string',
    prepare: () => vmBigAlias(),
    run: (core, vm) =>
      fromVmOutcome(
        core.applianceFromVirtualMachine({
          vm,
          name: 'app2',
          namespace: 'appliances',
          bootSource: { kind: 'PersistentVolumeClaim', name: 'root-disk' },
        }),
      ),
    expect: { error: true },
  }),
  coreCase({
    name: 'applianceFromVirtualMachine: a boilerplate over 256 KiB',
    prepare: () => vmObject({ templateAnnotations: { big: 'y'.repeat(300 * KiB) } }),
    run: (core, vm) =>
      fromVmOutcome(
        core.applianceFromVirtualMachine({
          vm,
          name: 'app2',
          namespace: 'appliances',
          bootSource: { kind: 'PersistentVolumeClaim', name: 'root-disk' },
        }),
      ),
    expect: { error: true },
  }),
  coreCase({
    name: 'applianceFromVirtualMachine: boot source name ../x',
    prepare: () => vmObject(),
    run: (core, vm) =>
      fromVmOutcome(
        core.applianceFromVirtualMachine({
          vm,
          name: 'app2',
          namespace: 'appliances',
          bootSource: { kind: 'PersistentVolumeClaim', name: '../x' },
        }),
      ),
    expect: { error: true },
  }),
  coreCase({
    name: 'applianceFromVirtualMachine: private key in cloud-config',
    prepare: () => vmObject({ userData: privateKeyUserData() }),
    run: (core, vm) =>
      fromVmOutcome(
        core.applianceFromVirtualMachine({
          vm,
          name: 'app2',
          namespace: 'appliances',
          bootSource: { kind: 'PersistentVolumeClaim', name: 'root-disk' },
        }),
      ),
    expect: { error: true, messages: [PRIVATE_KEY], secrets: [SECRETS.keyBody] },
  }),
  ...dvtNames.map(([label, name]) =>
    coreCase({
      name: `applianceFromVirtualMachine: data volume template named with ${label}`,
      prepare: () => vmObject({ dvtName: name }),
      run: (core, vm) =>
        fromVmOutcome(
          core.applianceFromVirtualMachine({
            vm,
            name: 'app2',
            namespace: 'appliances',
            bootSource: { kind: 'PersistentVolumeClaim', name: 'root-disk' },
          }),
        ),
      expect: { error: true, messages: [/dataVolumeTemplates/] },
    }),
  ),
];

// ---------------------------------------------------------------------------------------------
// Checks (shared by the jest tests and the bench)
// ---------------------------------------------------------------------------------------------

const excerpt = (s: string, n = 160): string => JSON.stringify(s.slice(0, n));

const lineProblems = (where: string, text: string): string[] => {
  const out: string[] = [];
  const m = CONTROL.exec(text);
  if (m)
    out.push(
      `${where} holds a raw control character U+${m[0].charCodeAt(0).toString(16).padStart(4, '0')} near ${excerpt(text.slice(Math.max(0, m.index - 40)), 80)}`,
    );
  if (STACK.test(text) || UNCAUGHT.test(text))
    out.push(`${where} holds a stack trace or an uncaught error: ${excerpt(text, 300)}`);
  const internal = INTERNALS.exec(text);
  if (internal) out.push(`${where} says ${JSON.stringify(internal[0])}`);
  if (FORGED.test(text)) out.push(`${where} holds a forged line: ${excerpt(text, 300)}`);
  return out;
};

/** Everything wrong with one formatted finding, the core's output. */
export const findingProblems = (
  core: Pick<Core, 'formatFinding'>,
  f: Finding,
  secrets: readonly string[] = [],
): string[] => {
  const text = core.formatFinding(f);
  const out = lineProblems(`finding ${f.code}`, text);
  if (UNDEFINED.test(text)) out.push(`finding ${f.code} says "undefined": ${excerpt(text)}`);
  if (text.includes('\n')) out.push(`finding ${f.code} spans several lines: ${excerpt(text)}`);
  if (text.length > MAX_LINE) out.push(`finding ${f.code} is ${text.length} characters long`);
  for (const s of secrets)
    if (text.includes(s)) out.push(`finding ${f.code} shows the secret ${s}`);
  return out;
};

export interface CoreRun {
  ms: number;
  outcome?: CoreOutcome;
  thrown?: unknown;
}

/** Runs one in-process case once (input prepared untimed). */
export const runCoreCase = (core: Core, c: CoreCase): CoreRun => {
  const input = c.prepare(core) as never;
  const t0 = performance.now();
  try {
    const outcome = c.run(core, input);
    return { ms: performance.now() - t0, outcome };
  } catch (thrown) {
    return { ms: performance.now() - t0, thrown };
  }
};

/** Everything wrong with one in-process run; empty when the case holds. */
export const coreProblems = (core: Core, c: CoreCase, r: CoreRun): string[] => {
  const out: string[] = [];
  if (r.ms > CORE_MS) out.push(`took ${Math.round(r.ms)} ms (bound ${CORE_MS} ms)`);
  if (r.thrown !== undefined || !r.outcome) {
    const e = r.thrown;
    out.push(
      `threw ${e instanceof Error ? `${e.name}: ${e.message}` : JSON.stringify(e)}`.slice(0, 300),
    );
    return out;
  }
  const { findings, problems = [] } = r.outcome;
  out.push(...problems);
  const texts = findings.map((f) => core.formatFinding(f));
  const hasError = findings.some((f) => f.severity === 'error');
  if (c.expect.error === true && !hasError)
    out.push(`no error finding (got: ${texts.join(' | ').slice(0, 400) || 'none'})`);
  if (c.expect.error === false && hasError)
    out.push(
      `unexpected error finding: ${texts
        .filter((t) => t.startsWith('ERROR'))
        .join(' | ')
        .slice(0, 400)}`,
    );
  for (const re of c.expect.messages ?? [])
    if (!texts.some((t) => re.test(t)))
      out.push(`no finding matches ${re} (got: ${texts.join(' | ').slice(0, 400) || 'none'})`);
  for (const re of c.expect.notMessages ?? [])
    if (texts.some((t) => re.test(t))) out.push(`a finding matches ${re}`);
  const seen = new Set<string>();
  for (const f of findings)
    for (const p of findingProblems(core, f, c.expect.secrets))
      if (!seen.has(p) && seen.size < 5) seen.add(p);
  out.push(...seen);
  return out;
};

export interface ProcessRun {
  status: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  stdoutBytes: number;
  ms: number;
  peakRssMb: number;
  /** Why the runner killed the process: `time`, `memory` or `output`. */
  killed?: string;
}

/** Everything wrong with one process run; empty when the case holds. */
export const processProblems = (c: ProcessCase, r: ProcessRun): string[] => {
  const e = c.expect;
  const out: string[] = [];
  const limit = e.timeoutMs ?? PROCESS_MS;
  if (r.killed) out.push(`killed by the test runner (${r.killed}) after ${Math.round(r.ms)} ms`);
  else if (r.status === null) out.push(`ended by signal ${r.signal}`);
  else if (!e.status.includes(r.status))
    out.push(`exit status ${r.status}, expected ${e.status.join(' or ')}`);
  if (r.ms > limit) out.push(`took ${Math.round(r.ms)} ms (bound ${limit} ms)`);
  if (r.peakRssMb > MAX_RSS_MB) out.push(`peak RSS ${Math.round(r.peakRssMb)} MB`);
  if (r.stdoutBytes > (e.maxStdoutBytes ?? 8 * MiB))
    out.push(`wrote ${r.stdoutBytes} bytes on stdout (bound ${e.maxStdoutBytes ?? 8 * MiB})`);
  const messages = e.json ? `${r.stderr}\n${r.stdout}` : r.stderr;
  if (
    !r.killed &&
    r.status !== 0 &&
    r.status !== null &&
    !/[A-Za-z]{3,}.*[A-Za-z]{3,}/.test(messages)
  )
    out.push('refused without a readable message on stderr');
  out.push(...lineProblems('stderr', r.stderr), ...lineProblems('stdout', r.stdout));
  const undef = r.stderr.split('\n').find((l) => UNDEFINED.test(l));
  if (undef) out.push(`stderr says "undefined": ${excerpt(undef)}`);
  const long = r.stderr.split('\n').find((l) => l.length > MAX_LINE);
  if (long) out.push(`a stderr line is ${long.length} characters long`);
  if (e.stdoutLines) {
    const longOut = r.stdout.split('\n').find((l) => l.length > MAX_LINE);
    if (longOut) out.push(`a stdout line is ${longOut.length} characters long`);
  }
  for (const s of e.secrets ?? [])
    if (r.stderr.includes(s)) out.push(`stderr shows the secret ${s}`);
  for (const re of e.stderr ?? [])
    if (!re.test(messages)) out.push(`${e.json ? 'output' : 'stderr'} does not match ${re}`);
  for (const re of e.notStderr ?? []) if (re.test(r.stderr)) out.push(`stderr matches ${re}`);
  for (const re of e.stdout ?? []) if (!re.test(r.stdout)) out.push(`stdout does not match ${re}`);
  for (const re of e.notStdout ?? []) if (re.test(r.stdout)) out.push(`stdout matches ${re}`);
  if (out.length) out.push(`stderr was: ${excerpt(r.stderr.trim(), 300)}`);
  return out;
};
