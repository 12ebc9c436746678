import * as React from 'react';
import { observer, type Edge, type WithSelectionProps } from '@patternfly/react-topology';
import { nodeById } from '../../lifecycle/graph';
import { selectOnKey } from './LifecycleNodeView';
import { arrowhead, midpoint, polylinePath, type Pt } from './geometry';
import type { EdgeData } from './model';
import { tokens } from './tokens';
import { rawValues } from '../../components/i18n-values';
import { useCachedT } from '../../components/useCachedT';

interface Props extends WithSelectionProps {
  element: Edge;
}

const LINE_HEIGHT = 13;

/**
 * Drawn by hand rather than with topology's DefaultEdge to get the dotted DV
 * edge, arrowheads at both ends of the upload & download edges, and the
 * data-test attributes on the element the browser tests query.
 */
const LifecycleEdgeView: React.FC<Props> = ({ element, selected, onSelect }) => {
  const t = useCachedT();
  const { edge } = element.getData() as EdgeData;
  const points: Pt[] = [element.getStartPoint(), ...element.getBendpoints(), element.getEndPoint()];
  const d = polylinePath(points);
  const color = selected ? tokens.selected : edge.highlighted ? tokens.newStroke : tokens.edge;
  const width = selected || edge.highlighted ? 2.5 : 1.5;
  const label = edge.label ? t(edge.label) : '';
  // The origin breaks the two long labels onto two lines.
  const lines = label ? label.split(', ') : [];
  const mid = midpoint(points);
  const boxWidth = Math.max(0, ...lines.map((l) => l.length)) * 6.6 + 10;
  const boxHeight = lines.length * LINE_HEIGHT + 6;
  const from = t(nodeById(edge.source).label);
  const to = t(nodeById(edge.target).label);
  const names = rawValues({ label: label || t('import'), from, to });
  return (
    <g
      data-test="lifecycle-edge"
      data-source={edge.source}
      data-target={edge.target}
      data-label={edge.label}
      data-highlighted={String(edge.highlighted)}
      data-dotted={String(edge.dotted)}
      data-bidirectional={String(edge.bidirectional)}
      className="kv-lifecycle-edge"
      tabIndex={0}
      role="button"
      aria-pressed={selected}
      // The label first, as drawn (WCAG 2.5.3), then where the edge leads.
      aria-label={
        edge.bidirectional
          ? t('{{label}}: between {{from}} and {{to}}', names)
          : t('{{label}}: {{from}} to {{to}}', names)
      }
      onClick={onSelect}
      onKeyDown={selectOnKey(element)}
      style={{ cursor: 'pointer' }}
    >
      <path d={d} stroke="transparent" strokeWidth={12} fill="none" />
      <path
        d={d}
        stroke={color}
        strokeWidth={width}
        fill="none"
        strokeDasharray={edge.dotted ? '2 5' : undefined}
        strokeLinecap="round"
      />
      <polygon
        data-test="lifecycle-edge-arrow"
        points={arrowhead(points[points.length - 2], points[points.length - 1])}
        fill={color}
      />
      {edge.bidirectional && (
        <polygon
          data-test="lifecycle-edge-arrow"
          points={arrowhead(points[1], points[0])}
          fill={color}
        />
      )}
      {lines.length > 0 && (
        <g data-test="lifecycle-edge-label">
          <rect
            x={mid.x - boxWidth / 2}
            y={mid.y - boxHeight / 2}
            width={boxWidth}
            height={boxHeight}
            rx={3}
            fill={tokens.labelFill}
            stroke={color}
            strokeWidth={0.5}
          />
          {lines.map((line, i) => (
            // A space between the lines, so that read together they are words apart.
            <React.Fragment key={line}>
              {i > 0 && ' '}
              <text
                x={mid.x}
                y={mid.y - boxHeight / 2 + 3 + LINE_HEIGHT * (i + 1) - 3}
                textAnchor="middle"
                fontSize={11}
                fill={tokens.text}
              >
                {line}
              </text>
            </React.Fragment>
          ))}
        </g>
      )}
    </g>
  );
};

export default observer(LifecycleEdgeView);
