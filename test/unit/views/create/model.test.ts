import { readFileSync } from 'fs';
import path from 'path';
import { load, loadAll } from 'js-yaml';
import fc from 'fast-check';
import { classifyDataSource, createSeededRandom, type KubeObject } from '../../../../src/appliance';
import { applyFindingFix } from '../../../../src/components/yaml-editor/documents-api';
import {
  batchProblems,
  boilerplateHasPassword,
  buildBatchMembers,
  buildReview,
  choicesForCore,
  defaultInstancetype,
  defaultVmName,
  nameProblem,
  refFromValue,
  refValue,
  reviewText,
  sshKeyProblem,
  vmNames,
  type WizardChoices,
} from '../../../../src/views/create/model';

const ROOT = path.resolve(__dirname, '../../../..');
const seedAppliance = (): KubeObject => {
  const [ds] = loadAll(
    readFileSync(path.join(ROOT, 'test/fixtures/seed-appliance.yaml'), 'utf8'),
  ) as KubeObject[];
  return { ...ds, metadata: { ...ds.metadata, namespace: 'demo', uid: 'ds-uid' } };
};
const golden = (): KubeObject =>
  load(readFileSync(path.join(ROOT, 'test/fixtures/seed-golden-image.yaml'), 'utf8')) as KubeObject;

const itype = (name: string, cpu: number, memory: string): KubeObject => ({
  apiVersion: 'instancetype.kubevirt.io/v1beta1',
  kind: 'VirtualMachineClusterInstancetype',
  metadata: { name },
  spec: { cpu: { guest: cpu }, memory: { guest: memory } },
});
const pref = (name: string): KubeObject => ({
  apiVersion: 'instancetype.kubevirt.io/v1beta1',
  kind: 'VirtualMachineClusterPreference',
  metadata: { name },
});
const known = {
  instancetypes: [itype('u1.medium', 1, '4Gi'), itype('n1.xlarge', 8, '16Gi')],
  preferences: [pref('fedora')],
};

const choices = (patch: Partial<WizardChoices> = {}): WizardChoices => ({
  namespace: 'demo',
  name: 'vm1',
  instancetype: '',
  preference: '',
  start: true,
  credential: 'password',
  sshKey: '',
  parameters: {},
  networks: {},
  count: 1,
  namePattern: '',
  ...patch,
});

const KEY =
  'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKq1nT0pS3C9bHbS4Wq9H7iWmP3hYw8m1m0m6qQx3y3Z me@host';

describe('field checks', () => {
  it('nameProblem accepts DNS-1123 labels of at most 63 characters', () => {
    expect(nameProblem('fedora-1')).toBeUndefined();
    expect(nameProblem('')?.message).toBe('Enter a name.');
    expect(nameProblem('a'.repeat(64))?.params).toEqual({ length: 64 });
    expect(nameProblem('Fedora')).toBeDefined();
    expect(nameProblem('-a')).toBeDefined();
  });

  it('sshKeyProblem accepts a public key and refuses private keys and junk', () => {
    expect(sshKeyProblem(KEY)).toBeUndefined();
    expect(sshKeyProblem('-----BEGIN OPENSSH PRIVATE KEY-----\nabc')?.message).toMatch(
      /private key/,
    );
    expect(sshKeyProblem(`${KEY}\n${KEY}`)?.message).toMatch(/one line/);
    expect(sshKeyProblem('hello')).toBeDefined();
    expect(sshKeyProblem('  ')).toBeDefined();
  });

  it('defaultVmName always gives a valid name', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer(), (source, seed) => {
        expect(nameProblem(defaultVmName(source, createSeededRandom(seed)))).toBeUndefined();
      }),
    );
  });
});

