/** The stable codes of schema findings. */
export const SCHEMA_CODES = {
  unknownField: 'SchemaUnknownField',
  wrongType: 'SchemaWrongType',
  required: 'SchemaRequired',
  invalidValue: 'SchemaInvalidValue',
} as const;

export type SchemaCode = (typeof SCHEMA_CODES)[keyof typeof SCHEMA_CODES];
