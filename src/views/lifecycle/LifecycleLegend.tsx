import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { tokens } from './tokens';

const Swatch: React.FC<{ children: React.ReactNode }> = ({ children }) => (
  <svg width={36} height={16} aria-hidden="true" style={{ verticalAlign: 'middle' }}>
    {children}
  </svg>
);

/** A stage as the graph draws it, in small. */
const StageSwatch: React.FC<{ fill: string; stroke: string; strokeWidth?: number }> = (props) => (
  <Swatch>
    <rect x={2} y={2} width={32} height={12} rx={2} {...props} />
  </Swatch>
);

/** Explains the highlight (new in this design), the dotted edge and the two-way edges. */
const LifecycleLegend: React.FC = () => {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  const item = { display: 'inline-flex', alignItems: 'center', gap: 6, marginRight: 20 } as const;
  const entries: ReadonlyArray<{ label: string; swatch: React.ReactNode }> = [
    {
      label: t('New in this design'),
      swatch: <StageSwatch fill={tokens.newFill} stroke={tokens.newStroke} strokeWidth={2} />,
    },
    {
      label: t('Existing KubeVirt stage'),
      swatch: <StageSwatch fill={tokens.nodeFill} stroke={tokens.nodeStroke} />,
    },
    {
      label: t('Imported by CDI (DataVolume)'),
      swatch: (
        <Swatch>
          <line
            x1={2}
            y1={8}
            x2={34}
            y2={8}
            stroke={tokens.edge}
            strokeWidth={1.5}
            strokeDasharray="2 5"
            strokeLinecap="round"
          />
        </Swatch>
      ),
    },
    {
      label: t('Both directions'),
      swatch: (
        <Swatch>
          <line x1={8} y1={8} x2={28} y2={8} stroke={tokens.newStroke} strokeWidth={2} />
          <polygon points="2,8 9,4 9,12" fill={tokens.newStroke} />
          <polygon points="34,8 27,4 27,12" fill={tokens.newStroke} />
        </Swatch>
      ),
    },
  ];
  return (
    <div data-test="lifecycle-legend" role="list" aria-label={t('Legend')}>
      {entries.map(({ label, swatch }) => (
        <span role="listitem" style={item} key={label}>
          {swatch}
          {label}
        </span>
      ))}
    </div>
  );
};

export default LifecycleLegend;
