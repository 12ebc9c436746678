import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { FormSelectOption } from '@patternfly/react-core';
import type { BootSourceKind } from '../../appliance/from-vm';
import { SelectField, TextField } from '../../components/FormFields';
import type { NewApplianceForm } from './new-appliance-model';

/** Boot source of the new appliance (semantics §1): a PVC, a VolumeSnapshot or a DataSource. */
export const BootSourceFields: React.FC<{
  form: NewApplianceForm;
  onChange: (patch: Partial<NewApplianceForm>) => void;
}> = ({ form, onChange: boot }) => {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  return (
    <>
      <SelectField
        id="boot-kind"
        label={t('Boot source kind')}
        value={form.bootKind}
        onChange={(v) => boot({ bootKind: v as BootSourceKind })}
        data-test="new-appliance-boot-kind"
      >
        <FormSelectOption value="PersistentVolumeClaim" label={t('PersistentVolumeClaim')} />
        <FormSelectOption value="VolumeSnapshot" label={t('VolumeSnapshot')} />
        <FormSelectOption value="DataSource" label={t('DataSource (same namespace)')} />
      </SelectField>
      <TextField
        id="boot-name"
        label={t('Boot source name')}
        isRequired
        value={form.bootName}
        onChange={(v) => boot({ bootName: v })}
        data-test="new-appliance-boot-name"
      />
      {form.bootKind !== 'DataSource' && (
        <TextField
          id="boot-namespace"
          label={t('Boot source namespace')}
          value={form.bootNamespace}
          placeholder={form.namespace}
          onChange={(v) => boot({ bootNamespace: v })}
          data-test="new-appliance-boot-namespace"
        />
      )}
    </>
  );
};
