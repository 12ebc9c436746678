/** Public API of the domain core (semantics §1-§5). Pure: no React, no SDK, no I/O. */
export * from './types';
export * from './findings';
export * from './constants';
export { classifyDataSource, refFrom } from './classify';
export { parseBoilerplate, MAX_EXPANDED_NODES, MAX_NESTING_DEPTH, type ParseResult } from './parse';
export { hasIdentityFields, summarize } from './boilerplate';
export { ptr, splitPointer } from './pointer';
