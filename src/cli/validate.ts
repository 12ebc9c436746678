import type { Finding } from '../findings';
import { createLocator } from '../appliance/locate';
import { validateVirtualMachineManifest } from '../appliance/validate-manifest';
import {
  exitStatus,
  findingsJson,
  printFindings,
  quote,
  readDocuments,
  UsageError,
  type CliIo,
} from './io';
import { applySchemaOption } from './schema-option';

type Located = Finding & { document: number; line?: number; column?: number };

/** `kubevirt-appliance validate VM.yaml [--output json]`; returns the exit status. */
export const runValidate = (
  io: CliIo,
  file: string,
  o: { output?: string; schema?: string },
): number => {
  const output = o.output ?? 'text';
  if (output !== 'text' && output !== 'json')
    throw new UsageError(`--output ${quote(output)}: expected json (or leave it out for text)`);
  applySchemaOption(io, o.schema);
  const { text, bundle } = readDocuments(io, file, 'VirtualMachine file');
  const docs = bundle.documents.filter((d) => d.object);
  const vms = docs.filter((d) => d.object?.kind === 'VirtualMachine');
  // A single document of another kind is validated anyway, so the user learns why it is not a VM.
  const targets = vms.length ? vms : docs.slice(0, 1);
  // Documents refused while reading (a bound, a forbidden key) are findings of their own.
  const all: Located[] = bundle.findings.map((f) => ({
    ...f,
    document: Number(f.params?.document ?? 0),
  }));
  if (!targets.length && !all.length) throw new UsageError(`${quote(file)} holds no document`);
  const locate = createLocator(text);
  for (const d of targets) {
    for (const f of validateVirtualMachineManifest(d.object)) {
      const at = locate(f.path, d.index);
      all.push({ ...f, document: d.index, ...(at ? { line: at.line, column: at.column } : {}) });
    }
  }
  if (output === 'json') io.stdout(`${JSON.stringify(findingsJson(all), null, 2)}\n`);
  else printFindings(io, all);
  return exitStatus(all);
};
