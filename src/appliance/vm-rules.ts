import type { Finding } from '../findings';
import { checkInstancetypeConflicts } from './instancetype';
import { checkReferences } from './references';

/**
 * The rules KubeVirt's admission applies to a VM's spec, for a boilerplate made from a VM (save as
 * appliance): an appliance that breaks them could never be instantiated, so they are reported
 * with the severity validation gives them. Paths point into the boilerplate.
 */
export const boilerplateRuleFindings = (vm: unknown): Finding[] =>
  [...checkInstancetypeConflicts(vm), ...checkReferences(vm)].map((f) => ({
    ...f,
    subject: 'boilerplate' as const,
  }));
