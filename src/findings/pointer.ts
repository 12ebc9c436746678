/** JSON pointer (RFC 6901): the one implementation every finding path and patch path uses. */

export const escapeSegment = (segment: string | number): string =>
  String(segment).replace(/~/g, '~0').replace(/\//g, '~1');

export const unescapeSegment = (segment: string): string =>
  segment.replace(/~1/g, '/').replace(/~0/g, '~');

/** `ptr('spec', 'template', 0)` -> `/spec/template/0`. */
export const ptr = (...segments: Array<string | number>): string =>
  segments.map((s) => `/${escapeSegment(s)}`).join('');

export const joinPointer = (base: string, segment: string | number): string =>
  `${base}${ptr(segment)}`;

/** Strict RFC 6901: `/` is the key `''` under the root, as in a JSON patch. */
export const splitPointer = (pointer: string): string[] =>
  pointer === '' ? [] : pointer.slice(1).split('/').map(unescapeSegment);

/**
 * Lenient where people type pointers by hand: `/` also means the whole document (no
 * VirtualMachine field has an empty name) and a missing leading `/` is added.
 */
export const parsePointer = (pointer: string): string[] => {
  if (pointer === '/') return [];
  return splitPointer(pointer === '' || pointer.startsWith('/') ? pointer : `/${pointer}`);
};

/** How a pointer reads in a message: the root is `/`, not an empty string. */
export const displayPointer = (pointer: string): string => pointer || '/';
