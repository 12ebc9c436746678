import * as React from 'react';
import {
  CentosIcon,
  FedoraIcon,
  FreebsdIcon,
  LinuxIcon,
  OsImageIcon,
  RedhatIcon,
  SuseIcon,
  UbuntuIcon,
  WindowsIcon,
} from '@patternfly/react-icons';

type IconComponent = React.ComponentType<React.SVGProps<SVGElement> & { title?: string }>;

/** Preference name prefixes (common-instancetypes naming: `rhel.9`, `windows.2k22`, ...) to icons. */
const ICONS: ReadonlyArray<[prefix: string, icon: IconComponent, family: string]> = [
  ['rhel', RedhatIcon, 'rhel'],
  ['fedora', FedoraIcon, 'fedora'],
  ['centos', CentosIcon, 'centos'],
  ['ubuntu', UbuntuIcon, 'ubuntu'],
  ['opensuse', SuseIcon, 'suse'],
  ['sles', SuseIcon, 'suse'],
  ['suse', SuseIcon, 'suse'],
  ['windows', WindowsIcon, 'windows'],
  ['win', WindowsIcon, 'windows'],
  ['freebsd', FreebsdIcon, 'freebsd'],
  ['debian', LinuxIcon, 'linux'],
  ['alpine', LinuxIcon, 'linux'],
  ['linux', LinuxIcon, 'linux'],
];

/** The icon family for a preference name; `generic` when none is known. */
export const osFamily = (os: string): string => {
  const name = os.toLowerCase();
  return ICONS.find(([prefix]) => name.startsWith(prefix))?.[2] ?? 'generic';
};

const iconFor = (os: string): IconComponent => {
  const name = os.toLowerCase();
  return ICONS.find(([prefix]) => name.startsWith(prefix))?.[1] ?? OsImageIcon;
};

/** A small operating-system icon chosen by preference name, with a generic fallback. Decorative. */
export const OsIcon: React.FC<{ os: string }> = ({ os }) => {
  const Icon = iconFor(os);
  return (
    <span className="kv-os-icon" data-test="os-icon" data-family={osFamily(os)} aria-hidden="true">
      <Icon />
    </span>
  );
};
