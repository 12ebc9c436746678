import { hasErrors } from '../findings';
import { applianceFromVirtualMachine, BOOT_SOURCE_SYNTAX } from '../appliance/from-vm';
import { parseKindName } from '../appliance/kind-name';
import {
  exitStatus,
  printFindings,
  quote,
  readDocuments,
  renderObjects,
  UsageError,
  type CliIo,
} from './io';

export interface FromVmOptions {
  name: string;
  namespace: string;
  bootSource: string;
  keepIdentity?: boolean;
  output?: string;
}

/**
 * `kubevirt-appliance from-vm VM.yaml --name N --namespace NS --boot-source KIND/NAME
 * [--keep-identity]`: prints the new appliance DataSource; findings go to stderr.
 */
export const runFromVm = (io: CliIo, file: string, o: FromVmOptions): number => {
  const output = o.output ?? 'yaml';
  if (output !== 'yaml' && output !== 'json')
    throw new UsageError(`--output ${quote(output)}: expected yaml or json`);
  const bootSource = parseKindName(o.bootSource, BOOT_SOURCE_SYNTAX);
  if (!bootSource.ok)
    throw new UsageError(`--boot-source ${quote(o.bootSource)}: ${bootSource.error}`);
  const { bundle } = readDocuments(io, file, 'VirtualMachine file');
  const vm =
    bundle.documents.find((d) => d.object?.kind === 'VirtualMachine')?.object ??
    bundle.documents.find((d) => d.object)?.object;
  if (!vm) {
    // A document refused while reading (a bound, a forbidden key) says why.
    if (hasErrors(bundle.findings)) {
      printFindings(io, bundle.findings);
      return 1;
    }
    throw new UsageError(`${quote(file)} holds no VirtualMachine`);
  }
  const result = applianceFromVirtualMachine({
    vm,
    name: o.name,
    namespace: o.namespace,
    bootSource: bootSource.ref,
    keepIdentity: Boolean(o.keepIdentity),
  });
  printFindings(io, result.findings);
  const status = exitStatus(result.findings);
  if (status === 0 && result.dataSource) io.stdout(renderObjects([result.dataSource], output));
  return status;
};
