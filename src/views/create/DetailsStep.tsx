import * as React from 'react';
import { useTranslation } from 'react-i18next';
import {
  Checkbox,
  Form,
  FormGroup,
  FormHelperText,
  FormSelect,
  FormSelectOption,
  FormSelectOptionGroup,
  HelperText,
  HelperTextItem,
  TextInput,
} from '@patternfly/react-core';
import { NAMESPACED_INSTANCETYPE, NAMESPACED_PREFERENCE } from '../../appliance/constants';
import type { KindName, KubeObject } from '../../appliance/types';
import { SelectField } from '../../components/FormFields';
import type { NameStatus } from '../../k8s/useNameCheck';
import { groupInstancetypes, type InstancetypeOption } from './instancetypes';
import { nameProblem, refValue, type WizardChoices } from './model';
import { NetworkMap } from './NetworkMap';
import { BatchFields } from './BatchFields';
import type { VmNetwork } from '../../appliance/preflight';

export interface DetailsStepProps {
  choices: WizardChoices;
  onChange: (patch: Partial<WizardChoices>) => void;
  namespaces: string[];
  namespacesLoaded: boolean;
  instancetypes: KubeObject[];
  preferences: KubeObject[];
  /** The chosen namespace's own VirtualMachineInstancetypes and VirtualMachinePreferences. */
  namespacedInstancetypes?: KubeObject[];
  namespacedPreferences?: KubeObject[];
  nameStatus: NameStatus;
  /** The source's own instancetype/preference, shown as the "default" option. */
  sourceInstancetype?: KindName;
  sourcePreference?: KindName;
  /** The boilerplate's networks, to map (semantics §10.3); none for a golden image. */
  networks?: readonly VmNetwork[];
  /** NetworkAttachmentDefinitions usable from the chosen namespace, as `namespace/name`. */
  networkOptions?: readonly string[];
}

const names = (objects: readonly KubeObject[]): string[] =>
  objects
    .map((o) => o.metadata?.name ?? '')
    .filter(Boolean)
    .sort();

