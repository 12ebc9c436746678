import * as React from 'react';
import { Alert, FormGroup, FormSelect, FormSelectOption } from '@patternfly/react-core';
import type { KubeObject } from '../../appliance/types';

/** `namespace/name`: unique across the scope, and what the user reads in the choice list. */
export const objectKey = (o: KubeObject): string =>
  `${o.metadata?.namespace ?? ''}/${o.metadata?.name ?? ''}`;

const errorText = (e: unknown): string =>
  e instanceof Error ? e.message : typeof e === 'string' ? e : JSON.stringify(e);

export type SubmitResult = { ok: boolean; text: string };

/**
 * The chosen one of `choices` (the first until the user picks), kept by key so a watch update
 * that replaces the objects keeps the choice.
 */
export const useObjectChoice = (choices: readonly KubeObject[]) => {
  const [chosenKey, setChosenKey] = React.useState('');
  const chosen = choices.find((c) => objectKey(c) === chosenKey) ?? choices[0];
  return [chosen, setChosenKey] as const;
};

/**
 * One request at a time from a form: `busy` while it runs, then the success text or the API's
 * error message (the Kubernetes Status message the SDK puts on the error).
 */
export const useSubmit = () => {
  const [busy, setBusy] = React.useState(false);
  const [result, setResult] = React.useState<SubmitResult>();
  const run = async (request: () => Promise<unknown>, success: () => string) => {
    if (busy) return false;
    setBusy(true);
    setResult(undefined);
    try {
      await request();
      setResult({ ok: true, text: success() });
      return true;
    } catch (err) {
      setResult({ ok: false, text: errorText(err) });
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, result, run };
};

export const ObjectChoiceField: React.FC<{
  id: string;
  label: string;
  choices: readonly KubeObject[];
  chosen?: KubeObject;
  onChoose: (key: string) => void;
  'data-test'?: string;
}> = ({ id, label, choices, chosen, onChoose, 'data-test': dataTest }) => (
  <FormGroup label={label} fieldId={id} isRequired>
    <FormSelect
      id={id}
      data-test={dataTest}
      value={chosen ? objectKey(chosen) : ''}
      onChange={(_e, v) => onChoose(v)}
    >
      {choices.map((c) => (
        <FormSelectOption key={objectKey(c)} value={objectKey(c)} label={objectKey(c)} />
      ))}
    </FormSelect>
  </FormGroup>
);

/** Success with its text as the title; failure with `failureTitle` and the API's message. */
export const SubmitOutcome: React.FC<{
  result?: SubmitResult;
  failureTitle: string;
  'data-test'?: string;
}> = ({ result, failureTitle, 'data-test': dataTest }) =>
  result ? (
    <Alert
      isInline
      variant={result.ok ? 'success' : 'danger'}
      title={result.ok ? result.text : failureTitle}
      data-test={dataTest}
    >
      {result.ok ? null : result.text}
    </Alert>
  ) : null;
