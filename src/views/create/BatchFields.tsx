import * as React from 'react';
import { useTranslation } from 'react-i18next';
import {
  FormGroup,
  FormHelperText,
  HelperText,
  HelperTextItem,
  TextInput,
} from '@patternfly/react-core';
import { MAX_BATCH } from '../../appliance/batch';
import { batchProblems, vmNames, type WizardChoices } from './model';

/**
 * How many VMs and their names (semantics §11), on the details step: the count (1-100) and, for
 * more than one, the name pattern with `{n}`; the first and last names are shown as they will be.
 */
export const BatchFields: React.FC<{
  choices: WizardChoices;
  onChange: (patch: Partial<WizardChoices>) => void;
}> = ({ choices, onChange }) => {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  const problems = batchProblems(choices);
  const names = problems.length ? [] : vmNames(choices);
  return (
    <>
      <FormGroup label={t('Number of VirtualMachines')} fieldId="wizard-count">
        <TextInput
          id="wizard-count"
          data-test="wizard-count"
          type="number"
          min={1}
          max={MAX_BATCH}
          value={String(choices.count)}
          onChange={(_e, v) => onChange({ count: v === '' ? 0 : Number(v) })}
          validated={problems.some((p) => p.path === '/count') ? 'error' : 'default'}
        />
      </FormGroup>
      {choices.count !== 1 && (
        <FormGroup label={t('Name pattern')} fieldId="wizard-name-pattern">
          <TextInput
            id="wizard-name-pattern"
            data-test="wizard-name-pattern"
            value={choices.namePattern}
            placeholder={`${choices.name || 'vm'}-{n}`}
            onChange={(_e, v) => onChange({ namePattern: v })}
            validated={problems.some((p) => p.path === '/namePattern') ? 'error' : 'default'}
            aria-describedby="wizard-name-pattern-help"
          />
          <FormHelperText>
            <HelperText id="wizard-name-pattern-help" data-test="wizard-batch-help">
              {problems.length ? (
                problems.map((p) => (
                  <HelperTextItem key={p.code} variant="error" data-test="wizard-batch-error">
                    {t(p.message, p.params)}
                  </HelperTextItem>
                ))
              ) : (
                <HelperTextItem>
                  {t('{n} counts from 1: {{first}} ... {{last}}', {
                    first: names[0],
                    last: names[names.length - 1],
                  })}
                </HelperTextItem>
              )}
            </HelperText>
          </FormHelperText>
        </FormGroup>
      )}
    </>
  );
};
