import { randomInt } from 'crypto';
import { formatMessage, hasErrors, type Finding } from '../findings';
import { isObject } from '../appliance/json';
import type { RefField } from '../appliance/instancetype';
import { instantiate } from '../appliance/instantiate';
import { parseKindName, refSyntax } from '../appliance/kind-name';
import { createSeededRandom } from '../appliance/random';
import type { KindName, KnownClusterObjects, KubeObject } from '../appliance/types';
import { classifyDataSource } from '../appliance/classify';
import { batchNames, checkBatch, defaultNamePattern, MAX_BATCH } from '../appliance/batch';
import {
  applyClusterState,
  mapNetworks,
  openApiIn,
  parseNetworkOptions,
  preflightFindings,
  readClusterState,
} from './preflight-option';
import {
  exitStatus,
  printFindings,
  quote,
  readDocuments,
  readText,
  renderObjects,
  UsageError,
  type CliIo,
} from './io';
import { applySchemaOption } from './schema-option';
import { readParameterValues } from './parameters';

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
  /** `NAME=VALUE` pairs of `--param`, in order. */
  param?: string[];
  paramsFile?: string;
  output?: string;
  /** An OpenAPI v3 document of kubevirt.io/v1 to validate with instead of the bundled schema. */
  schema?: string;
  /** What `kubectl get … -o yaml` printed: the pre-flight checks run offline against it. */
  clusterState?: string;
  /** `NAME=TARGET` pairs of `--network`, in order. */
  network?: string[];
  /** How many VMs to make (semantics §11), named by `namePattern`. */
  count?: string;
  namePattern?: string;
}

const parseRef = (value: string | undefined, field: RefField): KindName | undefined => {
  if (value === undefined) return undefined;
  const parsed = parseKindName(value, refSyntax(field));
  if (!parsed.ok) throw new UsageError(`--${field} ${quote(value)}: ${parsed.error}`);
  return parsed.ref;
};

/** `--instancetypes FILE`: YAML of cluster instancetypes (and optionally preferences), a List or documents. */
const readKnown = (io: CliIo, path: string): KnownClusterObjects => {
  const { bundle } = readDocuments(io, path, 'instancetypes file');
  const error = bundle.findings.find((f) => f.severity === 'error');
  if (error)
    throw new UsageError(
      `instancetypes file ${quote(path)} is not usable: ${formatMessage(error.message, error.params ?? {})}`,
    );
  const objects: KubeObject[] = [];
  for (const d of bundle.documents) {
    if (!d.object) continue;
    if (Array.isArray(d.object.items)) objects.push(...(d.object.items as KubeObject[]));
    else objects.push(d.object);
  }
  // Items of a List are untrusted too: keep only objects with a text name.
  const named = objects.filter(
    (o) => isObject(o) && typeof o.kind === 'string' && typeof o.metadata?.name === 'string',
  );
  const instancetypes = named.filter((o) => /Instancetype$/.test(o.kind ?? ''));
  const preferences = named.filter((o) => /Preference$/.test(o.kind ?? ''));
  if (!instancetypes.length && !preferences.length)
    throw new UsageError(`instancetypes file ${quote(path)} holds no instancetype or preference`);
  const known: KnownClusterObjects = {};
  if (instancetypes.length) known.instancetypes = instancetypes;
  if (preferences.length) known.preferences = preferences;
  return known;
};

const randomSource = (seed: string | undefined): (() => number) => {
  if (seed === undefined) return () => randomInt(0, 2 ** 32) / 2 ** 32;
  if (!/^\d{1,15}$/.test(seed))
    throw new UsageError(`--seed ${quote(seed)}: expected a non-negative integer`);
  return createSeededRandom(Number(seed));
};

