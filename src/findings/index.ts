/**
 * What every layer shares: findings and JSON pointers. A leaf: it imports nothing from the
 * project, so the core, the schema, the resource layer and the views can all depend on it.
 */
export * from './findings';
export * from './pointer';
export * from './text';
