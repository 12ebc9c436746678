import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { CodeEditor } from '@openshift-console/dynamic-plugin-sdk';
import type * as Monaco from 'monaco-editor/esm/vs/editor/editor.api';
import type { Finding } from '../../findings';
import { minimalEdit } from '../../appliance/text-fix';
import { EDITOR_MARKERS, EDITOR_VALIDATE, benchMark } from './bench-marks';
import { markersFor } from './documents';
import { applyFindingFix } from './fix';
import { useDebouncedCallback } from './useDebouncedCallback';
import { rawValues } from '../i18n-values';

export type MonacoApi = typeof Monaco;

const MARKER_OWNER = 'kubevirt-appliance-plugin';

export interface YamlEditorProps {
  /** The text shown; the editor is controlled: every keystroke goes to `onChange`. */
  value: string;
  onChange: (text: string) => void;
  /** Findings about the text (from the last validation) shown as markers and quick fixes. */
  findings?: readonly Finding[];
  /**
   * The document of a multi-document text that findings without a subject are about (the
   * VirtualMachine); findings with subject `document` name theirs in `params.document`.
   */
  defaultDocument?: number;
  /** Called with the text after typing pauses for `debounceMs`: re-parse and re-validate here. */
  onValidate?: (text: string) => void;
  debounceMs?: number;
  /** Monaco's API once the editor is up, e.g. for a DiffView. */
  onMonaco?: (monaco: MonacoApi) => void;
  /**
   * Receives the function that applies a finding's fix through the editor (for "Fix" buttons
   * beside a findings list): one undoable edit; the new text, or undefined when it cannot apply.
   */
  fixRef?: React.MutableRefObject<((f: Finding) => string | undefined) | undefined>;
  /** Ctrl/Cmd+S in the editor. */
  onSave?: () => void;
  isReadOnly?: boolean;
  height?: string;
  'aria-label'?: string;
  'data-test'?: string;
}

/** Monaco's edit for a finding's fix: the smallest replacement, so undo and the cursor behave. */
const fixEdit = (model: Monaco.editor.ITextModel, f: Finding, defaultDocument: number) => {
  const before = model.getValue();
  const outcome = applyFindingFix(before, f, defaultDocument);
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
};

/**
 * The SDK's CodeEditor with YAML, markers on the lines findings point at, and quick fixes (the
 * light bulb, Ctrl+.) that apply a finding's JSON patch to the text in place, so the user's
 * comments survive. Never loses the user's text: a fix that cannot be applied leaves it alone.
 */
export const YamlEditor: React.FC<YamlEditorProps> = ({
  value,
  onChange,
  findings = [],
  defaultDocument = 0,
  onValidate,
  debounceMs = 300,
  onMonaco,
  fixRef,
  onSave,
  isReadOnly,
  height = '450px',
  'aria-label': ariaLabel,
  'data-test': dataTest = 'yaml-editor',
}) => {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  const [api, setApi] = React.useState<{
    editor: Monaco.editor.IStandaloneCodeEditor;
    monaco: MonacoApi;
  }>();
  const validateNow = React.useMemo(
    () =>
      onValidate &&
      ((text: string) => {
        benchMark(EDITOR_VALIDATE);
        onValidate(text);
      }),
    [onValidate],
  );
  const validate = useDebouncedCallback(validateNow, debounceMs);
  // Monaco's callbacks (quick fixes, content changes) outlive a render: they read the latest props.
  const latest = React.useRef({ findings, value, onChange, defaultDocument });
  React.useEffect(() => {
    latest.current = { findings, value, onChange, defaultDocument };
  });

  const translate = React.useCallback(
    (f: Finding) => `${t(f.message, rawValues({ ...f.params }))} (${f.code})`,
    [t],
  );

  // Once per check, not per keystroke (Monaco keeps markers on their text while the user types),
  // and in the commit that shows the findings list: both change in the same frame.
  React.useLayoutEffect(() => {
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
      markersFor(model.getValue(), findings, defaultDocument, translate).map((m) => ({
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
    benchMark(EDITOR_MARKERS);
  }, [api, findings, defaultDocument, translate]);

  React.useEffect(() => {
    if (!api) return undefined;
    const provider = api.monaco.languages.registerCodeActionProvider('yaml', {
      provideCodeActions(model, _range, context) {
        if (model !== api.editor.getModel()) return { actions: [], dispose: () => undefined };
        const actions: Monaco.languages.CodeAction[] = [];
        for (const marker of context.markers) {
          const f = latest.current.findings[Number(marker.code)];
          // Markers of other owners (Monaco's own) carry no finding index with a matching code.
          if (!f?.fix || f.code !== marker.source) continue;
          const edit = fixEdit(model, f, latest.current.defaultDocument);
          if (!edit) continue;
          actions.push({
            title: t(f.fix.title, rawValues({ ...f.fix.params })),
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
  }, [api, t]);

  React.useEffect(() => {
    if (!fixRef) return undefined;
    fixRef.current = (f: Finding) => {
      const model = api?.editor.getModel();
      if (!api || !model) return undefined;
      const edit = fixEdit(model, f, latest.current.defaultDocument);
      if (!edit) return undefined;
      api.editor.pushUndoStop();
      api.editor.executeEdits('appliance-fix', [{ range: edit.range, text: edit.replacement }]);
      api.editor.pushUndoStop();
      return edit.text;
    };
    return () => {
      fixRef.current = undefined;
    };
  }, [api, fixRef]);

  const handleChange = React.useCallback(
    (text: string) => {
      latest.current.onChange(text);
      validate(text);
    },
    [validate],
  );

  const handleMount = React.useCallback(
    (editor: Monaco.editor.IStandaloneCodeEditor, monaco: MonacoApi) => {
      setApi({ editor, monaco });
      onMonaco?.(monaco);
    },
    [onMonaco],
  );

  return (
    <div data-test={dataTest} aria-label={ariaLabel ?? t('YAML editor')} role="group">
      <CodeEditor
        value={value}
        language={'yaml' as never}
        isReadOnly={isReadOnly}
        height={height}
        minHeight={height}
        onChange={(text?: string) => handleChange(text ?? '')}
        onEditorDidMount={handleMount as never}
        onSave={onSave}
      />
    </div>
  );
};
