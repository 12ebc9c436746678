import {
  authoredOf,
  decideSave,
  describeConflict,
  type AuthoredTexts,
  type SaveConflict,
} from '../../appliance/boilerplate-save';
import type { Finding } from '../../findings';
import type { KubeObject } from '../../appliance/types';
import type { SaveResult } from '../../k8s/authoring';

/**
 * The boilerplate editor's state machine, as a pure reducer: the DataSource as loaded, the
 * boilerplate and the parameter declarations, each with the text last checked (each editor asks
 * for a check, debounced, while the user types), the save
 * with its confirmation and conflict dialogs, and the one notice shown above the editor. Requests
 * stay in the page's hook, which reports their outcome here.
 */

export type EditorNotice =
  | { kind: 'saved' }
  | { kind: 'unchanged' }
  | { kind: 'save-failed'; forbidden: boolean; message: string }
  | { kind: 'reloaded' };

export interface EditorState {
  loaded?: KubeObject;
  loadError?: unknown;
  text: string;
  /** What the cluster holds, as far as this page knows: "unsaved changes" compares with it. */
  savedText: string;
  /** The text the findings are about. */
  checkedText: string;
  /** The parameter declarations (`appliance.kubevirt.io/parameters`), as `text` is the boilerplate. */
  parametersText: string;
  savedParametersText: string;
  checkedParametersText: string;
  sampleNamespace: string;
  /** Errors the user is asked to confirm before saving anyway. */
  confirmErrors?: Finding[];
  conflict?: { view: SaveConflict; current: KubeObject };
  notice?: EditorNotice;
  saving: boolean;
}

export type EditorAction =
  | { type: 'loaded'; dataSource: KubeObject }
  | { type: 'loadFailed'; error: unknown }
  | { type: 'edited'; text: string }
  | { type: 'checked'; text: string }
  | { type: 'fixed'; text: string }
  | { type: 'parametersEdited'; text: string }
  | { type: 'parametersChecked'; text: string }
  /** Both texts as they are now are the checked ones (an editor left before its check ran). */
  | { type: 'checkedAll' }
  | { type: 'sampleNamespace'; namespace: string }
  /** Save pressed, with the findings of the text: may save, ask to confirm, or say "unchanged". */
  | { type: 'saveRequested'; findings: Finding[] }
  | { type: 'confirmCancelled' }
  | { type: 'saveStarted' }
  | { type: 'saveFinished'; base: KubeObject; sent: AuthoredTexts; result: SaveResult }
  | { type: 'conflictCancelled' }
  | { type: 'reloaded' };

export const initialEditorState = (namespace: string): EditorState => ({
  text: '',
  savedText: '',
  checkedText: '',
  parametersText: '',
  savedParametersText: '',
  checkedParametersText: '',
  sampleNamespace: namespace,
  saving: false,
});

const adopt = (s: EditorState, dataSource: KubeObject): EditorState => {
  const { boilerplate: text, parameters } = authoredOf(dataSource);
  return {
    ...s,
    loaded: dataSource,
    loadError: undefined,
    text,
    savedText: text,
    checkedText: text,
    parametersText: parameters,
    savedParametersText: parameters,
    checkedParametersText: parameters,
  };
};

/** What Save sends: both texts as they are in the editors now. */
export const authoredNow = (s: EditorState): AuthoredTexts => ({
  boilerplate: s.text,
  parameters: s.parametersText,
});

const authoredSaved = (s: EditorState): AuthoredTexts => ({
  boilerplate: s.savedText,
  parameters: s.savedParametersText,
});

const finishSave = (
  s: EditorState,
  a: Extract<EditorAction, { type: 'saveFinished' }>,
): EditorState => {
  const done = { ...s, saving: false };
  const r = a.result;
  if (r.kind === 'saved')
    return {
      ...done,
      loaded: r.object,
      savedText: a.sent.boilerplate,
      savedParametersText: a.sent.parameters,
      conflict: undefined,
      notice: { kind: 'saved' },
    };
  if (r.kind === 'conflict')
    return {
      ...done,
      conflict: {
        view: describeConflict(a.base, r.current, a.sent.boilerplate, a.sent.parameters),
        current: r.current,
      },
    };
  return {
    ...done,
    notice: { kind: 'save-failed', forbidden: r.status === 403, message: r.message },
  };
};

export const editorReducer = (s: EditorState, a: EditorAction): EditorState => {
  switch (a.type) {
    case 'loaded':
      return adopt(s, a.dataSource);
    case 'loadFailed':
      return { ...s, loadError: a.error };
    case 'edited':
      return a.text === s.text ? s : { ...s, text: a.text };
    case 'checked':
      return a.text === s.checkedText ? s : { ...s, checkedText: a.text };
    case 'fixed':
      return { ...s, text: a.text, checkedText: a.text };
    case 'parametersEdited':
      return a.text === s.parametersText ? s : { ...s, parametersText: a.text };
    case 'parametersChecked':
      return a.text === s.checkedParametersText ? s : { ...s, checkedParametersText: a.text };
    case 'checkedAll':
      return s.checkedText === s.text && s.checkedParametersText === s.parametersText
        ? s
        : { ...s, checkedText: s.text, checkedParametersText: s.parametersText };
    case 'sampleNamespace':
      return { ...s, sampleNamespace: a.namespace };
    case 'saveRequested': {
      if (!s.loaded || s.saving) return s;
      const decision = decideSave(authoredSaved(s), authoredNow(s), a.findings);
      if (decision.kind === 'unchanged') return { ...s, notice: { kind: 'unchanged' } };
      if (decision.kind === 'confirm-errors') return { ...s, confirmErrors: decision.errors };
      return s;
    }
    case 'confirmCancelled':
      return { ...s, confirmErrors: undefined };
    case 'saveStarted':
      return { ...s, saving: true, confirmErrors: undefined, notice: undefined };
    case 'saveFinished':
      return finishSave(s, a);
    case 'conflictCancelled':
      return { ...s, conflict: undefined };
    case 'reloaded':
      if (!s.conflict) return s;
      return { ...adopt(s, s.conflict.current), conflict: undefined, notice: { kind: 'reloaded' } };
    default:
      return s;
  }
};

/** A text differs from what the cluster holds. */
export const isDirty = (s: EditorState): boolean =>
  !!s.loaded && decideSave(authoredSaved(s), authoredNow(s), []).kind !== 'unchanged';

/** Whether Save goes straight to the request (no confirmation, not unchanged). */
export const saveGoesAhead = (s: EditorState, findings: Finding[]): boolean =>
  !!s.loaded && !s.saving && decideSave(authoredSaved(s), authoredNow(s), findings).kind === 'save';
