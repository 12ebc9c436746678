/** A valid boilerplate of about `disks` × 100 bytes, its disk names tagged with `tag`. */
export const manyDiskBoilerplate = (disks: number, tag: string): string =>
  [
    'spec:',
    '  template:',
    '    spec:',
    '      domain:',
    '        devices:',
    '          disks:',
    ...Array.from(
      { length: disks },
      (_x, i) => `            - name: ${tag}-disk-${i}\n              disk: { bus: virtio }`,
    ),
  ].join('\n');
