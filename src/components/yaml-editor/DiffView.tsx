import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { Spinner } from '@patternfly/react-core';
import type * as Monaco from 'monaco-editor/esm/vs/editor/editor.api';
import type { MonacoApi } from './YamlEditor';

export interface DiffViewProps {
  /** Monaco's API (from a YamlEditor's `onMonaco` or a CodeEditor ref). */
  monaco?: MonacoApi;
  /** Left side: the boilerplate or generated base. */
  original: string;
  /** Right side: what will be created. */
  modified: string;
  height?: string;
  sideBySide?: boolean;
  'data-test'?: string;
}

/** Read-only Monaco diff editor of two YAML texts; models are disposed with the view. */
export const DiffView: React.FC<DiffViewProps> = ({
  monaco,
  original,
  modified,
  height = '400px',
  sideBySide = true,
  'data-test': dataTest = 'diff-view',
}) => {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  const host = React.useRef<HTMLDivElement>(null);
  const diff = React.useRef<{
    editor: Monaco.editor.IStandaloneDiffEditor;
    original: Monaco.editor.ITextModel;
    modified: Monaco.editor.ITextModel;
  }>(undefined);

  React.useEffect(() => {
    if (!monaco || !host.current) return undefined;
    const editor = monaco.editor.createDiffEditor(host.current, {
      readOnly: true,
      originalEditable: false,
      automaticLayout: true,
      renderSideBySide: sideBySide,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
    });
    const models = {
      original: monaco.editor.createModel('', 'yaml'),
      modified: monaco.editor.createModel('', 'yaml'),
    };
    editor.setModel(models);
    diff.current = { editor, ...models };
    return () => {
      diff.current = undefined;
      // Monaco can throw while tearing down a diff editor that is still computing or laying out;
      // a view going away must never take the page with it.
      for (const step of [
        () => editor.setModel(null),
        () => editor.dispose(),
        () => models.original.dispose(),
        () => models.modified.dispose(),
      ])
        try {
          step();
        } catch {
          // already disposed
        }
    };
  }, [monaco, sideBySide]);

  React.useEffect(() => {
    const d = diff.current;
    if (!d) return;
    if (d.original.getValue() !== original) d.original.setValue(original);
    if (d.modified.getValue() !== modified) d.modified.setValue(modified);
  }, [monaco, sideBySide, original, modified]);

  return (
    <div data-test={dataTest} data-ready={monaco ? 'true' : 'false'}>
      {!monaco && <Spinner size="md" aria-label={t('Loading the diff view')} />}
      <div ref={host} style={{ height, width: '100%' }} />
    </div>
  );
};
