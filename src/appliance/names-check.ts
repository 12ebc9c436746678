import { finding, msg, type Finding } from '../findings';
import { asArray, display, getIn, isObject } from './json';
import { isDnsLabel, isDnsSubdomain, MAX_LABEL_LENGTH } from './names';

/**
 * Names written in a manifest, checked as the API server checks them (semantics §5): a
 * VirtualMachine's name is a DNS subdomain of at most 63 characters (it becomes a label value),
 * its namespace a DNS label, and a data volume template's name a DNS subdomain (it names a
 * DataVolume and its PVC).
 */
export const dataVolumeTemplateNameFindings = (vm: unknown): Finding[] => {
  const out: Finding[] = [];
  asArray(getIn(vm, 'spec', 'dataVolumeTemplates')).forEach((t, i) => {
    const name = getIn(t, 'metadata', 'name');
    if (name === undefined || (typeof name === 'string' && isDnsSubdomain(name))) return;
    out.push(
      finding(
        'error',
        'DataVolumeTemplateNameInvalid',
        `/spec/dataVolumeTemplates/${i}/metadata/name`,
        msg(
          'Data volume template name {{name}} is not a valid Kubernetes name: use lowercase letters, digits, "-" and ".", starting and ending with a letter or digit.',
        ),
        { name: display(name) },
      ),
    );
  });
  return out;
};

/** The VM name rule, one place for completion and validation: a DNS subdomain of at most 63. */
export const vmNameFindings = (name: unknown): Finding[] =>
  typeof name === 'string' && isDnsSubdomain(name) && name.length <= MAX_LABEL_LENGTH
    ? []
    : [
        finding(
          'error',
          'VmNameInvalid',
          '/metadata/name',
          msg(
            'The VM name {{name}} is not valid: use at most 63 lowercase letters, digits and "-", starting and ending with a letter or digit.',
          ),
          { name: display(name ?? '') },
        ),
      ];

export const manifestNameFindings = (vm: unknown, boilerplate: boolean): Finding[] => {
  const out: Finding[] = [];
  const meta = isObject(vm) && isObject(vm.metadata) ? vm.metadata : {};
  // A boilerplate's own name is replaced by the user's, so only a finished VM's counts.
  if (!boilerplate && meta.name !== undefined) {
    out.push(...vmNameFindings(meta.name));
  }
  if (
    meta.namespace !== undefined &&
    (typeof meta.namespace !== 'string' || !isDnsLabel(meta.namespace))
  )
    out.push(
      finding(
        'error',
        'NamespaceInvalid',
        '/metadata/namespace',
        msg('The namespace {{namespace}} is not a valid namespace name.'),
        { namespace: display(meta.namespace) },
      ),
    );
  out.push(...dataVolumeTemplateNameFindings(vm));
  return out;
};
