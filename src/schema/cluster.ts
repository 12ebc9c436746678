import Ajv from 'ajv';
import type { CompiledValidator } from './bundled';

/**
 * Compiles a schema handed in at run time (the cluster's, read by a later
 * issue). This is the one place that compiles at run time: ajv generates code
 * with `new Function`, which the bundled validator avoids by being compiled at
 * build time.
 */
export const compileSchema = (schema: object): CompiledValidator => {
  try {
    const ajv = new Ajv({ allErrors: true, strict: false });
    return ajv.compile(schema) as CompiledValidator;
  } catch (error) {
    // ajv appends the whole generated function to some messages; the first sentence says enough.
    const reason = (error instanceof Error ? error.message : String(error)).split(
      /\n|Error compiling/,
    )[0];
    throw new Error(`The VirtualMachine schema could not be compiled: ${reason.slice(0, 200)}`);
  }
};
