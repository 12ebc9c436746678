import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { FormGroup, FormSelect, FormSelectOption, Title } from '@patternfly/react-core';
import type { VmNetwork } from '../../appliance/preflight';

/** `''`: as the boilerplate writes it; `pod`: the pod network; else a NAD `namespace/name`. */
export type NetworkMapping = Readonly<Record<string, string>>;

export interface NetworkMapProps {
  networks: readonly VmNetwork[];
  /** NetworkAttachmentDefinitions usable from the target namespace, as `namespace/name`. */
  options: readonly string[];
  value: NetworkMapping;
  onChange: (value: NetworkMapping) => void;
}

/**
 * The network mapping of the details step (semantics §10.3): for each network of the
 * boilerplate, a NetworkAttachmentDefinition of the target namespace (or `default`), or the pod
 * network for the first one. The choice rewrites the network; its interface stays.
 */
export const NetworkMap: React.FC<NetworkMapProps> = ({ networks, options, value, onChange }) => {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  if (!networks.length) return null;
  const podTaken = (name: string) =>
    networks.some((n) => {
      if (n.name === name) return false;
      const chosen = value[n.name] ?? '';
      return chosen === 'pod' || (chosen === '' && n.target.type === 'pod');
    });
  return (
    <section data-test="network-map" aria-labelledby="network-map-title">
      <Title headingLevel="h3" id="network-map-title">
        {t('Network mapping')}
      </Title>
      {networks.map((n) => {
        const written =
          n.target.type === 'pod'
            ? t('As written: pod network')
            : t('As written: {{target}}', { target: n.target.networkName });
        const id = `network-map-${n.index}`;
        return (
          <FormGroup
            key={n.name}
            label={t('Network {{name}}', { name: n.name })}
            fieldId={id}
            data-test="network-map-row"
            data-network={n.name}
          >
            <FormSelect
              id={id}
              value={value[n.name] ?? ''}
              onChange={(_e, v) => onChange({ ...value, [n.name]: v })}
              aria-label={t('Target of network {{name}}', { name: n.name })}
            >
              <FormSelectOption value="" label={written} />
              {/* KubeVirt allows one pod network per VM. */}
              {(!podTaken(n.name) || n.target.type === 'pod') && (
                <FormSelectOption value="pod" label={t('Pod network')} />
              )}
              {options.map((o) => (
                <FormSelectOption key={o} value={o} label={o} />
              ))}
            </FormSelect>
          </FormGroup>
        );
      })}
    </section>
  );
};
