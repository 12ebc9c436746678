import { validateVirtualMachine } from '../schema/validate';
import { VM_API_VERSION, VM_KIND } from './constants';
import { finding, msg, type Finding } from '../findings';
import { display, isObject } from './json';
import { checkRunStrategy } from './runstrategy';
import {
  checkInstancetypeConflicts,
  checkKnownRef,
  findKnown,
  instancetypeNeeds,
} from './instancetype';
import { checkReferences } from './references';
import { checkCredentials } from './credentials-check';
import { refFrom } from './classify';
import type { KnownClusterObjects } from './types';

export interface ValidateManifestOptions {
  /** Cluster instancetypes/preferences; when given, unknown names are errors. */
  known?: KnownClusterObjects;
}

/**
 * Findings for a finished VirtualMachine (semantics §5): repairs nothing; whatever KubeVirt would
 * reject is an error. Paths point into `vm`; fixes are JSON patches against it.
 */
export const validateVirtualMachineManifest = (
  vm: unknown,
  opts: ValidateManifestOptions = {},
): Finding[] => {
  if (!isObject(vm))
    return [
      finding('error', 'NotAnObject', '', msg('A VirtualMachine manifest must be a mapping.')),
    ];
  const out: Finding[] = [];
  if (vm.apiVersion !== VM_API_VERSION)
    out.push(
      finding(
        'error',
        'ApiVersionInvalid',
        '/apiVersion',
        msg('apiVersion is {{value}}; a VirtualMachine needs {{expected}}.'),
        { value: display(vm.apiVersion ?? ''), expected: VM_API_VERSION },
        {
          fix: {
            title: msg('Set apiVersion to {{expected}}'),
            params: { expected: VM_API_VERSION },
            patch: [{ op: 'add', path: '/apiVersion', value: VM_API_VERSION }],
          },
        },
      ),
    );
  if (vm.kind !== VM_KIND)
    out.push(
      finding('error', 'KindInvalid', '/kind', msg('kind is {{value}}; expected {{expected}}.'), {
        value: display(vm.kind ?? ''),
        expected: VM_KIND,
      }),
    );
  out.push(...checkRunStrategy(vm));
  const namespace =
    isObject(vm.metadata) && typeof vm.metadata.namespace === 'string' ? vm.metadata.namespace : '';
  const it = refFrom(vm, 'instancetype');
  const pref = refFrom(vm, 'preference');
  if (it)
    out.push(
      ...checkKnownRef(
        opts.known?.instancetypes,
        'instancetype',
        it,
        namespace,
        '/spec/instancetype',
      ),
    );
  if (pref)
    out.push(
      ...checkKnownRef(opts.known?.preferences, 'preference', pref, namespace, '/spec/preference'),
    );
  const known = it
    ? findKnown(opts.known?.instancetypes, 'instancetype', it, namespace)
    : undefined;
  if (it) out.push(...instancetypeNeeds(known, it.name));
  out.push(...checkInstancetypeConflicts(vm, 'validate', !!known));
  out.push(...checkReferences(vm));
  out.push(...checkCredentials(vm));
  out.push(...validateVirtualMachine(vm));
  return out;
};
