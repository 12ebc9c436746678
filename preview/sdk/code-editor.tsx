import * as React from 'react';
import type {
  CodeEditor as SdkCodeEditor,
  CodeEditorRef,
} from '@openshift-console/dynamic-plugin-sdk';
import type * as Monaco from 'monaco-editor/esm/vs/editor/editor.api';

type MonacoModule = typeof Monaco;

let monacoPromise: Promise<MonacoModule> | undefined;

/** Monaco from the bundled monaco-editor package (never a CDN), with its worker and YAML. */
const loadMonaco = (): Promise<MonacoModule> => {
  if (!monacoPromise) {
    (self as unknown as { MonacoEnvironment: Monaco.Environment }).MonacoEnvironment = {
      getWorker: () =>
        new Worker(new URL('monaco-editor/esm/vs/editor/editor.worker.js', import.meta.url), {
          type: 'module',
        }),
    };
    monacoPromise = Promise.all([
      import(/* webpackChunkName: "monaco" */ 'monaco-editor/esm/vs/editor/edcore.main.js'),
      import(
        /* webpackChunkName: "monaco" */ 'monaco-editor/esm/vs/basic-languages/yaml/yaml.contribution.js'
      ),
    ]).then(([m]) => m as unknown as MonacoModule);
  }
  return monacoPromise;
};

type Props = React.ComponentProps<typeof SdkCodeEditor>;

/** The SDK's CodeEditor: Monaco with `{editor, monaco}` on the ref. */
export const CodeEditor: typeof SdkCodeEditor = React.forwardRef<CodeEditorRef, Props>(
  function CodeEditor(props, ref) {
    const {
      value = '',
      language = 'yaml',
      onChange,
      isReadOnly,
      minHeight,
      height,
      options,
      onEditorDidMount,
      onSave,
    } = props;
    const host = React.useRef<HTMLDivElement>(null);
    const [handle, setHandle] = React.useState<CodeEditorRef>();
    const [error, setError] = React.useState<string>();
    const latest = React.useRef({ onChange, onSave });
    latest.current = { onChange, onSave };

    React.useImperativeHandle(ref, () => handle as CodeEditorRef, [handle]);

    React.useEffect(() => {
      let editor: Monaco.editor.IStandaloneCodeEditor | undefined;
      let live = true;
      loadMonaco()
        .then((monaco) => {
          if (!live || !host.current) return;
          editor = monaco.editor.create(host.current, {
            value,
            language,
            readOnly: Boolean(isReadOnly),
            automaticLayout: true,
            minimap: { enabled: false },
            scrollBeyondLastLine: false,
            ...(options as Monaco.editor.IStandaloneEditorConstructionOptions | undefined),
          });
          editor.onDidChangeModelContent((e) =>
            latest.current.onChange?.(editor?.getValue() ?? '', e as never),
          );
          editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyS, () =>
            latest.current.onSave?.(),
          );
          onEditorDidMount?.(editor as never, monaco as never);
          setHandle({ editor: editor as never, monaco: monaco as never });
        })
        .catch((err: Error) => live && setError(err.message));
      return () => {
        live = false;
        editor?.dispose();
      };
      // The editor is created once; value/readOnly changes are applied below.
      // eslint-disable-next-line react-hooks/exhaustive-deps
    }, []);

    React.useEffect(() => {
      const editor = handle?.editor as unknown as Monaco.editor.IStandaloneCodeEditor | undefined;
      if (editor && editor.getValue() !== value) editor.setValue(value);
    }, [handle, value]);

    React.useEffect(() => {
      const editor = handle?.editor as unknown as Monaco.editor.IStandaloneCodeEditor | undefined;
      editor?.updateOptions({ readOnly: Boolean(isReadOnly) });
    }, [handle, isReadOnly]);

    if (error) {
      return <pre data-test="code-editor-error">{`The code editor failed to load: ${error}`}</pre>;
    }
    return (
      <div
        ref={host}
        data-test="code-editor"
        data-ready={handle ? 'true' : 'false'}
        style={{ minHeight: minHeight ?? '300px', height: height ?? '400px', width: '100%' }}
      />
    );
  },
);
