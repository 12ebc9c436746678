import type { ApplyResult } from '../../../../src/k8s/apply';
import type { ReviewBase, ReviewState } from '../../../../src/views/create/model';
import {
  createBlock,
  currentValidation,
  initialWizardState,
  isValid,
  reviewFindings,
  wizardReducer,
  type WizardAction,
  type WizardState,
} from '../../../../src/views/create/state';

const run = (actions: WizardAction[], from: WizardState = initialWizardState('demo')) =>
  actions.reduce(wizardReducer, from);

const base = (text: string): ReviewBase => ({
  text,
  baseText: 'boilerplate',
  completionFindings: [],
});
const clean: ReviewState = { objects: [{ kind: 'VirtualMachine' }], vmIndex: 0, findings: [] };
const broken: ReviewState = {
  objects: [],
  vmIndex: -1,
  findings: [{ severity: 'error', code: 'YamlSyntax', path: '', message: 'bad' }],
};
const generated = (key: string, text: string): WizardAction => ({
  type: 'generated',
  key,
  base: base(text),
  validation: clean,
});
const ok: ApplyResult = { ok: true, created: [], vm: { kind: 'VirtualMachine' } };

describe('the create wizard state: choices', () => {
  it('starts in the namespace of the page with a generated password', () => {
    const s = initialWizardState('team-a');
    expect(s.choices).toMatchObject({ namespace: 'team-a', credential: 'password', start: true });
    expect(s.touched).toEqual([]);
  });

  it('records what the user chose and that they chose it', () => {
    const s = run([{ type: 'choose', patch: { name: 'vm1', start: false } }]);
    expect(s.choices).toMatchObject({ name: 'vm1', start: false });
    expect([...s.touched].sort()).toEqual(['name', 'start']);
  });

  it("drops a namespace's own instancetype and preference when the namespace changes", () => {
    const s = run([
      {
        type: 'choose',
        patch: {
          instancetype: 'VirtualMachineInstancetype/small',
          preference: 'VirtualMachinePreference/fedora',
        },
      },
      { type: 'choose', patch: { namespace: 'other' } },
    ]);
    expect(s.choices).toMatchObject({ namespace: 'other', instancetype: '', preference: '' });
    expect(s.touched).not.toContain('instancetype');
  });

  it('keeps a cluster instancetype when the namespace changes', () => {
    const s = run([
      { type: 'choose', patch: { instancetype: 'u1.large' } },
      { type: 'choose', patch: { namespace: 'other' } },
    ]);
    expect(s.choices.instancetype).toBe('u1.large');
    expect(s.touched).toContain('instancetype');
  });

  it("gives a new source a new default name, but never over the user's name", () => {
    const first = run([{ type: 'sourceChanged', sourceId: 'os/fedora', defaultName: 'fedora-ab' }]);
    expect(first.choices.name).toBe('fedora-ab');
    // The same source again (a re-render) keeps the name it has.
    expect(
      wizardReducer(first, { type: 'sourceChanged', sourceId: 'os/fedora', defaultName: 'x' }),
    ).toBe(first);
    const next = wizardReducer(first, {
      type: 'sourceChanged',
      sourceId: 'os/rhel9',
      defaultName: 'rhel9-cd',
    });
    expect(next.choices.name).toBe('rhel9-cd');
    const typed = run(
      [
        { type: 'choose', patch: { name: 'mine' } },
        { type: 'sourceChanged', sourceId: 'os/ubuntu', defaultName: 'ubuntu-ef' },
      ],
      first,
    );
    expect(typed.choices.name).toBe('mine');
  });

  it('fills the default instancetype until the user picks one', () => {
    const s = run([{ type: 'instancetypeDefault', instancetype: 'u1.medium' }]);
    expect(s.choices.instancetype).toBe('u1.medium');
    expect(wizardReducer(s, { type: 'instancetypeDefault', instancetype: 'u1.medium' })).toBe(s);
    const picked = run(
      [
        { type: 'choose', patch: { instancetype: 'u1.large' } },
        { type: 'instancetypeDefault', instancetype: 'u1.small' },
      ],
      s,
    );
    expect(picked.choices.instancetype).toBe('u1.large');
  });

  it('moves to the first namespace the user may use when the current one is not allowed', () => {
    const s = run([{ type: 'namespacesLoaded', namespaces: ['team-a', 'team-b'] }]);
    expect(s.choices.namespace).toBe('team-a');
    const allowed = run([{ type: 'namespacesLoaded', namespaces: ['x', 'demo'] }]);
    expect(allowed.choices.namespace).toBe('demo');
    const none = initialWizardState('demo');
    expect(wizardReducer(none, { type: 'namespacesLoaded', namespaces: [] })).toBe(none);
  });

  it("never proposes a golden images' namespace, unless the user chose it (semantics §10)", () => {
    const golden = 'openshift-virtualization-os-images';
    const fromAll = wizardReducer(initialWizardState(''), {
      type: 'namespacesLoaded',
      namespaces: [golden, 'kubevirt-os-images', 'team-a'],
    });
    expect(fromAll.choices.namespace).toBe('team-a');
    const active = wizardReducer(initialWizardState(golden), {
      type: 'namespacesLoaded',
      namespaces: ['demo', golden],
    });
    expect(active.choices.namespace).toBe('demo');
    const chosen = wizardReducer(
      wizardReducer(initialWizardState('demo'), { type: 'choose', patch: { namespace: golden } }),
      { type: 'namespacesLoaded', namespaces: ['demo', golden] },
    );
    expect(chosen.choices.namespace).toBe(golden);
    // Nothing else allowed: the golden images' namespace is all there is.
    const only = wizardReducer(initialWizardState(''), {
      type: 'namespacesLoaded',
      namespaces: [golden],
    });
    expect(only.choices.namespace).toBe(golden);
  });
});

