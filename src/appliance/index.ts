/** Public API of the domain core (semantics §1-§5). Pure: no React, no SDK, no I/O. */
export * from './types';
export * from '../findings';
export * from './constants';
export { classifyDataSource, refFrom } from './classify';
export { parseBoilerplate, MAX_NESTING_DEPTH, type ParseResult } from './parse';
export { readYamlDocuments, limitsFor, type YamlLimits, type YamlProblem } from './yaml-read';
export { hasIdentityFields, summarize } from './boilerplate';
export { generateVirtualMachine } from './generate';
export { completeAppliance } from './complete';
export { instantiate } from './instantiate';
export { validateVirtualMachineManifest, type ValidateManifestOptions } from './validate-manifest';
export { ownerReferenceFor, ownerReferencePatch, type OwnerReference } from './owner';
export { locatePath, type TextRange } from './locate';
export { parseMultiDocument, MAX_BUNDLE_BYTES, type Bundle, type BundleDocument } from './bundle';
export { createSeededRandom, generatePassword } from './random';
export {
  perVmName,
  shortenName,
  stableHash,
  isDnsLabel,
  isDnsSubdomain,
  dnsLabelProblem,
  nameProblem,
  type DnsLabelProblem,
} from './names';
export {
  parseKindName,
  refSyntax,
  type KindNameRef,
  type KindNameResult,
  type KindNameSyntax,
} from './kind-name';
export { isSshPublicKey } from './credentials';
export * from './authoring';
