import { finding, msg, type Finding } from '../findings';
import { asArray, asString, ensureObject, getIn, isObject, type JsonObject } from './json';
import { isDnsSubdomain, perVmName, shortenName } from './names';
import { volumesOf } from './boilerplate';
import { dataVolumeTemplateNameFindings } from './names-check';

/** A data volume template's `sourceRef` to the DataSource it clones. */
export const dataSourceRef = (name: string, namespace: string): JsonObject => ({
  kind: 'DataSource',
  name,
  namespace,
});

/**
 * Makes every data volume template name per-VM and lets the volumes follow (semantics §3.4), so
 * two VMs from one appliance never share a disk. Names stay unique within the VM even when the
 * boilerplate repeats one.
 */
export const renameDataVolumeTemplates = (vm: JsonObject, vmName: string): Finding[] => {
  const out: Finding[] = dataVolumeTemplateNameFindings(vm);
  const renames = new Map<string, string>();
  const used = new Set<string>();
  // Per name, the next suffix to try: repeated names cost one step each, not a rescan.
  const suffix = new Map<string, number>();
  asArray(getIn(vm, 'spec', 'dataVolumeTemplates')).forEach((t, i) => {
    if (!isObject(t)) return;
    const meta = ensureObject(t, 'metadata');
    const original = asString(meta.name);
    if (!original) return;
    const path = `/spec/dataVolumeTemplates/${i}/metadata/name`;
    // The name is copied into a DataVolume and its PVC: Kubernetes' rules, checked before use.
    if (!isDnsSubdomain(original)) return;
    let next = perVmName(vmName, original);
    for (let k = suffix.get(original) ?? 2; used.has(next); k += 1) {
      next = shortenName(`${vmName}-${original}-${k}`);
      suffix.set(original, k + 1);
    }
    used.add(next);
    if (!renames.has(original)) renames.set(original, next);
    meta.name = next;
    out.push(
      finding(
        'info',
        'DataVolumeTemplateRenamed',
        path,
        msg(
          'Data volume template {{original}} is named {{name}} for this VM, so VMs from one appliance never share a disk.',
        ),
        { original, name: next },
      ),
    );
  });
  for (const v of volumesOf(vm)) {
    const dv = getIn(v, 'dataVolume');
    if (isObject(dv) && typeof dv.name === 'string' && renames.has(dv.name))
      dv.name = renames.get(dv.name);
    const pvc = getIn(v, 'persistentVolumeClaim');
    if (isObject(pvc) && typeof pvc.claimName === 'string' && renames.has(pvc.claimName))
      pvc.claimName = renames.get(pvc.claimName);
  }
  return out;
};

/**
 * Sources (semantics §3.5): a `sourceRef` without namespace was written relative to the
 * appliance's namespace; a template with no source at all clones the appliance's own volume.
 */
export const fillSources = (vm: JsonObject, dsName: string, dsNamespace: string): Finding[] => {
  const out: Finding[] = [];
  asArray(getIn(vm, 'spec', 'dataVolumeTemplates')).forEach((t, i) => {
    if (!isObject(t)) return;
    const spec = ensureObject(t, 'spec');
    const path = `/spec/dataVolumeTemplates/${i}/spec/sourceRef`;
    if (isObject(spec.sourceRef)) {
      if (!spec.sourceRef.namespace) {
        spec.sourceRef.namespace = dsNamespace;
        out.push(
          finding(
            'info',
            'SourceRefNamespaceFilled',
            `${path}/namespace`,
            msg(
              'sourceRef had no namespace; the appliance namespace {{namespace}} it was written for is set.',
            ),
            { namespace: dsNamespace },
          ),
        );
      }
    } else if (!isObject(spec.source)) {
      spec.sourceRef = dataSourceRef(dsName, dsNamespace);
      out.push(
        finding(
          'info',
          'SourceRefAdded',
          path,
          msg(
            'The data volume template had no source; it clones the appliance {{namespace}}/{{name}}.',
          ),
          { namespace: dsNamespace, name: dsName },
        ),
      );
    }
  });
  return out;
};