/** Step 2: namespace, name, instancetype, preference and whether to start the VM. */
export const DetailsStep: React.FC<DetailsStepProps> = ({
  choices,
  onChange,
  namespaces,
  namespacesLoaded,
  instancetypes,
  preferences,
  namespacedInstancetypes = [],
  namespacedPreferences = [],
  nameStatus,
  sourceInstancetype,
  sourcePreference,
  networks = [],
  networkOptions = [],
}) => {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  const groups = React.useMemo(() => groupInstancetypes(instancetypes), [instancetypes]);
  const ownInstancetypes = React.useMemo(
    () => groupInstancetypes(namespacedInstancetypes).flatMap((g) => g.options),
    [namespacedInstancetypes],
  );
  const sizeLabel = (o: InstancetypeOption) =>
    o.cpu !== undefined && o.memory
      ? t('{{name}}: {{cpu}} CPU, {{memory}} memory', {
          name: o.name,
          cpu: o.cpu,
          memory: o.memory,
        })
      : o.name;
  const inNamespace = t('In namespace {{namespace}}', { namespace: choices.namespace });
  const problem = nameProblem(choices.name);
  const nameHelp = problem
    ? { variant: 'error' as const, text: t(problem.message, problem.params) }
    : nameStatus === 'taken'
      ? {
          variant: 'error' as const,
          text: t('A VirtualMachine named {{name}} already exists in {{namespace}}.', {
            name: choices.name,
            namespace: choices.namespace,
          }),
        }
      : nameStatus === 'checking'
        ? { variant: 'indeterminate' as const, text: t('Checking the name...') }
        : nameStatus === 'unknown'
          ? {
              variant: 'warning' as const,
              text: t('Could not check whether the name is free; the dry run will.'),
            }
          : { variant: 'success' as const, text: t('The name is free.') };
  const prefValues = [
    ...names(preferences).map((n) => ({ value: n, label: n })),
    ...names(namespacedPreferences).map((n) => ({
      value: refValue({ kind: NAMESPACED_PREFERENCE, name: n }),
      label: `${n} (${inNamespace})`,
    })),
  ];
  // A choice the lists do not (yet) hold stays visible rather than silently showing another.
  if (choices.preference && !prefValues.some((p) => p.value === choices.preference))
    prefValues.unshift({ value: choices.preference, label: choices.preference });
  const instancetypeListed =
    !choices.instancetype ||
    groups.some((g) => g.options.some((o) => o.name === choices.instancetype)) ||
    ownInstancetypes.some(
      (o) => refValue({ kind: NAMESPACED_INSTANCETYPE, name: o.name }) === choices.instancetype,
    );
  const sourceLabel = (ref: KindName) =>
    ref.kind === NAMESPACED_INSTANCETYPE || ref.kind === NAMESPACED_PREFERENCE
      ? `${ref.name} (${inNamespace})`
      : ref.name;
  /** The empty choice: the source's own default where it has one, else `fallback`. */
  const emptyLabel = (ref: KindName | undefined, fallback: string) =>
    ref ? t('Default of the source ({{name}})', { name: sourceLabel(ref) }) : fallback;

  return (
    <Form onSubmit={(e) => e.preventDefault()}>
      <FormGroup label={t('Namespace')} fieldId="wizard-namespace" isRequired>
        <FormSelect
          id="wizard-namespace"
          data-test="wizard-namespace"
          value={choices.namespace}
          onChange={(_e, v) => onChange({ namespace: v })}
          isDisabled={!namespacesLoaded}
        >
          {!namespaces.includes(choices.namespace) && (
            <FormSelectOption
              value={choices.namespace}
              label={t('Choose a namespace')}
              isPlaceholder
            />
          )}
          {namespaces.map((n) => (
            <FormSelectOption key={n} value={n} label={n} />
          ))}
        </FormSelect>
        <FormHelperText>
          <HelperText>
            <HelperTextItem>
              {t('Only namespaces where you may create VirtualMachines are listed.')}
            </HelperTextItem>
          </HelperText>
        </FormHelperText>
      </FormGroup>
      <FormGroup label={t('Name')} fieldId="wizard-name" isRequired>
        <TextInput
          id="wizard-name"
          data-test="wizard-name"
          value={choices.name}
          onChange={(_e, v) => onChange({ name: v.trim() })}
          validated={nameHelp.variant === 'error' ? 'error' : 'default'}
          aria-describedby="wizard-name-help"
        />
        <FormHelperText>
          <HelperText id="wizard-name-help">
            <HelperTextItem variant={nameHelp.variant} data-test="wizard-name-help">
              {nameHelp.text}
            </HelperTextItem>
          </HelperText>
        </FormHelperText>
      </FormGroup>
      <SelectField
        id="wizard-instancetype"
        label={t('Instancetype')}
        isRequired={!sourceInstancetype}
        value={choices.instancetype}
        onChange={(instancetype) => onChange({ instancetype })}
        data-test="wizard-instancetype"
      >
        <FormSelectOption
          value=""
          label={emptyLabel(sourceInstancetype, t('Choose an instancetype'))}
        />
        {!instancetypeListed && (
          <FormSelectOption value={choices.instancetype} label={choices.instancetype} />
        )}
        {ownInstancetypes.length > 0 && (
          <FormSelectOptionGroup label={inNamespace}>
            {ownInstancetypes.map((o) => (
              <FormSelectOption
                key={o.name}
                value={refValue({ kind: NAMESPACED_INSTANCETYPE, name: o.name })}
                label={sizeLabel(o)}
              />
            ))}
          </FormSelectOptionGroup>
        )}
        {groups.map((g) => (
          <FormSelectOptionGroup
            key={g.series}
            label={g.className ? `${g.series} (${g.className})` : g.series}
          >
            {g.options.map((o) => (
              <FormSelectOption key={o.name} value={o.name} label={sizeLabel(o)} />
            ))}
          </FormSelectOptionGroup>
        ))}
      </SelectField>
      <SelectField
        id="wizard-preference"
        label={t('Preference')}
        value={choices.preference}
        onChange={(preference) => onChange({ preference })}
        data-test="wizard-preference"
      >
        <FormSelectOption value="" label={emptyLabel(sourcePreference, t('None'))} />
        {prefValues.map((p) => (
          <FormSelectOption key={p.value} value={p.value} label={p.label} />
        ))}
      </SelectField>
      <Checkbox
        id="wizard-start"
        data-test="wizard-start"
        label={t('Start the VirtualMachine after creation')}
        isChecked={choices.start}
        onChange={(_e, checked) => onChange({ start: checked })}
      />
      <BatchFields choices={choices} onChange={onChange} />
      <NetworkMap
        networks={networks}
        options={networkOptions}
        value={choices.networks}
        onChange={(mapping) => onChange({ networks: { ...mapping } })}
      />
    </Form>
  );
};
