import { ANNOTATION_VM_SPEC, VM_API_VERSION, VM_KIND } from './constants';
import { finding, msg, type Finding } from '../findings';
import { cloneJson, type JsonObject } from './json';
import { parseBoilerplate } from './parse';
import { cleanServerFields, identityKept, stripIdentity } from './clean';
import { boilerplateTypeFindings, classifyDataSource } from './classify';
import { checkTarget, setIdentity, sourceNamespace } from './target';
import { applyRefs } from './instancetype';
import { instantiateResult } from './final-vm';
import { fillSources, renameDataVolumeTemplates } from './disks';
import { repairRunStrategy } from './runstrategy';
import { applyCredentials } from './credentials';
import { checkPrivateKeys } from './private-keys';
import { repairMisplacedFilesystems } from './filesystems';
import { checkCompanionClaims, checkReferences } from './references';
import { applyParameters } from './parameters-apply';
import { moveSecretCloudInit } from './parameters-cloudinit';
import { passwordFromParameter } from './parameters-password';
import type { InstantiateInput, InstantiateResult } from './types';

/**
 * The parsed boilerplate is memoized and shared (parse.ts), so its private-key check is the same
 * for every VM made from one appliance: done once per boilerplate, not once per completion.
 */
const privateKeyFindings = new WeakMap<object, Finding[]>();
const checkBoilerplatePrivateKeys = (boilerplate: object): Finding[] => {
  let found = privateKeyFindings.get(boilerplate);
  if (!found) {
    found = checkPrivateKeys(boilerplate, 'boilerplate');
    privateKeyFindings.set(boilerplate, found);
  }
  return found.map((f) => ({ ...f }));
};

/**
 * Completes an appliance's boilerplate into the objects to create (semantics §3, steps 1-11).
 * Deterministic for the same input and random source; never throws on a mapping.
 */
export const completeAppliance = (input: InstantiateInput): InstantiateResult => {
  const findings: Finding[] = [...checkTarget(input)];
  const c = classifyDataSource(input.dataSource);
  const text = input.dataSource.metadata?.annotations?.[ANNOTATION_VM_SPEC];
  if (text === undefined)
    findings.push(
      finding(
        'error',
        'NotAnAppliance',
        `/metadata/annotations`,
        msg('The DataSource has no {{annotation}} annotation; it is not an appliance.'),
        { annotation: ANNOTATION_VM_SPEC },
        { subject: 'datasource' },
      ),
    );
  // 1. Parse (classification already parsed it: the memo makes this free).
  const parsed = parseBoilerplate(text ?? '');
  if (text !== undefined) findings.push(...parsed.findings);
  const vm: JsonObject = parsed.value ? cloneJson(parsed.value) : {};
  findings.push(...boilerplateTypeFindings(vm));
  if (vm.apiVersion === undefined) vm.apiVersion = VM_API_VERSION;
  if (vm.kind === undefined) vm.kind = VM_KIND;

  // 2. Clean, and strip identity unless this is the disaster-recovery case.
  findings.push(...cleanServerFields(vm));
  const keepIdentity =
    (input.choices?.identity ?? (c.flavor === 'identity' ? 'keep' : 'strip')) === 'keep';
  if (!keepIdentity) findings.push(...stripIdentity(vm));
  else
    findings.push(
      ...identityKept(
        vm,
        msg(
          'The VM keeps the appliance identity (UUID, serials, MAC addresses): do not run it next to the original.',
        ),
      ),
    );

  // §9 Parameters: on the parsed tree, before anything reads values (names, sources, cloud-init).
  const fromParameter = passwordFromParameter(vm, input.dataSource);
  const params = applyParameters(vm, input.dataSource, input.choices?.parameters ?? {}, {
    vmName: input.name,
    namespace: input.namespace,
    random: input.random,
  });
  findings.push(...params.findings);

  // 3. Name and provenance.
  const dsNamespace = sourceNamespace(input, findings);
  setIdentity(vm, input, dsNamespace);
  // 4, 5. Disks and sources.
  findings.push(...renameDataVolumeTemplates(vm, input.name));
  findings.push(...fillSources(vm, input.dataSource.metadata?.name ?? '', dsNamespace));
  // 6. Instancetype and preference.
  findings.push(...applyRefs(vm, input, c));
  // 7. Run strategy: Halted when nothing says otherwise (a VM made by a tool should not surprise-start).
  findings.push(...repairRunStrategy(vm, input.choices?.start, 'Halted'));
  // 9 before 8: the repair may add volumes that credentials must see.
  findings.push(...repairMisplacedFilesystems(vm));
  // 8. Credentials: a private key in the boilerplate would reach every VM (semantics §5).
  if (parsed.value) findings.push(...checkBoilerplatePrivateKeys(parsed.value));
  const creds = applyCredentials(vm, {
    vmName: input.name,
    namespace: input.namespace,
    sshPublicKey: input.choices?.sshPublicKey,
    generatePassword: input.choices?.generatePassword,
    defaultGenerate: false,
    keepBoilerplatePassword: input.choices?.keepBoilerplatePassword,
    passwordFromParameter: fromParameter,
    random: input.random,
  });
  findings.push(...creds.findings);
  // Secret parameter values stand only in cloud-init data: that data goes into a Secret.
  const secretData = moveSecretCloudInit(vm, params.secretValues, {
    vmName: input.name,
    namespace: input.namespace,
    existing: creds.secrets,
  });
  if (secretData) creds.secrets.push(secretData);
  // 10. References, companion claims. 11. Schema.
  findings.push(...checkReferences(vm));
  findings.push(...checkCompanionClaims(vm, input.companions ?? [], dsNamespace, input.namespace));
  const result = instantiateResult('appliance', vm, creds, findings, input.deferSchema);
  if (params.generated.length) result.generatedParameters = params.generated;
  return result;
};
