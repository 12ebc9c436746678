import * as React from 'react';
import {
  SELECTION_EVENT,
  observer,
  type GraphElement,
  type Node,
  type WithSelectionProps,
} from '@patternfly/react-topology';
import type { NodeData } from './model';
import { NodeShapeOutline } from './shapes';
import { tokens } from './tokens';
import { rawValues } from '../../components/i18n-values';
import { useCachedT } from '../../components/useCachedT';

interface Props extends WithSelectionProps {
  element: Node;
}

/** Enter or Space selects, as a click does, so the diagram works from the keyboard. */
export const selectOnKey = (element: GraphElement) => (e: React.KeyboardEvent) => {
  if (e.key === 'Enter' || e.key === ' ') {
    e.preventDefault();
    e.stopPropagation();
    element.getController().fireEvent(SELECTION_EVENT, [element.getId()]);
  }
};

const LifecycleNodeView: React.FC<Props> = ({ element, selected, onSelect }) => {
  const t = useCachedT();
  const data = element.getData() as NodeData;
  const { node, count } = data;
  const { width, height } = element.getDimensions();
  const label = t(node.label);
  const sublabel = node.sublabel ? t(node.sublabel) : undefined;
  const countText =
    count === null ? t('not in the cluster') : count === undefined ? '…' : String(count);
  // The accessible name reads the visible texts in their order (WCAG 2.5.3), the count spelt out.
  const ariaCount =
    count === null
      ? countText
      : count === undefined
        ? t('loading')
        : t('{{count}} objects', { count });
  const values = rawValues({ label, sublabel, count: ariaCount });
  const ariaLabel = sublabel
    ? t('{{label}}, {{sublabel}}: {{count}}', values)
    : t('{{label}}: {{count}}', values);
  return (
    <g
      data-test="lifecycle-node"
      data-id={node.id}
      data-count={count === null ? 'none' : count === undefined ? '' : String(count)}
      data-highlighted={String(node.highlighted)}
      className="kv-lifecycle-node"
      tabIndex={0}
      role="button"
      aria-pressed={selected}
      aria-label={ariaLabel}
      onClick={onSelect}
      onKeyDown={selectOnKey(element)}
      style={{ cursor: 'pointer' }}
    >
      <NodeShapeOutline
        shape={node.shape}
        width={width}
        height={height}
        fill={node.highlighted ? tokens.newFill : tokens.nodeFill}
        stroke={
          selected ? tokens.selected : node.highlighted ? tokens.newStroke : tokens.nodeStroke
        }
        strokeWidth={selected ? 3 : node.highlighted ? 2 : 1}
      />
      <text
        x={width / 2}
        y={sublabel ? height / 2 - 12 : height / 2 - 4}
        textAnchor="middle"
        fill={tokens.text}
        fontWeight="bold"
        fontSize={14}
      >
        {label}
      </text>
      {/* A space between two texts (drawn nowhere), so that read together they are two words. */}
      {sublabel && (
        <>
          {' '}
          <text
            x={width / 2}
            y={height / 2 + 3}
            textAnchor="middle"
            fill={tokens.subtleText}
            fontSize={11}
          >
            {sublabel}
          </text>
        </>
      )}{' '}
      <text
        data-test="lifecycle-node-count"
        x={width / 2}
        y={sublabel ? height / 2 + 19 : height / 2 + 14}
        textAnchor="middle"
        fill={count === null ? tokens.subtleText : tokens.text}
        fontStyle={count === null ? 'italic' : undefined}
        fontSize={count === null ? 11 : 13}
      >
        {countText}
      </text>
    </g>
  );
};

export default observer(LifecycleNodeView);