/** `kubevirt-appliance instantiate DATASOURCE.yaml ...`; returns the exit status. */
export const runInstantiate = (io: CliIo, file: string, o: InstantiateOptions): number => {
  const output = o.output ?? 'yaml';
  if (output !== 'yaml' && output !== 'json')
    throw new UsageError(`--output ${quote(output)}: expected yaml or json`);
  const instancetype = parseRef(o.instancetype, 'instancetype');
  const preference = parseRef(o.preference, 'preference');
  const sshPublicKey =
    o.sshKey === undefined
      ? undefined
      : (readText(io, o.sshKey, 'SSH key file')
          .split(/\r?\n/)
          .find((l) => l.trim()) ?? '');
  const state = o.clusterState === undefined ? undefined : readClusterState(io, o.clusterState);
  const fromState = state ? applyClusterState(state) : undefined;
  const known = o.instancetypes === undefined ? fromState : readKnown(io, o.instancetypes);
  const networks = parseNetworkOptions(o.network ?? []);
  const random = randomSource(o.seed);
  const parameters = readParameterValues(io, o.param ?? [], o.paramsFile);
  applySchemaOption(io, o.schema, openApiIn(state));
  const { bundle } = readDocuments(io, file, 'DataSource file');
  if (!bundle.dataSource) {
    // A DataSource refused while reading says why; otherwise there is none.
    if (hasErrors(bundle.findings)) {
      printFindings(io, bundle.findings);
      return 1;
    }
    throw new UsageError(`${quote(file)} holds no DataSource`);
  }
  const dataSource = bundle.dataSource;
  const identityBearing = classifyDataSource(dataSource).flavor === 'identity';
  const names = batchNamesFor(o);
  if ('problems' in names) {
    printFindings(io, names.problems);
    return 1;
  }
  const objects: KubeObject[] = [];
  const findings: Finding[] = [...bundle.findings];
  printFindings(io, bundle.findings);
  // Semantics §11: each VM completed on its own (names, disks, Secrets, passwords), one random
  // source for all, so a seed makes the whole batch reproducible.
  for (const name of names.names) {
    if (names.names.length > 1) io.stderr(`NOTICE VM ${quote(name)}:\n`);
    const result = instantiate({
      dataSource,
      companions: bundle.companions,
      namespace: o.namespace,
      name,
      known,
      random,
      choices: {
        instancetype,
        preference,
        sshPublicKey,
        start: o.halted ? false : undefined,
        keepBoilerplatePassword: !!o.keepBoilerplatePassword,
        parameters,
      },
    });
    const created = result.objects.length ? result.objects : [result.vm];
    if (Object.keys(networks).length) mapNetworks(result.vm, networks);
    const own = [
      ...result.findings,
      ...(state
        ? preflightFindings(
            created,
            dataSource,
            identityBearing,
            [...state, ...objects],
            o.namespace,
          )
        : []),
    ];
    printFindings(io, own);
    findings.push(...own);
    if (result.password) {
      const secret = result.objects.find(
        (x) => x.kind === 'Secret' && JSON.stringify(x).includes(result.password ?? '\0'),
      );
      // stderr ends up in CI and GitOps logs: name where the password is, never the password.
      io.stderr(
        `NOTICE a password was generated for VM ${quote(name)}; it is only in Secret ${quote(secret?.metadata?.name ?? '')} (stringData.userdata)\n`,
      );
    }
    if (result.generatedParameters?.length)
      io.stderr(
        `NOTICE generated ${result.generatedParameters.join(', ')} for VM ${quote(name)}; only in the cloud-init Secret\n`,
      );
    objects.push(...created);
  }
  io.stdout(renderObjects(objects, output));
  return exitStatus(findings);
};

/** `--count N [--name-pattern P]` (semantics §11), or the one VM of `--name`. */
const batchNamesFor = (o: InstantiateOptions): { names: string[] } | { problems: Finding[] } => {
  if (o.count === undefined && o.namePattern === undefined) return { names: [o.name] };
  const count = o.count === undefined ? 1 : Number(o.count);
  if (o.count !== undefined && !/^\d{1,3}$/.test(o.count))
    throw new UsageError(
      `--count ${quote(o.count)}: expected a whole number from 1 to ${MAX_BATCH}`,
    );
  const pattern = o.namePattern ?? defaultNamePattern(o.name);
  const problems = checkBatch(pattern, count);
  return hasErrors(problems) ? { problems } : { names: batchNames(pattern, count) };
};
