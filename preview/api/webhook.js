// @ts-check
'use strict';

/**
 * What KubeVirt's admission webhooks reject for a VirtualMachine, beyond its schema. These are
 * the rules the plugin's completion and validation must know about, so the demo API enforces
 * them too (the messages follow KubeVirt's wording).
 *
 * @typedef {import('./status').Cause} Cause
 */

const RUN_STRATEGIES = ['Always', 'Halted', 'Manual', 'RerunOnFailure', 'Once', 'WaitAsReceiver'];

/** @param {string | undefined} kind @param {'instancetype' | 'preference'} what */
function clusterKind(kind, what) {
  const k = (kind || '').toLowerCase();
  const cluster =
    what === 'instancetype'
      ? 'virtualmachineclusterinstancetype'
      : 'virtualmachineclusterpreference';
  const ns = what === 'instancetype' ? 'virtualmachineinstancetype' : 'virtualmachinepreference';
  if (k === '' || k === cluster || k === `${cluster}s`) return 'cluster';
  if (k === ns || k === `${ns}s`) return 'namespaced';
  return 'unknown';
}

/**
 * @param {any} vm
 * @param {{hasInstancetype: (name: string, namespace?: string) => boolean, hasPreference: (name: string, namespace?: string) => boolean}} cluster
 * @returns {Cause[]}
 */
function vmAdmissionCauses(vm, cluster) {
  /** @type {Cause[]} */
  const causes = [];
  const spec = vm?.spec;
  if (!spec || typeof spec !== 'object') return causes;
  /** @param {string} field @param {string} message @param {string} [reason] */
  const add = (field, message, reason = 'FieldValueInvalid') =>
    causes.push({ reason, message, field });

  if (spec.running !== undefined && spec.runStrategy !== undefined) {
    add('spec.running', 'Running and RunStrategy are mutually exclusive.');
  }
  if (spec.runStrategy !== undefined && !RUN_STRATEGIES.includes(spec.runStrategy)) {
    add('spec.runStrategy', `Invalid RunStrategy (${spec.runStrategy})`, 'FieldValueNotSupported');
  }

  const tspec = spec.template?.spec || {};
  const volumes = Array.isArray(tspec.volumes) ? tspec.volumes : [];
  const volumeNames = new Set(volumes.map((/** @type {any} */ v) => v?.name));
  const dvNames = new Set(
    volumes.map((/** @type {any} */ v) => v?.dataVolume?.name).filter(Boolean),
  );
  const pvcNames = new Set(
    volumes.map((/** @type {any} */ v) => v?.persistentVolumeClaim?.claimName).filter(Boolean),
  );
  (Array.isArray(spec.dataVolumeTemplates) ? spec.dataVolumeTemplates : []).forEach(
    (/** @type {any} */ t, /** @type {number} */ i) => {
      const n = t?.metadata?.name;
      if (!n)
        add(`spec.dataVolumeTemplates[${i}].metadata.name`, 'Required value', 'FieldValueRequired');
      else if (!dvNames.has(n) && !pvcNames.has(n)) {
        add(
          `spec.dataVolumeTemplates[${i}]`,
          `DataVolumeTemplate entry spec.dataVolumeTemplate[${i}] must be referenced in the VMI template's 'volumes' list`,
          'FieldValueNotFound',
        );
      }
    },
  );

  const devices = tspec.domain?.devices || {};
  for (const key of ['disks', 'filesystems']) {
    (Array.isArray(devices[key]) ? devices[key] : []).forEach(
      (/** @type {any} */ d, /** @type {number} */ i) => {
        if (d?.name && !volumeNames.has(d.name)) {
          add(
            `spec.template.spec.domain.devices.${key}[${i}].name`,
            `spec.template.spec.domain.devices.${key}[${i}].name '${d.name}' not found.`,
            'FieldValueNotFound',
          );
        }
      },
    );
  }
  volumes.forEach((/** @type {any} */ v, /** @type {number} */ i) => {
    const ud = v?.cloudInitNoCloud?.userData ?? v?.cloudInitConfigDrive?.userData;
    if (typeof ud === 'string' && Buffer.byteLength(ud) > 2048) {
      add(
        `spec.template.spec.volumes[${i}]`,
        `spec.template.spec.volumes[${i}] userData exceeds 2048 bytes, which is not supported; use userDataSecretRef or secretRef instead`,
      );
    }
  });

  const namespace = vm.metadata?.namespace ?? '';
  for (const what of /** @type {const} */ (['instancetype', 'preference'])) {
    const ref = spec[what];
    if (!ref) continue;
    const k = clusterKind(ref.kind, what);
    const has = what === 'instancetype' ? cluster.hasInstancetype : cluster.hasPreference;
    if (k === 'unknown') {
      const matcher = what === 'instancetype' ? 'InstancetypeMatcher' : 'PreferenceMatcher';
      add(
        `spec.${what}.kind`,
        `got unexpected kind in ${matcher}: ${ref.kind}`,
        'FieldValueNotSupported',
      );
    } else if (!(k === 'cluster' ? has(ref.name) : has(ref.name, namespace))) {
      const plural = k === 'cluster' ? `virtualmachinecluster${what}s` : `virtualmachine${what}s`;
      add(
        `spec.${what}.name`,
        `Failure to find ${what}: ${plural}.instancetype.kubevirt.io "${ref.name}" not found`,
        'FieldValueNotFound',
      );
    }
  }

  if (spec.instancetype) {
    const dom = tspec.domain || {};
    const conflicts = [];
    for (const r of ['requests', 'limits']) {
      for (const q of ['cpu', 'memory']) {
        if (dom.resources?.[r]?.[q] !== undefined)
          conflicts.push(`spec.template.spec.domain.resources.${r}.${q}`);
      }
    }
    for (const c of ['sockets', 'cores', 'threads']) {
      if (dom.cpu?.[c] !== undefined) conflicts.push(`spec.template.spec.domain.cpu.${c}`);
    }
    if (dom.memory?.guest !== undefined) conflicts.push('spec.template.spec.domain.memory.guest');
    for (const f of conflicts) add(f, `VM field(s) ${f} conflicts with selected instance type`);
  }
  return causes;
}

module.exports = { vmAdmissionCauses, RUN_STRATEGIES };
