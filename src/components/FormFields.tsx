import * as React from 'react';
import {
  FormGroup,
  FormSelect,
  Radio,
  TextInput,
  type TextInputProps,
} from '@patternfly/react-core';

/** What every labelled field takes. */
interface FieldProps {
  /** The control's id, which the label points to. */
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Marks the label as required (the value itself is not validated here). */
  isRequired?: boolean;
  'data-test'?: string;
}

export interface TextFieldProps extends FieldProps, Omit<TextInputProps, keyof FieldProps> {}

/** A labelled one-line text input. */
export const TextField: React.FC<TextFieldProps> = ({
  id,
  label,
  onChange,
  isRequired,
  ...input
}) => (
  <FormGroup label={label} fieldId={id} isRequired={isRequired}>
    <TextInput id={id} {...input} onChange={(_e, v) => onChange(v)} />
  </FormGroup>
);

export interface SelectFieldProps extends FieldProps {
  /** The options: FormSelectOption and FormSelectOptionGroup elements. */
  children: React.ReactNode;
}

/** A labelled drop-down select. */
export const SelectField: React.FC<SelectFieldProps> = ({
  id,
  label,
  value,
  onChange,
  isRequired,
  'data-test': dataTest,
  children,
}) => (
  <FormGroup label={label} fieldId={id} isRequired={isRequired}>
    <FormSelect id={id} data-test={dataTest} value={value} onChange={(_e, v) => onChange(v)}>
      {children}
    </FormSelect>
  </FormGroup>
);

export interface RadioChoice<V extends string> {
  value: V;
  /** The radio's id. */
  id: string;
  label: string;
  description?: string;
  'data-test': string;
}

export interface RadioGroupFieldProps<V extends string> {
  /** The group's id, also the radios' shared name. */
  id: string;
  label: string;
  choices: ReadonlyArray<RadioChoice<V>>;
  value: V;
  onChange: (value: V) => void;
  /** Radios side by side rather than stacked. */
  isInline?: boolean;
  isStack?: boolean;
}

/** A labelled group of radios, one choice of several. */
export const RadioGroupField = <V extends string>({
  id,
  label,
  choices,
  value,
  onChange,
  isInline,
  isStack,
}: RadioGroupFieldProps<V>): React.ReactElement => (
  <FormGroup role="radiogroup" label={label} fieldId={id} isInline={isInline} isStack={isStack}>
    {choices.map((c) => (
      <Radio
        key={c.id}
        id={c.id}
        name={id}
        label={c.label}
        description={c.description}
        isChecked={value === c.value}
        onChange={() => onChange(c.value)}
        data-test={c['data-test']}
      />
    ))}
  </FormGroup>
);
