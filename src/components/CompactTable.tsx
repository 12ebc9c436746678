import * as React from 'react';
import { Table, Tbody, Th, Thead, Tr } from '@patternfly/react-table';

export interface CompactTableProps {
  'aria-label': string;
  'data-test'?: string;
  /** The translated column titles, in order. */
  columns: readonly string[];
  /** The rows: Tr elements. */
  children: React.ReactNode;
}

/** A compact table with a header row of column titles and the given rows. */
export const CompactTable: React.FC<CompactTableProps> = ({
  'aria-label': ariaLabel,
  'data-test': dataTest,
  columns,
  children,
}) => (
  <Table aria-label={ariaLabel} variant="compact" data-test={dataTest}>
    <Thead>
      <Tr>
        {columns.map((c) => (
          <Th key={c}>{c}</Th>
        ))}
      </Tr>
    </Thead>
    <Tbody>{children}</Tbody>
  </Table>
);
