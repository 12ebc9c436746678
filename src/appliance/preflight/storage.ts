import { finding, msg, type Finding } from '../../findings';
import { asArray, asObject, asString, getIn, isObject } from '../json';
import { formatBytes, parseQuantity } from '../quantity';
import type { KubeObject } from '../types';
import { result, skipped } from './state';
import type { CheckResult, ClusterSnapshot } from './types';

const DEFAULT_CLASS = 'storageclass.kubernetes.io/is-default-class';

const isDefault = (sc: KubeObject): boolean => sc.metadata?.annotations?.[DEFAULT_CLASS] === 'true';

/** The storage spec of a data volume template: `storage` (preferred) or the older `pvc`. */
const storageOf = (template: unknown) =>
  asObject(getIn(template, 'spec', 'storage')) ?? asObject(getIn(template, 'spec', 'pvc'));

/**
 * Semantics §10.4: a storage class that does not exist and a disk smaller than its source are
 * errors; no class and no default class, or a virtiofs-shared claim that is not ReadWriteMany,
 * are warnings.
 */
export const checkStorage = (vm: KubeObject, snapshot: ClusterSnapshot): CheckResult => {
  const templates = asArray(getIn(vm, 'spec', 'dataVolumeTemplates'));
  if (!snapshot.storageClasses) return skipped('storage');
  const classes = new Set(
    snapshot.storageClasses.map((sc) => asString(sc.metadata?.name)).filter(Boolean),
  );
  const hasDefault = snapshot.storageClasses.some(isDefault);
  const out: Finding[] = [];
  templates.forEach((t, i) => {
    const storage = storageOf(t);
    const key = isObject(getIn(t, 'spec', 'storage')) ? 'storage' : 'pvc';
    const base = `/spec/dataVolumeTemplates/${i}/spec/${key}`;
    const name = asString(getIn(t, 'metadata', 'name')) ?? '';
    const sc = asString(storage?.storageClassName);
    if (sc !== undefined && !classes.has(sc))
      out.push(
        finding(
          'error',
          'StorageClassNotFound',
          `${base}/storageClassName`,
          msg('Disk {{disk}} asks for storage class {{class}}, which does not exist.'),
          { disk: name, class: sc },
          {
            fix: {
              title: msg('Use the default storage class'),
              patch: [{ op: 'remove', path: `${base}/storageClassName` }],
            },
          },
        ),
      );
    else if (sc === undefined && !hasDefault)
      out.push(
        finding(
          'warning',
          'NoDefaultStorageClass',
          base,
          msg(
            'Disk {{disk}} names no storage class and the cluster has no default one: the DataVolume will wait until it gets one.',
          ),
          { disk: name },
        ),
      );
    const requested = parseQuantity(getIn(storage, 'resources', 'requests', 'storage'));
    if (
      requested !== undefined &&
      snapshot.sourceBytes !== undefined &&
      requested < snapshot.sourceBytes
    )
      out.push(
        finding(
          'error',
          'DiskSmallerThanSource',
          `${base}/resources/requests/storage`,
          msg(
            'Disk {{disk}} asks for {{size}}, less than its source ({{source}}): a clone cannot shrink.',
          ),
          { disk: name, size: formatBytes(requested), source: formatBytes(snapshot.sourceBytes) },
        ),
      );
  });
  out.push(...sharedClaims(vm, snapshot));
  return result('storage', out);
};

/** A claim shared through virtiofs by several VMs must be ReadWriteMany. */
const sharedClaims = (vm: KubeObject, snapshot: ClusterSnapshot): Finding[] => {
  const tspec = getIn(vm, 'spec', 'template', 'spec');
  const filesystems = new Set(
    asArray(getIn(tspec, 'domain', 'devices', 'filesystems'))
      .map((f) => asString(getIn(f, 'name')))
      .filter(Boolean),
  );
  const claims = new Map(
    (snapshot.persistentVolumeClaims ?? []).map((c) => [asString(c.metadata?.name) ?? '', c]),
  );
  const out: Finding[] = [];
  asArray(getIn(tspec, 'volumes')).forEach((v, i) => {
    const claim = asString(getIn(v, 'persistentVolumeClaim', 'claimName'));
    if (!claim || !filesystems.has(asString(getIn(v, 'name')) ?? '')) return;
    const pvc = claims.get(claim);
    const modes = asArray(getIn(pvc, 'spec', 'accessModes'));
    if (pvc && !modes.includes('ReadWriteMany'))
      out.push(
        finding(
          'warning',
          'SharedClaimNotRwx',
          `/spec/template/spec/volumes/${i}/persistentVolumeClaim/claimName`,
          msg(
            'Claim {{claim}} is shared through virtiofs but is not ReadWriteMany: only one VM at a time can use it.',
          ),
          { claim },
        ),
      );
  });
  return out;
};
