import { Command, CommanderError } from 'commander';
import { runInstantiate } from './instantiate';
import { processIo, UsageError, usageLine, type CliIo } from './io';
import { safeText } from '../findings';
import { runValidate } from './validate';
import { SCHEMA_OPTION, SCHEMA_OPTION_HELP } from './schema-option';
import { runBundleValidate } from './bundle';
import { runFromVm } from './from-vm';

/** Builds and runs the `kubevirt-appliance` command; returns the exit status (0, 1 or 2). */
export const run = (argv: readonly string[], io: CliIo = processIo): number => {
  let status = 0;
  const program = new Command('kubevirt-appliance')
    .description(
      'Turn KubeVirt golden images and appliances into VirtualMachines, and check VirtualMachine manifests.',
    )
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => undefined });
  program
    .command('instantiate')
    .description('print the objects to create (Secrets, then the VirtualMachine) for a DataSource')
    .argument('<DATASOURCE.yaml>', 'a DataSource, optionally followed by its companion objects')
    .requiredOption('--name <name>', 'name of the new VirtualMachine')
    .requiredOption('--namespace <namespace>', 'namespace of the new VirtualMachine')
    .option(
      '--instancetype <[KIND/]NAME>',
      'instancetype (default kind VirtualMachineClusterInstancetype)',
    )
    .option(
      '--preference <[KIND/]NAME>',
      'preference (default kind VirtualMachineClusterPreference)',
    )
    .option('--ssh-key <FILE>', 'OpenSSH public key file to put into a Secret')
    .option('--halted', 'create the VM stopped (runStrategy Halted)')
    .option(
      '--keep-boilerplate-password',
      'keep a password written into the boilerplate (shared by every VM)',
    )
    .option(
      '--instancetypes <FILE>',
      'YAML of the cluster instancetypes/preferences; unknown names become errors',
    )
    .option('--seed <N>', 'seed of the random source, for reproducible output')
    .option(
      '--param <NAME=VALUE>',
      'value of an appliance parameter (repeatable; wins over --params-file)',
      (value: string, previous: string[] = []) => [...previous, value],
    )
    .option('--params-file <FILE>', 'YAML mapping of appliance parameter names to values')
    .option('--count <N>', 'make N VMs (1-100) with the same choices, named by --name-pattern')
    .option('--name-pattern <P>', 'names of the VMs of --count, {n} from 1 (default: NAME-{n})')
    .option(
      '--cluster-state <FILE>',
      'what kubectl get ... -o yaml prints (a List or documents): run the pre-flight checks against it',
    )
    .option(
      '--network <NAME=TARGET>',
      'map a boilerplate network to pod or a NetworkAttachmentDefinition [NAMESPACE/]NAME (repeatable)',
      (value: string, previous: string[] = []) => [...previous, value],
    )
    .option('--output <yaml|json>', 'output format', 'yaml')
    .option(SCHEMA_OPTION, SCHEMA_OPTION_HELP)
    .action((file: string, opts) => {
      status = runInstantiate(io, file, opts);
    });
  program
    .command('validate')
    .description('check a VirtualMachine manifest; repairs nothing')
    .argument('<VM.yaml>', 'a VirtualMachine manifest (every VirtualMachine document of the file)')
    .option('--output <json>', 'print findings as JSON on stdout')
    .option(SCHEMA_OPTION, SCHEMA_OPTION_HELP)
    .action((file: string, opts) => {
      status = runValidate(io, file, opts);
    });
  program
    .command('bundle')
    .description('work with appliance bundles (a DataSource and its companion objects)')
    .command('validate')
    .description('check every document of a bundle; boilerplate findings are shown, not fatal')
    .argument('<FILE>', 'a bundle: multi-document YAML, the DataSource first')
    .option('--namespace <namespace>', 'namespace the bundle would be imported into', 'default')
    .option('--output <json>', 'print the result as JSON on stdout')
    .action((file: string, opts) => {
      status = runBundleValidate(io, file, opts);
    });
  program
    .command('from-vm')
    .description('print a new appliance DataSource made from a VirtualMachine manifest')
    .argument('<VM.yaml>', 'a VirtualMachine manifest (e.g. kubectl get vm NAME -o yaml)')
    .requiredOption('--name <name>', 'name of the new DataSource')
    .requiredOption('--namespace <namespace>', 'namespace of the new DataSource')
    .requiredOption(
      '--boot-source <KIND/NAME>',
      'boot volume: DataSource/NAME, PVC/[NAMESPACE/]NAME or VolumeSnapshot/[NAMESPACE/]NAME',
    )
    .option('--keep-identity', 'keep firmware uuid/serial and MAC addresses (disaster recovery)')
    .option('--output <yaml|json>', 'output format', 'yaml')
    .action((file: string, opts) => {
      status = runFromVm(io, file, opts);
    });
  // No command at all is a usage error: the help goes to stderr, exit 2.
  if (argv.length <= 2) {
    io.stderr(program.helpInformation());
    return 2;
  }
  try {
    program.parse([...argv], { from: 'node' });
    return status;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return 0;
      // Help shown because a command was missing (e.g. `bundle` alone) is a usage error.
      if (e.code === 'commander.help') return 2;
      io.stderr(usageLine(safeText(e.message.replace(/^error: /, ''), 400)));
      return 2;
    }
    if (e instanceof UsageError) {
      io.stderr(usageLine(e.message));
      return 2;
    }
    // A defect of ours must still end in one readable line, never a stack trace in a log.
    io.stderr(
      usageLine(
        `internal error (please report it): ${safeText(e instanceof Error ? e.message : String(e))}`,
      ),
    );
    return 2;
  }
};