describe('defaults', () => {
  it('takes the boilerplate instancetype over the label when the cluster has it', () => {
    const c = classifyDataSource(seedAppliance());
    expect(defaultInstancetype(c, known.instancetypes, 'demo')).toBe('n1.xlarge');
    expect(defaultInstancetype(c, [itype('u1.medium', 1, '4Gi')], 'demo')).toBe('');
  });

  it('knows when an appliance carries its own password', () => {
    expect(boilerplateHasPassword(seedAppliance())).toBe(true);
    expect(boilerplateHasPassword(golden())).toBe(false);
  });

  it('maps credential modes onto the core choices', () => {
    expect(choicesForCore(choices({ credential: 'ssh', sshKey: ` ${KEY} ` }))).toMatchObject({
      sshPublicKey: KEY,
      generatePassword: false,
    });
    expect(choicesForCore(choices({ credential: 'keep' }))).toMatchObject({
      keepBoilerplatePassword: true,
      generatePassword: false,
    });
    expect(choicesForCore(choices({ instancetype: 'u1.medium' })).instancetype).toEqual({
      kind: 'VirtualMachineClusterInstancetype',
      name: 'u1.medium',
    });
  });
});

describe('a batch in the wizard (semantics §11)', () => {
  it('names the VMs from the pattern (default <name>-{n}) and checks it', () => {
    expect(vmNames(choices())).toEqual(['vm1']);
    expect(vmNames(choices({ count: 3 }))).toEqual(['vm1-1', 'vm1-2', 'vm1-3']);
    expect(vmNames(choices({ count: 2, namePattern: 'lab{n}' }))).toEqual(['lab1', 'lab2']);
    expect(batchProblems(choices({ count: 2, namePattern: 'same' })).map((f) => f.code)).toEqual([
      'BatchPatternWithoutNumber',
    ]);
    expect(batchProblems(choices({ count: 0 })).map((f) => f.code)).toEqual(['BatchCountInvalid']);
  });

  it('makes the other VMs each on its own: their names, Secrets and passwords', () => {
    const input = { dataSource: seedAppliance(), choices: choices({ count: 3 }), known, seed: 7 };
    const first = buildReview(input);
    const others = buildBatchMembers(input);
    expect(others.map((m) => m.name)).toEqual(['vm1-2', 'vm1-3']);
    expect(first.text).toContain('name: vm1-1\n');
    expect(others[1].text).toContain('vm1-3-cloudinit');
    const passwords = [first.password, ...others.map((m) => m.password)];
    expect(new Set(passwords).size).toBe(3);
    expect(buildBatchMembers(input).map((m) => m.text)).toEqual(others.map((m) => m.text));
  });
});

