/** JSON pointer (RFC 6901) helpers. */

export const escapeSegment = (segment: string): string =>
  segment.replace(/~/g, '~0').replace(/\//g, '~1');

export const unescapeSegment = (segment: string): string =>
  segment.replace(/~1/g, '/').replace(/~0/g, '~');

/**
 * `''` is the whole document. Lenient where people type pointers by hand: `/` also means the
 * whole document (no VirtualMachine field has an empty name) and a missing leading `/` is added.
 */
export const parsePointer = (pointer: string): string[] => {
  if (pointer === '' || pointer === '/') return [];
  const body = pointer.startsWith('/') ? pointer.slice(1) : pointer;
  return body.split('/').map(unescapeSegment);
};

export const joinPointer = (base: string, segment: string): string =>
  `${base}/${escapeSegment(segment)}`;

/** How a pointer reads in a message: the root is `/`, not an empty string. */
export const displayPointer = (pointer: string): string => pointer || '/';
