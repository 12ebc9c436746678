import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { Title } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { parametersOf } from '../../appliance/parameters';
import type { KubeObject } from '../../appliance/types';

/**
 * The parameters an appliance asks for per VM (semantics §9): name, type, required. Nothing for a
 * source without declarations; the invalid ones are the editor's and the wizard's business.
 */
export const ParametersList: React.FC<{ dataSource: KubeObject }> = ({ dataSource }) => {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  const { declarations } = parametersOf(dataSource);
  if (!declarations.length) return null;
  return (
    <section data-test="catalog-details-parameters" aria-labelledby="catalog-parameters-title">
      <Title headingLevel="h3" size="md" id="catalog-parameters-title">
        {t('Parameters')}
      </Title>
      <Table variant="compact" aria-labelledby="catalog-parameters-title">
        <Thead>
          <Tr>
            <Th>{t('Name')}</Th>
            <Th>{t('Type')}</Th>
            <Th>{t('Required')}</Th>
          </Tr>
        </Thead>
        <Tbody>
          {declarations.map((d) => (
            <Tr key={d.name} data-test="catalog-parameter" data-name={d.name}>
              <Td dataLabel={t('Name')}>
                {d.displayName ? `${d.displayName} (${d.name})` : d.name}
              </Td>
              <Td dataLabel={t('Type')}>{d.type}</Td>
              <Td dataLabel={t('Required')}>{d.required ? t('Yes') : t('No')}</Td>
            </Tr>
          ))}
        </Tbody>
      </Table>
    </section>
  );
};
