import { readFileSync } from 'fs';
import path from 'path';
import { dump, load } from 'js-yaml';
import { ANNOTATION_PARAMETERS, type KubeObject } from '../../../src/appliance';
import { appliance, ROOT } from './helpers';

/** The demo web-stack appliance, which declares parameters for real. */
export const webStack = (): KubeObject =>
  load(
    readFileSync(path.join(ROOT, 'preview/demo-data/web-stack-appliance.yaml'), 'utf8'),
  ) as KubeObject;

/** A boilerplate with a cloud-config that uses `${NAME}` references, and its declarations. */
export const withParameters = (
  declarations: unknown,
  userData: string,
  extra: Record<string, unknown> = {},
): KubeObject => {
  const ds = appliance({
    apiVersion: 'kubevirt.io/v1',
    kind: 'VirtualMachine',
    metadata: { labels: { app: 'x' }, ...(extra.metadata as object) },
    spec: {
      runStrategy: 'Halted',
      template: {
        spec: {
          domain: {
            devices: { disks: [{ name: 'cloudinitdisk', disk: { bus: 'virtio' } }] },
            resources: { requests: { memory: '1Gi' } },
          },
          volumes: [{ name: 'cloudinitdisk', cloudInitNoCloud: { userData } }],
          ...(extra.templateSpec as object),
        },
      },
    },
  });
  ds.metadata!.annotations![ANNOTATION_PARAMETERS] =
    typeof declarations === 'string' ? declarations : dump(declarations);
  return ds;
};