describe('buildReview and reviewText', () => {
  it('builds Secrets then the VM, the same for the same seed, without the seed password', () => {
    const input = { dataSource: seedAppliance(), choices: choices(), known, seed: 7 };
    const a = buildReview(input);
    expect(buildReview(input).text).toBe(a.text);
    const docs = loadAll(a.text) as KubeObject[];
    expect(docs.map((d) => d.kind)).toEqual(['Secret', 'VirtualMachine']);
    expect(a.text).not.toContain('7lx3-sx9f-5pm9');
    expect(a.password).toBeTruthy();
    expect(a.baseText).toContain('persistenVolumeClaim');
    expect(a.completionFindings.map((f) => f.code)).toContain('RunStrategyInvalid');
  });

  it('finds the misspelled field in the completed seed, and its fix clears it', () => {
    const base = buildReview({ dataSource: seedAppliance(), choices: choices(), known, seed: 1 });
    const first = reviewText(base.text, 'demo', known);
    const fixable = first.findings.filter((f) => f.severity === 'error' && f.fix);
    expect(fixable.map((f) => f.code)).toContain('SchemaUnknownField');
    let text = base.text;
    for (const f of fixable) {
      const out = applyFindingFix(text, f, first.vmIndex);
      if (!out.ok) throw new Error(out.reason);
      text = out.text;
    }
    const after = reviewText(text, 'demo', known);
    expect(after.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const vm = after.objects[after.vmIndex];
    expect((vm.spec as { runStrategy: string }).runStrategy).toBe('Always');
  });

  it('generates a VM from a golden image with the chosen instancetype and an SSH key', () => {
    const ds = golden();
    const base = buildReview({
      dataSource: ds,
      choices: choices({ instancetype: 'u1.medium', credential: 'ssh', sshKey: KEY }),
      known,
      seed: 1,
    });
    const state = reviewText(base.text, 'demo', known);
    expect(state.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(state.objects.map((o) => o.kind)).toEqual(['Secret', 'VirtualMachine']);
    expect(base.password).toBeUndefined();
  });

  it('reports an unknown field typed into the YAML, a syntax error, and a foreign namespace', () => {
    const base = buildReview({
      dataSource: golden(),
      choices: choices({ instancetype: 'u1.medium' }),
      known,
      seed: 1,
    });
    const typo = base.text.replace('runStrategy:', 'runStrateg: Always\n  runStrategy:');
    expect(reviewText(typo, 'demo', known).findings.map((f) => f.code)).toContain(
      'SchemaUnknownField',
    );
    expect(reviewText('a: [', 'demo', known).findings[0].code).toBe('YamlSyntax');
    const moved = reviewText(base.text, 'team-a', known);
    const mismatch = moved.findings.filter((f) => f.code === 'NamespaceMismatch');
    expect(mismatch.length).toBeGreaterThan(0);
    let text = base.text;
    for (const f of mismatch) {
      const out = applyFindingFix(text, f, moved.vmIndex);
      if (out.ok) text = out.text;
    }
    expect(
      reviewText(text, 'team-a', known).findings.filter((f) => f.code === 'NamespaceMismatch'),
    ).toEqual([]);
  });
});

describe("a namespace's own instancetypes and preferences", () => {
  const own = (kind: string, name: string, namespace: string): KubeObject => ({
    apiVersion: 'instancetype.kubevirt.io/v1beta1',
    kind,
    metadata: { name, namespace },
    spec: { cpu: { guest: 1 }, memory: { guest: '1Gi' } },
  });
  const ownIt = own('VirtualMachineInstancetype', 'team-small', 'demo');
  const ownPref = own('VirtualMachinePreference', 'team-fedora', 'demo');
  const teamKnown = {
    instancetypes: [...known.instancetypes, ownIt],
    preferences: [...known.preferences, ownPref],
  };

  it('are chosen as KIND/NAME, cluster ones by name, as the command line takes them', () => {
    const ref = { kind: 'VirtualMachineInstancetype', name: 'team-small' };
    expect(refValue(ref)).toBe('VirtualMachineInstancetype/team-small');
    expect(refFromValue('instancetype', refValue(ref))).toEqual(ref);
    expect(refFromValue('preference', 'fedora')).toEqual({
      kind: 'VirtualMachineClusterPreference',
      name: 'fedora',
    });
    expect(refFromValue('instancetype', '')).toBeUndefined();
  });

  it("default to a source's namespaced instancetype only where that namespace has it", () => {
    const ds = golden();
    ds.metadata!.labels = {
      ...ds.metadata!.labels,
      'instancetype.kubevirt.io/default-instancetype': 'team-small',
      'instancetype.kubevirt.io/default-instancetype-kind': 'VirtualMachineInstancetype',
    };
    const c = classifyDataSource(ds);
    expect(defaultInstancetype(c, teamKnown.instancetypes, 'demo')).toBe(
      'VirtualMachineInstancetype/team-small',
    );
    expect(defaultInstancetype(c, teamKnown.instancetypes, 'team-a')).toBe('');
  });

  it('reach the VM with their kind, and the known-name check accepts them in their namespace', () => {
    const review = buildReview({
      dataSource: golden(),
      choices: choices({
        instancetype: 'VirtualMachineInstancetype/team-small',
        preference: 'VirtualMachinePreference/team-fedora',
      }),
      known: teamKnown,
      seed: 1,
    });
    const vm = loadAll(review.text).find((d) => (d as KubeObject).kind === 'VirtualMachine') as {
      spec: Record<string, unknown>;
    };
    expect(vm.spec.instancetype).toEqual({
      kind: 'VirtualMachineInstancetype',
      name: 'team-small',
    });
    expect(vm.spec.preference).toEqual({ kind: 'VirtualMachinePreference', name: 'team-fedora' });
    const codes = (ns: string) =>
      reviewText(review.text.replace(/namespace: demo/g, `namespace: ${ns}`), ns, teamKnown)
        .findings.filter((f) => f.severity === 'error')
        .map((f) => f.code);
    expect(codes('demo')).toEqual([]);
    expect(codes('team-a')).toEqual(['InstancetypeNotFound', 'PreferenceNotFound']);
  });
});
