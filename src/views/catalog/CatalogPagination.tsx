import * as React from 'react';
import { Pagination } from '@patternfly/react-core';
import { PER_PAGE_OPTIONS } from './query';

const PER_PAGE = PER_PAGE_OPTIONS.map((n) => ({ title: String(n), value: n }));

export interface CatalogPaginationProps {
  itemCount: number;
  page: number;
  perPage: number;
  onSetPage: (page: number) => void;
  onPerPage: (perPage: number) => void;
}

/**
 * The bottom pagination, memoized: PatternFly's is a sizeable tree (options menu, navigation) and
 * a keystroke that leaves the count and page alone should not re-render it.
 */
export const CatalogPagination = React.memo<CatalogPaginationProps>(function CatalogPagination({
  itemCount,
  page,
  perPage,
  onSetPage,
  onPerPage,
}) {
  return (
    <Pagination
      itemCount={itemCount}
      page={page}
      perPage={perPage}
      perPageOptions={PER_PAGE}
      onSetPage={(_e, p) => onSetPage(p)}
      onPerPageSelect={(_e, n) => onPerPage(n)}
      variant="bottom"
      data-test="catalog-pagination"
    />
  );
});
