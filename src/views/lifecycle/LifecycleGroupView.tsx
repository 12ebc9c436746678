import * as React from 'react';
import { observer, type Node } from '@patternfly/react-topology';
import type { GroupData } from './model';
import { tokens } from './tokens';
import { useCachedT } from '../../components/useCachedT';

/** A subgraph box of the origin ("MTV", "cluster"), sized by the layout around its children. */
const LifecycleGroupView: React.FC<{ element: Node }> = ({ element }) => {
  const t = useCachedT();
  const { label } = element.getData() as GroupData;
  const { x, y, width, height } = element.getBounds();
  return (
    <g
      data-test="lifecycle-group"
      data-id={element.getId().replace(/^group-/, '')}
      data-label={label}
    >
      <rect
        x={x}
        y={y}
        width={width}
        height={height}
        rx={8}
        // Edges are drawn before groups: a filled box would hide the edges inside it.
        fill="none"
        stroke={tokens.groupStroke}
        strokeDasharray="6 4"
      />
      <text x={x + 12} y={y + 20} fill={tokens.subtleText} fontSize={13} fontWeight="bold">
        {t(label)}
      </text>
    </g>
  );
};

export default observer(LifecycleGroupView);
