/** @jest-environment jsdom */
import * as React from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import '@testing-library/jest-dom';
import { finding } from '../../../../src/findings';
import { YamlEditor } from '../../../../src/components/yaml-editor/YamlEditor';
import { initTestI18n } from '../../i18n';

/** A stand-in for Monaco: records markers and the code action provider. */
const fake = {
  markers: [] as Array<Record<string, unknown>>,
  provider: undefined as
    | undefined
    | {
        provideCodeActions: (
          model: unknown,
          range: unknown,
          ctx: { markers: unknown[] },
        ) => {
          actions: Array<{
            title: string;
            edit: { edits: Array<{ textEdit: { text: string; range: unknown } }> };
          }>;
        };
      },
  disposed: 0,
  value: '',
};
const model = {
  getValue: () => fake.value,
  uri: 'inmemory://1',
  getVersionId: () => 1,
  getFullModelRange: () => ({}),
  getPositionAt: (offset: number) => {
    const before = fake.value.slice(0, offset).split('\n');
    return { lineNumber: before.length, column: before[before.length - 1].length + 1 };
  },
};
const monaco = {
  MarkerSeverity: { Error: 8, Warning: 4, Info: 2 },
  editor: {
    setModelMarkers: (_m: unknown, _o: string, markers: Array<Record<string, unknown>>) => {
      fake.markers = markers;
    },
  },
  languages: {
    registerCodeActionProvider: (_lang: string, p: typeof fake.provider) => {
      fake.provider = p;
      return { dispose: () => (fake.disposed += 1) };
    },
  },
};
const executed: Array<{ source: string; edits: unknown }> = [];
const editor = {
  getModel: () => model,
  pushUndoStop: () => true,
  executeEdits: (source: string, edits: unknown) => executed.push({ source, edits }),
};

jest.mock('@openshift-console/dynamic-plugin-sdk', () => {
  const R = jest.requireActual('react');
  return {
    CodeEditor: (props: {
      value: string;
      onChange: (v: string) => void;
      onEditorDidMount: (e: unknown, m: unknown) => void;
    }) => {
      fake.value = props.value;
      R.useEffect(() => props.onEditorDidMount(editor, monaco), []);
      return R.createElement('textarea', {
        'data-testid': 'code',
        value: props.value,
        onChange: (e: { target: { value: string } }) => props.onChange(e.target.value),
      });
    },
  };
});

beforeAll(initTestI18n);

const TEXT = [
  'apiVersion: kubevirt.io/v1',
  'kind: VirtualMachine',
  'spec:',
  '  runStrategy: Running',
  '',
].join('\n');
const bad = finding(
  'error',
  'RunStrategyInvalid',
  '/spec/runStrategy',
  'runStrategy {{v}} is not valid',
  { v: 'Running' },
  {
    fix: {
      title: 'Use Always',
      patch: [{ op: 'replace', path: '/spec/runStrategy', value: 'Always' }],
    },
  },
);

test('markers land on the finding lines and quick fixes rewrite the text', () => {
  jest.useFakeTimers();
  const onValidate = jest.fn();
  const onChange = jest.fn();
  const view = render(
    <YamlEditor
      value={TEXT}
      onChange={onChange}
      findings={[bad]}
      onValidate={onValidate}
      debounceMs={200}
    />,
  );
  expect(screen.getByTestId('code').closest('[data-test="yaml-editor"]')).toBeInTheDocument();
  expect(fake.markers).toEqual([
    expect.objectContaining({
      startLineNumber: 4,
      severity: 8,
      source: 'RunStrategyInvalid',
      message: 'runStrategy Running is not valid (RunStrategyInvalid)',
    }),
  ]);
  const { actions } = fake.provider!.provideCodeActions(model, {}, { markers: fake.markers });
  expect(actions.map((a) => a.title)).toEqual(['Use Always']);
  // One small edit (the value only), so the user's other lines and undo history are untouched.
  expect(actions[0].edit.edits[0].textEdit).toEqual({
    text: 'Always',
    range: { startLineNumber: 4, startColumn: 16, endLineNumber: 4, endColumn: 23 },
  });

  // Markers of other owners have no finding index with a matching code: no action.
  expect(
    fake.provider!.provideCodeActions(model, {}, { markers: [{ code: '0', source: 'yaml' }] })
      .actions,
  ).toEqual([]);

  // Typing calls onChange at once and onValidate once after the pause.
  const input = screen.getByTestId('code');
  fireEvent.change(input, { target: { value: `${TEXT}#1` } });
  fireEvent.change(input, { target: { value: `${TEXT}#2` } });
  expect(onChange).toHaveBeenCalledTimes(2);
  expect(onValidate).not.toHaveBeenCalled();
  act(() => jest.advanceTimersByTime(250));
  expect(onValidate).toHaveBeenCalledTimes(1);
  expect(onValidate).toHaveBeenCalledWith(`${TEXT}#2`);

  view.unmount();
  expect(fake.disposed).toBe(1);
  jest.useRealTimers();
});

test('fixRef applies a fix through the editor as one undoable edit, and refuses one that cannot apply', () => {
  executed.length = 0;
  const fixRef: React.MutableRefObject<((f: typeof bad) => string | undefined) | undefined> = {
    current: undefined,
  };
  const view = render(
    <YamlEditor value={TEXT} onChange={jest.fn()} findings={[bad]} fixRef={fixRef} />,
  );
  expect(fixRef.current?.(bad)).toBe(TEXT.replace('Running', 'Always'));
  expect(executed).toEqual([
    {
      source: 'appliance-fix',
      edits: [
        {
          text: 'Always',
          range: { startLineNumber: 4, startColumn: 16, endLineNumber: 4, endColumn: 23 },
        },
      ],
    },
  ]);
  const stale = finding(
    'error',
    'X',
    '/spec/nope',
    'm',
    {},
    {
      fix: { title: 'Remove', patch: [{ op: 'remove', path: '/spec/nope' }] },
    },
  );
  expect(fixRef.current?.(stale)).toBeUndefined();
  expect(executed).toHaveLength(1);
  view.unmount();
  expect(fixRef.current).toBeUndefined();
});
