import { osFamily } from '../../../src/components/OsIcon';

describe('OS icon by preference name', () => {
  it.each([
    ['rhel.9', 'rhel'],
    ['fedora', 'fedora'],
    ['centos.stream9', 'centos'],
    ['ubuntu', 'ubuntu'],
    ['opensuse.leap', 'suse'],
    ['sles', 'suse'],
    ['windows.2k22', 'windows'],
    ['win2k19', 'windows'],
    ['debian', 'linux'],
    ['alpine', 'linux'],
    ['freebsd', 'freebsd'],
    ['RHEL.8', 'rhel'],
  ])('%s -> %s', (os, family) => expect(osFamily(os)).toBe(family));

  it('falls back to the generic icon for an unknown or missing name', () => {
    expect(osFamily('plan9')).toBe('generic');
    expect(osFamily('')).toBe('generic');
  });
});
