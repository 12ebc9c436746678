import type { Finding } from '../../../../src/findings';
import type { KubeObject } from '../../../../src/appliance/types';
import {
  editorReducer,
  initialEditorState,
  isDirty,
  saveGoesAhead,
  type EditorAction,
  type EditorState,
} from '../../../../src/views/editor/state';

const VM_SPEC = 'appliance.kubevirt.io/vm-spec';
const ds = (boilerplate: string | undefined, rv = '1'): KubeObject => ({
  apiVersion: 'cdi.kubevirt.io/v1beta1',
  kind: 'DataSource',
  metadata: {
    name: 'app',
    namespace: 'demo',
    resourceVersion: rv,
    ...(boilerplate === undefined ? {} : { annotations: { [VM_SPEC]: boilerplate } }),
  },
});
const error: Finding = {
  severity: 'error',
  code: 'RunStrategyInvalid',
  path: '/spec',
  message: 'm',
};
const run = (actions: EditorAction[], from: EditorState = initialEditorState('demo')) =>
  actions.reduce(editorReducer, from);
const loaded = () => run([{ type: 'loaded', dataSource: ds('spec: {}\n') }]);

describe('the boilerplate editor state', () => {
  it('starts empty, with the page namespace as the sample namespace', () => {
    const s = initialEditorState('team-a');
    expect(s).toMatchObject({ text: '', sampleNamespace: 'team-a', saving: false });
    expect(isDirty(s)).toBe(false);
  });

  it('shows and checks the loaded boilerplate, clean', () => {
    const s = loaded();
    expect(s).toMatchObject({
      text: 'spec: {}\n',
      savedText: 'spec: {}\n',
      checkedText: 'spec: {}\n',
    });
    expect(isDirty(s)).toBe(false);
  });

  it('a DataSource without a boilerplate opens empty', () => {
    const s = run([{ type: 'loaded', dataSource: ds(undefined) }]);
    expect(s.text).toBe('');
  });

  it('records a load failure', () => {
    const e = new Error('forbidden');
    expect(run([{ type: 'loadFailed', error: e }]).loadError).toBe(e);
  });

  it('an edit makes the text dirty; its check comes later', () => {
    const s = run([{ type: 'edited', text: 'spec: {a: 1}\n' }], loaded());
    expect(isDirty(s)).toBe(true);
    expect(s.checkedText).toBe('spec: {}\n');
    const checked = editorReducer(s, { type: 'checked', text: 'spec: {a: 1}\n' });
    expect(checked.checkedText).toBe('spec: {a: 1}\n');
    expect(editorReducer(checked, { type: 'checked', text: 'spec: {a: 1}\n' })).toBe(checked);
  });

  it('a fix changes the text and checks it at once', () => {
    const s = run([{ type: 'fixed', text: 'fixed\n' }], loaded());
    expect(s).toMatchObject({ text: 'fixed\n', checkedText: 'fixed\n' });
  });

  it('saving an unchanged text only says so', () => {
    const s = run([{ type: 'saveRequested', findings: [] }], loaded());
    expect(s.notice).toEqual({ kind: 'unchanged' });
    expect(saveGoesAhead(s, [])).toBe(false);
  });

  it('saving a text with errors asks first; cancelling keeps the text', () => {
    const edited = run([{ type: 'edited', text: 'bad\n' }], loaded());
    const asked = editorReducer(edited, { type: 'saveRequested', findings: [error] });
    expect(asked.confirmErrors).toEqual([error]);
    expect(saveGoesAhead(asked, [error])).toBe(false);
    const cancelled = editorReducer(asked, { type: 'confirmCancelled' });
    expect(cancelled.confirmErrors).toBeUndefined();
    expect(cancelled.text).toBe('bad\n');
  });

  it('a clean changed text goes straight to the save', () => {
    const edited = run([{ type: 'edited', text: 'spec: {b: 1}\n' }], loaded());
    expect(saveGoesAhead(edited, [])).toBe(true);
    expect(editorReducer(edited, { type: 'saveRequested', findings: [] })).toBe(edited);
  });

  it('a saved text is the new clean state', () => {
    const saving = run([{ type: 'edited', text: 'new\n' }, { type: 'saveStarted' }], loaded());
    expect(saving.saving).toBe(true);
    expect(saveGoesAhead(saving, [])).toBe(false);
    const saved = editorReducer(saving, {
      type: 'saveFinished',
      base: ds('spec: {}\n'),
      sent: { boilerplate: 'new\n', parameters: '' },
      result: { kind: 'saved', object: ds('new\n', '2') },
    });
    expect(saved).toMatchObject({ saving: false, savedText: 'new\n', notice: { kind: 'saved' } });
    expect(saved.loaded?.metadata?.resourceVersion).toBe('2');
    expect(isDirty(saved)).toBe(false);
  });

  it('a conflict shows both sides; reloading takes theirs and drops mine', () => {
    const saving = run([{ type: 'edited', text: 'mine\n' }, { type: 'saveStarted' }], loaded());
    const conflict = editorReducer(saving, {
      type: 'saveFinished',
      base: ds('spec: {}\n'),
      sent: { boilerplate: 'mine\n', parameters: '' },
      result: { kind: 'conflict', current: ds('theirs\n', '5') },
    });
    expect(conflict.conflict?.view).toMatchObject({
      base: 'spec: {}\n',
      theirs: 'theirs\n',
      mine: 'mine\n',
      boilerplateChanged: true,
      theirResourceVersion: '5',
    });
    expect(conflict.text).toBe('mine\n');
    const reloaded = editorReducer(conflict, { type: 'reloaded' });
    expect(reloaded).toMatchObject({
      text: 'theirs\n',
      savedText: 'theirs\n',
      notice: { kind: 'reloaded' },
    });
    expect(reloaded.conflict).toBeUndefined();
    const kept = editorReducer(conflict, { type: 'conflictCancelled' });
    expect(kept).toMatchObject({ text: 'mine\n', conflict: undefined });
  });

  it('a failed save keeps the text and says why', () => {
    const s = run(
      [
        { type: 'edited', text: 'mine\n' },
        { type: 'saveStarted' },
        {
          type: 'saveFinished',
          base: ds('spec: {}\n'),
          sent: { boilerplate: 'mine\n', parameters: '' },
          result: { kind: 'failed', status: 403, message: 'forbidden' },
        },
      ],
      loaded(),
    );
    expect(s).toMatchObject({
      text: 'mine\n',
      saving: false,
      notice: { kind: 'save-failed', forbidden: true, message: 'forbidden' },
    });
    expect(isDirty(s)).toBe(true);
  });

  it('edits of the parameter declarations are unsaved changes, saved with the boilerplate', () => {
    const declarations = '- name: HOST\n  type: hostname\n';
    const edited = run(
      [
        { type: 'parametersEdited', text: declarations },
        { type: 'parametersChecked', text: declarations },
      ],
      loaded(),
    );
    expect(edited).toMatchObject({
      parametersText: declarations,
      checkedParametersText: declarations,
      savedParametersText: '',
      text: 'spec: {}\n',
    });
    expect(isDirty(edited)).toBe(true);
    expect(saveGoesAhead(edited, [])).toBe(true);
    // An error in the declarations asks for a confirmation like one in the boilerplate.
    expect(
      editorReducer(edited, { type: 'saveRequested', findings: [error] }).confirmErrors,
    ).toEqual([error]);
    const saved = editorReducer(edited, {
      type: 'saveFinished',
      base: ds('spec: {}\n'),
      sent: { boilerplate: 'spec: {}\n', parameters: declarations },
      result: { kind: 'saved', object: ds('spec: {}\n', '2') },
    });
    expect(saved.savedParametersText).toBe(declarations);
    expect(isDirty(saved)).toBe(false);
    // Leaving an editor before its debounced check: both texts become the checked ones.
    const left = run(
      [
        { type: 'edited', text: 'spec: {b: 1}\n' },
        { type: 'parametersEdited', text: '- name: X\n' },
        { type: 'checkedAll' },
      ],
      loaded(),
    );
    expect(left).toMatchObject({
      checkedText: 'spec: {b: 1}\n',
      checkedParametersText: '- name: X\n',
    });
    expect(editorReducer(left, { type: 'checkedAll' })).toBe(left);
    // Blank declarations are no declarations: clearing an absent annotation changes nothing.
    expect(isDirty(run([{ type: 'parametersEdited', text: '  \n' }], loaded()))).toBe(false);
  });

  it("the sample namespace is the user's choice", () => {
    expect(run([{ type: 'sampleNamespace', namespace: 'x' }]).sampleNamespace).toBe('x');
  });
});
