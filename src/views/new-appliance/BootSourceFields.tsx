import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { FormGroup, FormSelect, FormSelectOption, TextInput } from '@patternfly/react-core';
import type { BootSourceKind } from '../../appliance/from-vm';
import type { NewApplianceForm } from './new-appliance-model';

/** Boot source of the new appliance (semantics §1): a PVC, a VolumeSnapshot or a DataSource. */
export const BootSourceFields: React.FC<{
  form: NewApplianceForm;
  onChange: (patch: Partial<NewApplianceForm>) => void;
}> = ({ form, onChange: boot }) => {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  return (
    <>
      <FormGroup label={t('Boot source kind')} fieldId="boot-kind">
        <FormSelect
          id="boot-kind"
          value={form.bootKind}
          onChange={(_e, v) => boot({ bootKind: v as BootSourceKind })}
          data-test="new-appliance-boot-kind"
        >
          <FormSelectOption value="PersistentVolumeClaim" label={t('PersistentVolumeClaim')} />
          <FormSelectOption value="VolumeSnapshot" label={t('VolumeSnapshot')} />
          <FormSelectOption value="DataSource" label={t('DataSource (same namespace)')} />
        </FormSelect>
      </FormGroup>
      <FormGroup label={t('Boot source name')} fieldId="boot-name" isRequired>
        <TextInput
          id="boot-name"
          value={form.bootName}
          onChange={(_e, v) => boot({ bootName: v })}
          data-test="new-appliance-boot-name"
        />
      </FormGroup>
      {form.bootKind !== 'DataSource' && (
        <FormGroup label={t('Boot source namespace')} fieldId="boot-namespace">
          <TextInput
            id="boot-namespace"
            value={form.bootNamespace}
            placeholder={form.namespace}
            onChange={(_e, v) => boot({ bootNamespace: v })}
            data-test="new-appliance-boot-namespace"
          />
        </FormGroup>
      )}
    </>
  );
};