describe('the create wizard state: review', () => {
  it('shows the generated text, already validated', () => {
    const s = run([generated('k1', 'a: 1\n')]);
    expect(s.text).toBe('a: 1\n');
    expect(currentValidation(s)).toBe(clean);
    expect(isValid(s)).toBe(true);
    expect(s.replaced).toBeUndefined();
  });

  it('generates once per key', () => {
    const s = run([generated('k1', 'a: 1\n')]);
    expect(wizardReducer(s, generated('k1', 'other\n'))).toBe(s);
  });

  it('an edit waits for its validation; until then Create is blocked for checking', () => {
    const s = run([generated('k1', 'a: 1\n'), { type: 'edited', text: 'a: 2\n' }]);
    expect(currentValidation(s)).toBeUndefined();
    expect(createBlock(s, { status: 'idle' })).toEqual({ reason: 'validating' });
    const checked = wizardReducer(s, { type: 'validated', text: 'a: 2\n', validation: broken });
    expect(isValid(checked)).toBe(false);
    expect(createBlock(checked, { status: 'idle' })).toEqual({ reason: 'errors', count: 1 });
  });

  it('a validation of an older text does not count for the current one', () => {
    const s = run([
      generated('k1', 'a: 1\n'),
      { type: 'edited', text: 'a: 2\n' },
      { type: 'validated', text: 'a: 3\n', validation: clean },
    ]);
    expect(currentValidation(s)).toBeUndefined();
  });

  it('keeps edited text that a regeneration replaces, and restores it', () => {
    const s = run([
      generated('k1', 'a: 1\n'),
      { type: 'edited', text: 'mine\n' },
      generated('k2', 'b: 1\n'),
    ]);
    expect(s.text).toBe('b: 1\n');
    expect(s.replaced).toBe('mine\n');
    const restored = wizardReducer(s, { type: 'restoredEdits', validation: broken });
    expect(restored.text).toBe('mine\n');
    expect(restored.replaced).toBeUndefined();
    expect(currentValidation(restored)).toBe(broken);
    expect(wizardReducer(restored, { type: 'restoredEdits', validation: clean })).toBe(restored);
  });

  it('an unedited text is not kept on regeneration', () => {
    const s = run([generated('k1', 'a: 1\n'), generated('k2', 'b: 1\n')]);
    expect(s.replaced).toBeUndefined();
  });

  it('waits for the dry run, and counts its errors', () => {
    const s = run([generated('k1', 'a: 1\n')]);
    expect(createBlock(s, { status: 'running' })).toEqual({ reason: 'dry-run' });
    expect(createBlock(s, { status: 'done', findings: [] })).toBeUndefined();
    const objection = { severity: 'error' as const, code: 'Server', path: '', message: 'no' };
    expect(reviewFindings(s, { status: 'done', findings: [objection] })).toEqual([objection]);
    expect(createBlock(s, { status: 'done', findings: [objection] })).toEqual({
      reason: 'errors',
      count: 1,
    });
  });
});

describe('the create wizard state: creating', () => {
  it('records one attempt at a time, and only its answer', () => {
    const s = run([generated('k1', 'a: 1\n'), { type: 'createStarted', attempt: 1 }]);
    expect(s.create).toEqual({ status: 'creating', attempt: 1 });
    // A second click on the same attempt changes nothing.
    expect(wizardReducer(s, { type: 'createStarted', attempt: 1 })).toBe(s);
    // An answer for another attempt is ignored.
    expect(
      wizardReducer(s, { type: 'createFinished', attempt: 2, result: ok, text: 'a: 1\n' }),
    ).toBe(s);
    const done = wizardReducer(s, { type: 'createFinished', attempt: 1, result: ok, text: 'a' });
    expect(done.create).toEqual({ status: 'done', result: ok, text: 'a' });
  });

  it('keeps the text after a failed attempt, so the user can retry', () => {
    const failed: ApplyResult = {
      ok: false,
      step: 'create',
      findings: [],
      rolledBack: [],
      leftBehind: [],
    };
    const s = run([
      generated('k1', 'a: 1\n'),
      { type: 'createStarted', attempt: 1 },
      { type: 'createFinished', attempt: 1, result: failed, text: 'a: 1\n' },
      { type: 'createStarted', attempt: 2 },
    ]);
    expect(s.text).toBe('a: 1\n');
    expect(s.create).toEqual({ status: 'creating', attempt: 2 });
  });
});
