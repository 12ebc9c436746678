import * as React from 'react';
import type { NodeShape } from '../../lifecycle/graph';

interface ShapeProps {
  shape: NodeShape;
  width: number;
  height: number;
  fill: string;
  stroke: string;
  strokeWidth: number;
}

/** The origin's mermaid shapes: box, /parallelogram/, (stadium), [(cylinder)], ((circle)). */
export const NodeShapeOutline: React.FC<ShapeProps> = ({
  shape,
  width: w,
  height: h,
  ...paint
}) => {
  const common = { ...paint, className: 'kv-lifecycle-node__shape' };
  switch (shape) {
    case 'parallelogram': {
      const skew = 16;
      return <polygon {...common} points={`${skew},0 ${w},0 ${w - skew},${h} 0,${h}`} />;
    }
    case 'stadium':
      return <rect {...common} width={w} height={h} rx={h / 2} ry={h / 2} />;
    case 'cylinder': {
      const ry = 8;
      return (
        <g>
          <path
            {...common}
            d={`M0,${ry} A${w / 2},${ry} 0 0 1 ${w},${ry} V${h - ry} A${w / 2},${ry} 0 0 1 0,${h - ry} Z`}
          />
          <path {...common} fill="none" d={`M0,${ry} A${w / 2},${ry} 0 0 0 ${w},${ry}`} />
        </g>
      );
    }
    case 'circle':
      return <ellipse {...common} cx={w / 2} cy={h / 2} rx={w / 2} ry={h / 2} />;
    default:
      return <rect {...common} width={w} height={h} rx={4} ry={4} />;
  }
};
