import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { CodeEditor } from '@openshift-console/dynamic-plugin-sdk';
import type * as Monaco from 'monaco-editor/esm/vs/editor/editor.api';
import type { Finding } from '../../appliance/findings';
import { applyPatchToText, minimalEdit } from '../../appliance/text-fix';
import { markersFor } from '../../components/yaml-editor/documents';
import { useDebouncedCallback } from '../../components/yaml-editor/useDebouncedCallback';

type MonacoApi = typeof Monaco;
const MARKER_OWNER = 'kubevirt-appliance-plugin-boilerplate';

export interface BoilerplateCodeEditorProps {
  value: string;
  onChange: (text: string) => void;
  /** Findings whose paths point into the text (no subject). */
  findings: readonly Finding[];
  onValidate: (text: string) => void;
  onMonaco?: (monaco: MonacoApi) => void;
  /** Receives the function that applies a finding's fix in place (for "Fix" buttons). */
  fixRef?: React.MutableRefObject<((f: Finding) => string | undefined) | undefined>;
  isReadOnly?: boolean;
  /** Ctrl/Cmd+S in the editor. */
  onSave?: () => void;
}

/**
 * The SDK's CodeEditor for a boilerplate: markers and quick fixes like the wizard's YamlEditor,
 * but fixes edit the text in place (the yaml package's Document keeps comments) and reach Monaco
 * as one minimal edit, so the user's comments and undo history survive.
 */
export const BoilerplateCodeEditor: React.FC<BoilerplateCodeEditorProps> = ({
  value,
  onChange,
  findings,
  onValidate,
  onMonaco,
  fixRef,
  isReadOnly,
  onSave,
}) => {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  const [api, setApi] = React.useState<{
    editor: Monaco.editor.IStandaloneCodeEditor;
    monaco: MonacoApi;
  }>();
  const validate = useDebouncedCallback(onValidate, 300);
  const latest = React.useRef({ findings, onChange });
  latest.current = { findings, onChange };

  const translate = React.useCallback(
    (f: Finding) =>
      `${t(f.message, { ...f.params, interpolation: { escapeValue: false } })} (${f.code})`,
    [t],
  );

  React.useEffect(() => {
    const model = api?.editor.getModel();
    if (!api || !model) return;
    const { MarkerSeverity } = api.monaco;
    const severity = {
      error: MarkerSeverity.Error,
      warning: MarkerSeverity.Warning,
      info: MarkerSeverity.Info,
    };
    api.monaco.editor.setModelMarkers(
      model,
      MARKER_OWNER,
      markersFor(model.getValue(), findings, 0, translate).map((m) => ({
        startLineNumber: m.line,
        startColumn: m.column,
        endLineNumber: m.endLine,
        endColumn: m.endColumn > m.column || m.endLine > m.line ? m.endColumn : m.column + 1,
        severity: severity[m.severity],
        message: m.message,
        code: String(m.findingIndex),
        source: m.code,
      })),
    );
  }, [api, findings, translate, value]);

  /** Monaco edit for a fix; undefined when it cannot apply to the current text. */
  const fixEdit = React.useCallback((model: Monaco.editor.ITextModel, f: Finding) => {
    if (!f.fix) return undefined;
    const before = model.getValue();
    const outcome = applyPatchToText(before, f.fix.patch);
    if (!outcome.ok) return undefined;
    const e = minimalEdit(before, outcome.text);
    const start = model.getPositionAt(e.start);
    const end = model.getPositionAt(e.end);
    return {
      text: outcome.text,
      range: {
        startLineNumber: start.lineNumber,
        startColumn: start.column,
        endLineNumber: end.lineNumber,
        endColumn: end.column,
      },
      replacement: e.text,
    };
  }, []);

  React.useEffect(() => {
    if (!fixRef) return undefined;
    fixRef.current = (f: Finding) => {
      const model = api?.editor.getModel();
      if (!api || !model) return undefined;
      const edit = fixEdit(model, f);
      if (!edit) return undefined;
      api.editor.pushUndoStop();
      api.editor.executeEdits('appliance-fix', [{ range: edit.range, text: edit.replacement }]);
      api.editor.pushUndoStop();
      return edit.text;
    };
    return () => {
      fixRef.current = undefined;
    };
  }, [api, fixRef, fixEdit]);

  React.useEffect(() => {
    if (!api) return undefined;
    const provider = api.monaco.languages.registerCodeActionProvider('yaml', {
      provideCodeActions(model, _range, context) {
        if (model !== api.editor.getModel()) return { actions: [], dispose: () => undefined };
        const actions: Monaco.languages.CodeAction[] = [];
        for (const marker of context.markers) {
          const f = latest.current.findings[Number(marker.code)];
          if (!f?.fix || f.code !== marker.source) continue;
          const edit = fixEdit(model, f);
          if (!edit) continue;
          actions.push({
            title: t(f.fix.title, { ...f.fix.params, interpolation: { escapeValue: false } }),
            kind: 'quickfix',
            diagnostics: [marker],
            isPreferred: true,
            edit: {
              edits: [
                {
                  resource: model.uri,
                  versionId: model.getVersionId(),
                  textEdit: { range: edit.range, text: edit.replacement },
                },
              ],
            },
          });
        }
        return { actions, dispose: () => undefined };
      },
    });
    return () => provider.dispose();
  }, [api, t, fixEdit]);

  const handleMount = React.useCallback(
    (editor: Monaco.editor.IStandaloneCodeEditor, monaco: MonacoApi) => {
      setApi({ editor, monaco });
      onMonaco?.(monaco);
    },
    [onMonaco],
  );

  return (
    <div data-test="boilerplate-editor" role="group" aria-label={t('Boilerplate YAML')}>
      <CodeEditor
        value={value}
        language={'yaml' as never}
        isReadOnly={isReadOnly}
        height="520px"
        minHeight="520px"
        onChange={(text?: string) => {
          latest.current.onChange(text ?? '');
          validate(text ?? '');
        }}
        onEditorDidMount={handleMount as never}
        onSave={onSave}
      />
    </div>
  );
};
