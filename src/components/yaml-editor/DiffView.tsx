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
  /** What each side is, translated: the accessible names of the two read-only editors. */
  originalLabel?: string;
  modifiedLabel?: string;
  height?: string;
  sideBySide?: boolean;
  'data-test'?: string;
}

/**
 * Read-only Monaco diff editor of two YAML texts; models are disposed with the view.
 *
 * The texts are shown as plain text: the theme's token colours (teal keys, green numbers) fall
 * below a 4.5:1 contrast on the green and red backgrounds of changed lines (WCAG 1.4.3), while
 * the editor's own foreground keeps it on both.
 */
export const DiffView: React.FC<DiffViewProps> = ({
  monaco,
  original,
  modified,
  originalLabel,
  modifiedLabel,
  height = '400px',
  sideBySide = true,
  'data-test': dataTest = 'diff-view',
}) => {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  const host = React.useRef<HTMLDivElement>(null);
  const originalName = originalLabel ?? t('Original YAML');
  const modifiedName = modifiedLabel ?? t('Changed YAML');
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
    // The two sides' text areas need names. The diff editor's own `originalAriaLabel` and
    // `modifiedAriaLabel` options do not reach them (Monaco 0.52), so each side is told directly.
    editor.getOriginalEditor().updateOptions({ ariaLabel: originalName });
    editor.getModifiedEditor().updateOptions({ ariaLabel: modifiedName });
    const models = {
      original: monaco.editor.createModel('', 'plaintext'),
      modified: monaco.editor.createModel('', 'plaintext'),
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
  }, [monaco, sideBySide, originalName, modifiedName]);

  React.useEffect(() => {
    const d = diff.current;
    if (!d) return;
    if (d.original.getValue() !== original) d.original.setValue(original);
    if (d.modified.getValue() !== modified) d.modified.setValue(modified);
  }, [monaco, sideBySide, originalName, modifiedName, original, modified]);

  return (
    <div data-test={dataTest} data-ready={monaco ? 'true' : 'false'}>
      {!monaco && <Spinner size="md" aria-label={t('Loading the diff view')} />}
      <div ref={host} style={{ height, width: '100%' }} />
    </div>
  );
};
