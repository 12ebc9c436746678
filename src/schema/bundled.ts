import type { ErrorObject } from 'ajv';
import type { JsonSchema } from './navigator';

/** An ajv validation function, compiled at build time (standalone) or at run time. */
export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export interface SchemaBundle {
  schema: JsonSchema;
  validate: CompiledValidator;
}

interface ValidatorModule {
  validate: CompiledValidator;
}

interface SchemaModule {
  default: JsonSchema;
}

const MISSING =
  'The generated VirtualMachine schema (src/schema/generated/) is missing: run npm run build:schema';

const isMissingModule = (error: unknown): boolean =>
  typeof error === 'object' &&
  error !== null &&
  ((error as { code?: unknown }).code === 'MODULE_NOT_FOUND' ||
    /Cannot find module/.test(String((error as { message?: unknown }).message)));

/*
 * require() rather than import: a missing generated file then fails with the message above,
 * instead of a bare "Cannot find module", and type-checking works before the first build.
 * The modules are plain code (ajv standalone), so the browser bundle needs no eval.
 */
const load = (): SchemaBundle => {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const validatorModule = require('./generated/vm-validator') as ValidatorModule;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const schemaModule = require('./generated/vm-schema') as SchemaModule;
    return { schema: schemaModule.default, validate: validatorModule.validate };
  } catch (error) {
    if (isMissingModule(error)) throw new Error(MISSING);
    throw error;
  }
};

export const bundledSchema: SchemaBundle = load();
