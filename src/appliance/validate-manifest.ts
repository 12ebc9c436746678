import { validateVirtualMachine } from '../schema/validate';
import { VM_API_VERSION, VM_KIND } from './constants';
import { finding, msg, type Finding } from '../findings';
import { display, isObject, type JsonObject } from './json';
import { checkRunStrategy } from './runstrategy';
import {
  checkInstancetypeConflicts,
  checkKnownRef,
  findKnown,
  instancetypeNeeds,
} from './instancetype';
import { checkReferences } from './references';
import { checkCredentials } from './credentials-check';
import { manifestNameFindings } from './names-check';
import { refFrom } from './classify';
import type { KnownClusterObjects } from './types';

export interface ValidateManifestOptions {
  /** Cluster instancetypes/preferences; when given, unknown names are errors. */
  known?: KnownClusterObjects;
  /**
   * The manifest is an appliance boilerplate: its name and run strategy are given at
   * instantiation, so their absence is not reported.
   */
  boilerplate?: boolean;
}

// Still served by KubeVirt (register.go: served, deprecated), so it is not an error.
const DEPRECATED_API_VERSION = 'kubevirt.io/v1alpha3';

const checkApiVersion = (apiVersion: unknown): Finding[] => {
  if (apiVersion === VM_API_VERSION) return [];
  const deprecated = apiVersion === DEPRECATED_API_VERSION;
  return [
    finding(
      deprecated ? 'warning' : 'error',
      deprecated ? 'ApiVersionDeprecated' : 'ApiVersionInvalid',
      '/apiVersion',
      deprecated
        ? msg('apiVersion {{value}} is deprecated; KubeVirt still serves it, but use {{expected}}.')
        : msg('apiVersion is {{value}}; a VirtualMachine needs {{expected}}.'),
      { value: display(apiVersion ?? ''), expected: VM_API_VERSION },
      {
        fix: {
          title: msg('Set apiVersion to {{expected}}'),
          params: { expected: VM_API_VERSION },
          patch: [{ op: 'add', path: '/apiVersion', value: VM_API_VERSION }],
        },
      },
    ),
  ];
};

/**
 * The API server refuses an object with neither a name nor a generateName. A name that is
 * written but not valid (`''` included) is `VmNameInvalid`'s (names-check.ts), not this one's.
 */
const checkName = (vm: JsonObject): Finding[] => {
  const meta = isObject(vm.metadata) ? vm.metadata : {};
  const generated = typeof meta.generateName === 'string' && meta.generateName !== '';
  if ((meta.name !== undefined && meta.name !== null) || generated) return [];
  return [
    finding(
      'error',
      'NameMissing',
      '/metadata/name',
      msg('metadata.name (or metadata.generateName) is missing; the API server rejects that.'),
    ),
  ];
};

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
  const out: Finding[] = [...checkApiVersion(vm.apiVersion)];
  if (vm.kind !== VM_KIND)
    out.push(
      finding('error', 'KindInvalid', '/kind', msg('kind is {{value}}; expected {{expected}}.'), {
        value: display(vm.kind ?? ''),
        expected: VM_KIND,
      }),
    );
  if (!opts.boilerplate) out.push(...checkName(vm));
  out.push(...manifestNameFindings(vm, !!opts.boilerplate));
  out.push(...checkRunStrategy(vm, !opts.boilerplate));
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
  out.push(...checkInstancetypeConflicts(vm));
  out.push(...checkReferences(vm));
  out.push(...checkCredentials(vm));
  out.push(...validateVirtualMachine(vm));
  return out;
};
