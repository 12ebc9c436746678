import * as React from 'react';
import { useTranslation } from 'react-i18next';
import type { K8sModel } from '@openshift-console/dynamic-plugin-sdk';
import {
  Form,
  FormGroup,
  FormHelperText,
  HelperText,
  HelperTextItem,
  TextInput,
} from '@patternfly/react-core';
import type { KubeObject } from '../../appliance/types';
import { nameProblem } from '../../appliance/names';
import { sdkClient } from '../../k8s/sdk-client';
import { ObjectChoiceField, SubmitFooter, useGuardedSubmit, useObjectChoice } from './formParts';

export interface CreateObjectFormProps {
  /** Objects to choose from (VMs, snapshots). */
  choices: readonly KubeObject[];
  /** Translated label of the choice field, e.g. "Virtual machine". */
  choiceLabel: string;
  /** Translated label of the name field. */
  nameLabel: string;
  defaultName: (choice: KubeObject) => string;
  build: (choice: KubeObject, name: string) => KubeObject;
  model: K8sModel;
  /** Translated text of the submit button. */
  submitLabel: string;
  /** Translated message after success, with the created name. */
  done: (name: string) => string;
  testId: string;
}

/** Choose an object, name the new one, create it: the shape of every edge action that creates. */
const CreateObjectForm: React.FC<CreateObjectFormProps> = (props) => {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  const { choices, model } = props;
  const [chosen, setChosenKey] = useObjectChoice(choices);
  const [name, setName] = React.useState<string>('');
  const [nameTouched, setNameTouched] = React.useState(false);
  const effectiveName = nameTouched ? name : chosen ? props.defaultName(chosen) : '';
  const namespace = chosen?.metadata?.namespace;
  const submission = useGuardedSubmit(model, 'create', namespace);

  if (choices.length === 0) {
    return (
      <HelperText data-test={`${props.testId}-empty`}>
        <HelperTextItem>{t('There is nothing to choose from in this scope.')}</HelperTextItem>
      </HelperText>
    );
  }

  const problem = nameProblem(effectiveName);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!chosen || problem) return;
    const created = await submission.run(
      () => sdkClient.create(props.build(chosen, effectiveName)),
      () => props.done(effectiveName),
    );
    if (created) setNameTouched(false);
  };

  return (
    <Form onSubmit={submit} data-test={props.testId}>
      <ObjectChoiceField
        id={`${props.testId}-choice`}
        data-test={`${props.testId}-choice`}
        label={props.choiceLabel}
        choices={choices}
        chosen={chosen}
        onChoose={setChosenKey}
      />
      <FormGroup label={props.nameLabel} fieldId={`${props.testId}-name`} isRequired>
        <TextInput
          id={`${props.testId}-name`}
          data-test={`${props.testId}-name`}
          value={effectiveName}
          validated={problem ? 'error' : 'default'}
          onChange={(_e, v) => {
            setNameTouched(true);
            setName(v);
          }}
        />
        {problem && (
          <FormHelperText>
            <HelperText>
              <HelperTextItem variant="error">{t(problem)}</HelperTextItem>
            </HelperText>
          </FormHelperText>
        )}
      </FormGroup>
      <SubmitFooter
        submission={submission}
        deniedTitle={t(
          'You are not allowed to create {{kind}} objects in namespace {{namespace}}.',
          {
            kind: model.kind,
            namespace,
          },
        )}
        failureTitle={t('Could not create it')}
        isInvalid={!!problem}
        testId={props.testId}
      >
        {props.submitLabel}
      </SubmitFooter>
    </Form>
  );
};

export default CreateObjectForm;
