import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr, type ThProps } from '@patternfly/react-table';
import { KindBadge } from '../../components/KindBadge';
import { ReadinessStatus } from '../../components/ReadinessStatus';
import { itemDataAttributes, type CatalogViewProps } from './CatalogCards';
import { ProblemCount, SummaryText } from './ItemFacts';
import { kindNameText } from './kind-name';
import type { SortKey } from './query';

export interface CatalogTableProps extends CatalogViewProps {
  sort: SortKey;
  order: 'asc' | 'desc';
  onSort: (sort: SortKey, order: 'asc' | 'desc') => void;
}

/** Sortable columns in display order; the others are not sortable. */
const SORTABLE: Array<SortKey | undefined> = [
  'name',
  'namespace',
  'kind',
  'os',
  undefined,
  'readiness',
  undefined,
];

/** One page of catalog items as a table; the name opens the details, so does Enter on a row. */
export const CatalogTable: React.FC<CatalogTableProps> = ({
  items,
  selected,
  onSelect,
  sort,
  order,
  onSort,
}) => {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  const columns = [
    t('Name'),
    t('Namespace'),
    t('Kind'),
    t('OS / preference'),
    t('Default instancetype'),
    t('Readiness'),
    t('Contents'),
  ];
  const sortProps = (index: number): ThProps['sort'] | undefined => {
    const key = SORTABLE[index];
    if (!key) return undefined;
    return {
      columnIndex: index,
      sortBy: { index: SORTABLE.indexOf(sort), direction: order },
      onSort: (_event, _index, direction) => onSort(key, direction),
    };
  };
  return (
    <Table
      aria-label={t('Golden images and appliances')}
      variant="compact"
      data-test="catalog-table"
    >
      <Thead>
        <Tr>
          {columns.map((label, i) => (
            <Th key={label} sort={sortProps(i)} data-test={`catalog-column-${SORTABLE[i] ?? i}`}>
              {label}
            </Th>
          ))}
        </Tr>
      </Thead>
      <Tbody>
        {items.map((e) => {
          const c = e.classification;
          return (
            <Tr
              key={e.id}
              isClickable
              isRowSelected={selected === e.id}
              onRowClick={() => onSelect(e.id)}
              {...itemDataAttributes(e)}
            >
              <Td dataLabel={columns[0]}>
                <Button
                  variant="link"
                  isInline
                  data-test="catalog-item-title"
                  onClick={(event) => {
                    // The row handles the click too: open once.
                    event.stopPropagation();
                    onSelect(e.id);
                  }}
                >
                  {c.displayName}
                </Button>
                {c.displayName !== c.name && <div>{c.name}</div>}
              </Td>
              <Td dataLabel={columns[1]}>{c.namespace}</Td>
              <Td dataLabel={columns[2]}>
                <KindBadge kind={c.kind} flavor={c.flavor} />
              </Td>
              <Td dataLabel={columns[3]}>{e.os || '-'}</Td>
              <Td dataLabel={columns[4]}>{kindNameText(c.defaultInstancetype) || '-'}</Td>
              <Td dataLabel={columns[5]}>
                <ReadinessStatus readiness={c.readiness} />
              </Td>
              <Td dataLabel={columns[6]}>
                <SummaryText entry={e} /> <ProblemCount entry={e} />
              </Td>
            </Tr>
          );
        })}
      </Tbody>
    </Table>
  );
};
