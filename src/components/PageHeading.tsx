import * as React from 'react';
import { ListPageHeader } from '@openshift-console/dynamic-plugin-sdk';
import { Title } from '@patternfly/react-core';

/**
 * Focus on navigation. The console swaps pages without a document load, so focus would stay on
 * the link or button that led here, or fall back to the body. Each page moves it to its own `<h1>`
 * when it mounts: keyboard users go on from the top of the new page, and screen readers announce
 * where they are. The heading takes focus only from script (`tabIndex` -1), never from Tab.
 */
const focusHeading = (heading: HTMLElement | null | undefined): void => {
  if (!heading) return;
  heading.tabIndex = -1;
  heading.focus();
};

/** The console's `ListPageHeader` (its `<h1>` renders inside), focused when the page mounts. */
export const PageHeader: React.FC<{ title: string; children?: React.ReactNode }> = ({
  title,
  children,
}) => {
  const ref = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => focusHeading(ref.current?.querySelector('h1')), []);
  return (
    // `display: contents`: the wrapper only finds the heading, it takes no part in the layout.
    <div ref={ref} style={{ display: 'contents' }}>
      <ListPageHeader title={title}>{children}</ListPageHeader>
    </div>
  );
};

/** A page's own `<h1>`, focused when the page mounts. */
export const PageTitle: React.FC<{ children: React.ReactNode; 'data-test'?: string }> = ({
  children,
  'data-test': dataTest,
}) => {
  const id = React.useId();
  React.useEffect(() => focusHeading(document.getElementById(id)), [id]);
  return (
    <Title headingLevel="h1" id={id} tabIndex={-1} data-test={dataTest}>
      {children}
    </Title>
  );
};
