import { randomInt } from 'crypto';
import { parseMultiDocument } from '../appliance/bundle';
import type { RefField } from '../appliance/instancetype';
import { instantiate } from '../appliance/instantiate';
import { parseKindName, refSyntax } from '../appliance/kind-name';
import { createSeededRandom } from '../appliance/random';
import type { KindName, KnownClusterObjects, KubeObject } from '../appliance/types';
import { exitStatus, printFindings, readText, renderObjects, UsageError, type CliIo } from './io';

export interface InstantiateOptions {
  name: string;
  namespace: string;
  instancetype?: string;
  preference?: string;
  sshKey?: string;
  halted?: boolean;
  keepBoilerplatePassword?: boolean;
  instancetypes?: string;
  seed?: string;
  output?: string;
}

const parseRef = (value: string | undefined, field: RefField): KindName | undefined => {
  if (value === undefined) return undefined;
  const parsed = parseKindName(value, refSyntax(field));
  if (!parsed.ok) throw new UsageError(`--${field} ${value}: ${parsed.error}`);
  return parsed.ref;
};

/** `--instancetypes FILE`: YAML of cluster instancetypes (and optionally preferences), a List or documents. */
const readKnown = (io: CliIo, path: string): KnownClusterObjects => {
  const bundle = parseMultiDocument(readText(io, path, 'instancetypes file'));
  const errors = bundle.findings.filter((f) => f.severity === 'error');
  if (errors.length)
    throw new UsageError(
      `instancetypes file ${path} is not usable YAML: ${String(errors[0].params?.reason ?? errors[0].code)}`,
    );
  const objects: KubeObject[] = [];
  for (const d of bundle.documents) {
    if (!d.object) continue;
    if (Array.isArray(d.object.items)) objects.push(...(d.object.items as KubeObject[]));
    else objects.push(d.object);
  }
  const instancetypes = objects.filter((o) => /Instancetype$/.test(o.kind ?? ''));
  const preferences = objects.filter((o) => /Preference$/.test(o.kind ?? ''));
  if (!instancetypes.length && !preferences.length)
    throw new UsageError(`instancetypes file ${path} holds no instancetype or preference`);
  const known: KnownClusterObjects = {};
  if (instancetypes.length) known.instancetypes = instancetypes;
  if (preferences.length) known.preferences = preferences;
  return known;
};

const randomSource = (seed: string | undefined): (() => number) => {
  if (seed === undefined) return () => randomInt(0, 2 ** 32) / 2 ** 32;
  if (!/^\d+$/.test(seed)) throw new UsageError(`--seed ${seed}: expected a non-negative integer`);
  return createSeededRandom(Number(seed));
};

/** `kubevirt-appliance instantiate DATASOURCE.yaml ...`; returns the exit status. */
export const runInstantiate = (io: CliIo, file: string, o: InstantiateOptions): number => {
  const output = o.output ?? 'yaml';
  if (output !== 'yaml' && output !== 'json')
    throw new UsageError(`--output ${output}: expected yaml or json`);
  const instancetype = parseRef(o.instancetype, 'instancetype');
  const preference = parseRef(o.preference, 'preference');
  const sshPublicKey =
    o.sshKey === undefined
      ? undefined
      : (readText(io, o.sshKey, 'SSH key file')
          .split(/\r?\n/)
          .find((l) => l.trim()) ?? '');
  const known = o.instancetypes === undefined ? undefined : readKnown(io, o.instancetypes);
  const random = randomSource(o.seed);
  const bundle = parseMultiDocument(readText(io, file, 'DataSource file'));
  const fatal = bundle.findings.find((f) => f.code === 'YamlSyntax' || f.code === 'BundleTooLarge');
  if (fatal)
    throw new UsageError(
      `${file}: ${fatal.code === 'YamlSyntax' ? `not valid YAML (line ${fatal.params?.line}): ${fatal.params?.reason}` : 'file too large'}`,
    );
  if (!bundle.dataSource) throw new UsageError(`${file} holds no DataSource`);
  const result = instantiate({
    dataSource: bundle.dataSource,
    companions: bundle.companions,
    namespace: o.namespace,
    name: o.name,
    known,
    random,
    choices: {
      instancetype,
      preference,
      sshPublicKey,
      start: o.halted ? false : undefined,
      keepBoilerplatePassword: !!o.keepBoilerplatePassword,
    },
  });
  const findings = [...bundle.findings, ...result.findings];
  printFindings(io, findings);
  if (result.password) {
    const secret = result.objects.find(
      (x) => x.kind === 'Secret' && JSON.stringify(x).includes(result.password ?? '\0'),
    );
    // stderr ends up in CI and GitOps logs: name where the password is, never the password itself.
    io.stderr(
      `NOTICE a password was generated for VM ${o.name}; it is only in Secret ${secret?.metadata?.name ?? ''} (stringData.userdata)\n`,
    );
  }
  io.stdout(renderObjects(result.objects.length ? result.objects : [result.vm], output));
  return exitStatus(findings);
};
