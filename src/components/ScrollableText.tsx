import * as React from 'react';

export interface ScrollableTextProps {
  /** What the text is, translated: the region's accessible name. */
  label: string;
  /** Taller text scrolls inside the box. */
  maxHeight: string;
  children: React.ReactNode;
  'data-test'?: string;
}

/**
 * Preformatted text in a box of bounded height. A box that scrolls must be reachable from the
 * keyboard (WCAG 2.1.1): it is a named region in the tab order, so arrow keys and Page Up/Down
 * scroll it once it has focus.
 */
export const ScrollableText: React.FC<ScrollableTextProps> = ({
  label,
  maxHeight,
  children,
  'data-test': dataTest,
}) => (
  <pre
    tabIndex={0}
    role="region"
    aria-label={label}
    data-test={dataTest}
    style={{ maxHeight, overflow: 'auto', whiteSpace: 'pre' }}
  >
    {children}
  </pre>
);
