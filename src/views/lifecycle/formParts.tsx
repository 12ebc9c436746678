import * as React from 'react';
import {
  useAccessReview,
  type K8sModel,
  type K8sVerb,
} from '@openshift-console/dynamic-plugin-sdk';
import { ActionGroup, Alert, Button, FormSelectOption } from '@patternfly/react-core';
import type { KubeObject } from '../../appliance/types';
import { SelectField } from '../../components/FormFields';

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
 * One request at a time from a form that the user must be allowed to send: whether they may
 * `verb` objects of `model` in `namespace` (`checking` while the access review runs, then `denied`
 * if not), `busy` while the request runs, then the success text or the API's error message (the
 * Kubernetes Status message the SDK puts on the error).
 */
export const useGuardedSubmit = (model: K8sModel, verb: K8sVerb, namespace?: string) => {
  const [allowed, checking] = useAccessReview({
    group: model.apiGroup,
    resource: model.plural,
    verb,
    namespace,
  });
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
  return { busy, result, run, checking, denied: !checking && !allowed };
};

export type GuardedSubmit = ReturnType<typeof useGuardedSubmit>;

export const ObjectChoiceField: React.FC<{
  id: string;
  label: string;
  choices: readonly KubeObject[];
  chosen?: KubeObject;
  onChoose: (key: string) => void;
  'data-test'?: string;
}> = ({ choices, chosen, onChoose, ...field }) => (
  <SelectField {...field} isRequired value={chosen ? objectKey(chosen) : ''} onChange={onChoose}>
    {choices.map((c) => (
      <FormSelectOption key={objectKey(c)} value={objectKey(c)} label={objectKey(c)} />
    ))}
  </SelectField>
);

/**
 * The foot of a form sent with useGuardedSubmit: why the user may not send it, how the last
 * request went (success with its text as the title; failure with `failureTitle` and the API's
 * message), and the submit button. `testId` prefixes the parts' data-test.
 */
export const SubmitFooter: React.FC<{
  submission: GuardedSubmit;
  deniedTitle: string;
  failureTitle: string;
  /** The form is not complete yet. */
  isInvalid: boolean;
  testId?: string;
  /** The submit button's text. */
  children: React.ReactNode;
}> = ({ submission, deniedTitle, failureTitle, isInvalid, testId, children }) => {
  const { busy, result, checking, denied } = submission;
  const test = (part: string) => (testId ? `${testId}-${part}` : undefined);
  return (
    <>
      {denied && (
        <Alert isInline variant="warning" title={deniedTitle} data-test={test('denied')} />
      )}
      {result && (
        <Alert
          isInline
          variant={result.ok ? 'success' : 'danger'}
          title={result.ok ? result.text : failureTitle}
          data-test={test('result')}
        >
          {result.ok ? null : result.text}
        </Alert>
      )}
      <ActionGroup>
        <Button
          type="submit"
          variant="primary"
          data-test={test('submit')}
          isDisabled={isInvalid || busy || checking || denied}
          isLoading={busy}
        >
          {children}
        </Button>
      </ActionGroup>
    </>
  );
};
