import { readFileSync } from 'fs';
import path from 'path';
import { load, loadAll } from 'js-yaml';
import type { KubeObject } from '../../../src/appliance';

export const ROOT = path.resolve(__dirname, '../../..');

/** The origin document's two-document appliance bundle, exactly as written. */
export const seedText = (): string =>
  readFileSync(path.join(ROOT, 'test/fixtures/seed-appliance.yaml'), 'utf8');

/** The demo VM fedora-web-01 (with status, firmware uuid/serial and a MAC address). */
export const demoVm = (): KubeObject =>
  (
    loadAll(
      readFileSync(path.join(ROOT, 'preview/demo-data/workloads.yaml'), 'utf8'),
    ) as KubeObject[]
  ).find((o) => o?.kind === 'VirtualMachine' && o.metadata?.name === 'fedora-web-01') as KubeObject;

export const yamlOf = (text: string): unknown => load(text);
