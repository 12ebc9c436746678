import { formatMessage } from '../findings';
import { isObject } from '../appliance/json';
import { quote, readDocuments, UsageError, type CliIo } from './io';

/**
 * `--params-file FILE` (a YAML mapping, read through the bounded reader like every input) and
 * `--param NAME=VALUE` (repeatable, wins). Values stay as given: the core checks them against the
 * declarations and reports at `parameters#/NAME`. A value is never echoed: it may be secret.
 */
export const readParameterValues = (
  io: CliIo,
  pairs: readonly string[],
  file: string | undefined,
): Record<string, unknown> => {
  const values: Record<string, unknown> = {};
  if (file !== undefined) {
    const { bundle } = readDocuments(io, file, 'parameters file');
    const error = bundle.findings.find((f) => f.severity === 'error');
    if (error)
      throw new UsageError(
        `parameters file ${quote(file)} is not usable: ${formatMessage(error.message, error.params ?? {})}`,
      );
    const docs = bundle.documents.filter((d) => d.object !== undefined);
    const doc = docs.length === 1 ? docs[0].object : undefined;
    if (!isObject(doc))
      throw new UsageError(
        `parameters file ${quote(file)} must hold one YAML mapping of NAME: value`,
      );
    for (const [name, value] of Object.entries(doc)) {
      if (value !== null && typeof value === 'object')
        throw new UsageError(
          `parameters file ${quote(file)}: the value of ${quote(name)} must be text, a number or true/false`,
        );
      values[name] = value;
    }
  }
  for (const pair of pairs) {
    const i = pair.indexOf('=');
    if (i <= 0)
      throw new UsageError(`--param expects NAME=VALUE, got a value without "=" or a name`);
    values[pair.slice(0, i)] = pair.slice(i + 1);
  }
  return values;
};
