import { parseMultiDocument } from '../appliance/bundle';
import type { Finding } from '../findings';
import { locatePath } from '../appliance/locate';
import { validateVirtualMachineManifest } from '../appliance/validate-manifest';
import { exitStatus, printFindings, readText, UsageError, type CliIo } from './io';

/** `kubevirt-appliance validate VM.yaml [--output json]`; returns the exit status. */
export const runValidate = (io: CliIo, file: string, o: { output?: string }): number => {
  const output = o.output ?? 'text';
  if (output !== 'text' && output !== 'json')
    throw new UsageError(`--output ${output}: expected json (or leave it out for text)`);
  const text = readText(io, file, 'VirtualMachine file');
  const bundle = parseMultiDocument(text);
  const fatal = bundle.findings.find((f) => f.code === 'YamlSyntax' || f.code === 'BundleTooLarge');
  if (fatal)
    throw new UsageError(
      `${file}: ${fatal.code === 'YamlSyntax' ? `not valid YAML (line ${fatal.params?.line}): ${fatal.params?.reason}` : 'file too large'}`,
    );
  const docs = bundle.documents.filter((d) => d.object);
  const vms = docs.filter((d) => d.object?.kind === 'VirtualMachine');
  // A single document of another kind is validated anyway, so the user learns why it is not a VM.
  const targets = vms.length ? vms : docs.slice(0, 1);
  if (!targets.length) throw new UsageError(`${file} holds no document`);
  const all: Array<Finding & { document: number; line?: number; column?: number }> = [];
  for (const d of targets) {
    for (const f of validateVirtualMachineManifest(d.object)) {
      const at = locatePath(text, f.path, d.index);
      all.push({ ...f, document: d.index, ...(at ? { line: at.line, column: at.column } : {}) });
    }
  }
  if (output === 'json') io.stdout(`${JSON.stringify(all, null, 2)}\n`);
  else printFindings(io, all);
  return exitStatus(all);
};
