import * as React from 'react';
import {
  CentosIconConfig,
  FedoraIconConfig,
  FreebsdIconConfig,
  LinuxIconConfig,
  OsImageIconConfig,
  RedhatIconConfig,
  SuseIconConfig,
  UbuntuIconConfig,
  WindowsIconConfig,
} from '@patternfly/react-icons';

/** The drawing of a PatternFly icon (its `*IconConfig`), without the component around it. */
interface IconShape {
  width: number;
  height: number;
  xOffset?: number;
  yOffset?: number;
  svgPath: string | ReadonlyArray<{ path: string; className?: string }>;
}

/** Preference name prefixes (common-instancetypes naming: `rhel.9`, `windows.2k22`, ...) to icons. */
const ICONS: ReadonlyArray<[prefix: string, icon: IconShape, family: string]> = [
  ['rhel', RedhatIconConfig, 'rhel'],
  ['fedora', FedoraIconConfig, 'fedora'],
  ['centos', CentosIconConfig, 'centos'],
  ['ubuntu', UbuntuIconConfig, 'ubuntu'],
  ['opensuse', SuseIconConfig, 'suse'],
  ['sles', SuseIconConfig, 'suse'],
  ['suse', SuseIconConfig, 'suse'],
  ['windows', WindowsIconConfig, 'windows'],
  ['win', WindowsIconConfig, 'windows'],
  ['freebsd', FreebsdIconConfig, 'freebsd'],
  ['debian', LinuxIconConfig, 'linux'],
  ['alpine', LinuxIconConfig, 'linux'],
  ['linux', LinuxIconConfig, 'linux'],
];

const match = (os: string) => {
  const name = os.toLowerCase();
  return ICONS.find(([prefix]) => name.startsWith(prefix));
};

/** The icon family for a preference name; `generic` when none is known. */
export const osFamily = (os: string): string => match(os)?.[2] ?? 'generic';

/**
 * A small operating-system icon chosen by preference name, with a generic fallback. Decorative.
 * One `<svg>` whose drawing changes with the OS: when a keystroke brings other items into a tile,
 * the icon is two attribute writes, not an element removed and another inserted and styled.
 */
export const OsIcon: React.FC<{ os: string }> = ({ os }) => {
  const [, shape, family] = match(os) ?? ['', OsImageIconConfig, 'generic'];
  const { width, height, xOffset = 0, yOffset = 0, svgPath } = shape;
  const paths = typeof svgPath === 'string' ? [{ path: svgPath }] : svgPath;
  return (
    <span className="kv-os-icon" data-test="os-icon" data-family={family} aria-hidden="true">
      <svg
        className="pf-v6-svg"
        viewBox={`${xOffset} ${yOffset} ${width} ${height}`}
        fill="currentColor"
        width="1em"
        height="1em"
        role="img"
      >
        {paths.map((p, i) => (
          <path key={i} className={p.className} d={p.path} />
        ))}
      </svg>
    </span>
  );
};
