import {
  MAX_OPENAPI_CHARS,
  parseOpenApiText,
  virtualMachineSchemaFromOpenApi,
} from '../schema/openapi';
import { setVirtualMachineSchema } from '../schema/validate';
import { FileTooLarge, quote, UsageError, type CliIo } from './io';

/** The `--schema FILE` option of `validate` and `instantiate`: flags and help text. */
export const SCHEMA_OPTION = '--schema <FILE>';
export const SCHEMA_OPTION_HELP =
  "the cluster's VirtualMachine schema: the JSON that `kubectl get --raw /openapi/v3/apis/kubevirt.io/v1` prints (default: the bundled schema)";

/**
 * Validates with the schema in `path` (an OpenAPI v3 document of kubevirt.io/v1) from now on, or
 * with the bundled one when `path` is undefined. A file that cannot be read or used is a usage
 * error (exit status 2) naming the reason.
 */
export const applySchemaOption = (
  io: CliIo,
  path: string | undefined,
  /** An OpenAPI document found elsewhere (in `--cluster-state`), used when no `--schema` is given. */
  fallback?: unknown,
): void => {
  if (path === undefined) {
    if (fallback === undefined) {
      setVirtualMachineSchema(null);
      return;
    }
    try {
      setVirtualMachineSchema(virtualMachineSchemaFromOpenApi(fallback));
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      throw new UsageError(`--cluster-state: its OpenAPI document is not usable: ${quote(reason)}`);
    }
    return;
  }
  let text: string;
  try {
    text = io.readFile(path, MAX_OPENAPI_CHARS);
  } catch (e) {
    const reason =
      e instanceof FileTooLarge
        ? `it is larger than ${MAX_OPENAPI_CHARS / 1024 / 1024} MiB`
        : ((e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : String(e)));
    throw new UsageError(`--schema ${quote(path)}: cannot read it: ${quote(reason)}`);
  }
  try {
    setVirtualMachineSchema(virtualMachineSchemaFromOpenApi(parseOpenApiText(text)));
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw new UsageError(`--schema ${quote(path)}: not a usable schema: ${quote(reason)}`);
  }
};
