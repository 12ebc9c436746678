import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { ToggleGroup, ToggleGroupItem } from '@patternfly/react-core';

export interface ViewSwitchProps<V extends string> {
  /** Each view's button id and data-test is `<idPrefix>-<value>`. */
  idPrefix: string;
  /** The views in order, with their translated names. */
  views: ReadonlyArray<{ value: V; text: string }>;
  value: V;
  onChange: (value: V) => void;
  'data-test'?: string;
}

/** "View": a toggle group that switches a page between ways of showing the same items. */
export const ViewSwitch = <V extends string>({
  idPrefix,
  views,
  value,
  onChange,
  'data-test': dataTest,
}: ViewSwitchProps<V>): React.ReactElement => {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  return (
    <ToggleGroup aria-label={t('View')} data-test={dataTest}>
      {views.map((v) => (
        <ToggleGroupItem
          key={v.value}
          text={v.text}
          buttonId={`${idPrefix}-${v.value}`}
          data-test={`${idPrefix}-${v.value}`}
          isSelected={value === v.value}
          onChange={() => onChange(v.value)}
        />
      ))}
    </ToggleGroup>
  );
};
