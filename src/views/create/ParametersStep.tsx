import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Form, FormSection } from '@patternfly/react-core';
import { groupByCategory, type ParameterDeclaration } from '../../appliance/parameters';
import type { FieldProblem } from './model';
import { ParameterField } from './ParameterField';
import { shownValue } from './parameters-model';

export interface ParametersStepProps {
  declarations: readonly ParameterDeclaration[];
  values: Readonly<Record<string, string | boolean>>;
  problems: ReadonlyMap<string, FieldProblem>;
  onChange: (name: string, value: string | boolean) => void;
}

/**
 * The appliance's parameters (semantics §9): one typed field per declaration, grouped by
 * category in list order, checked as the user types. Next stays disabled while a value is
 * missing or invalid; the step says so and why, field by field.
 */
export const ParametersStep: React.FC<ParametersStepProps> = ({
  declarations,
  values,
  problems,
  onChange,
}) => {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  return (
    <div data-test="wizard-parameters">
      <Form onSubmit={(e) => e.preventDefault()}>
        {groupByCategory(declarations).map(({ category, declarations: group }) => {
          const fields = group.map((decl) => (
            <ParameterField
              key={decl.name}
              decl={decl}
              value={shownValue(decl, values)}
              problem={problems.get(decl.name)}
              onChange={(v) => onChange(decl.name, v)}
            />
          ));
          return category ? (
            <FormSection key={category} title={category} titleElement="h2">
              {fields}
            </FormSection>
          ) : (
            <React.Fragment key="">{fields}</React.Fragment>
          );
        })}
        {problems.size > 0 && (
          <Alert
            variant="danger"
            isInline
            isPlain
            title={t('Next is blocked: {{count}} values are missing or invalid.', {
              count: problems.size,
            })}
            data-test="wizard-parameters-blocked"
          />
        )}
      </Form>
    </div>
  );
};
