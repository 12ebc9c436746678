/** JSON pointer (RFC 6901) helpers; every finding path is built with these. */

const escape = (segment: string | number): string =>
  String(segment).replace(/~/g, '~0').replace(/\//g, '~1');

/** `ptr('spec', 'template', 0)` -> `/spec/template/0`. */
export const ptr = (...segments: Array<string | number>): string =>
  segments.map((s) => `/${escape(s)}`).join('');

export const splitPointer = (pointer: string): string[] =>
  pointer === ''
    ? []
    : pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
