import type { Finding } from '../findings';
import { validateVirtualMachine } from '../schema/validate';
import type { JsonObject } from './json';
import type { CredentialResult } from './credentials';
import type { InstantiateResult, KubeObject, SourceKind } from './types';

/** Stable output: apiVersion, kind, metadata, spec first, then whatever else the boilerplate had. */
export const orderKeys = (vm: JsonObject): KubeObject => {
  const ordered: JsonObject = {};
  for (const k of ['apiVersion', 'kind', 'metadata', 'spec']) if (k in vm) ordered[k] = vm[k];
  for (const k of Object.keys(vm)) if (!(k in ordered)) ordered[k] = vm[k];
  return ordered as KubeObject;
};

/** Schema check of the final VM (semantics §3.11); findings point into the final VM. */
export const schemaFindings = (vm: unknown): Finding[] => validateVirtualMachine(vm);

/** The last step of every instantiation: the VM in stable order, schema-checked, after its Secrets. */
export const instantiateResult = (
  kind: SourceKind,
  vm: JsonObject,
  creds: CredentialResult,
  findings: Finding[],
  deferSchema = false,
): InstantiateResult => {
  const final = orderKeys(vm);
  const result: InstantiateResult = {
    kind,
    objects: [...creds.secrets, final],
    vm: final,
    findings: deferSchema ? findings : [...findings, ...schemaFindings(final)],
  };
  if (creds.password) result.password = creds.password;
  return result;
};
