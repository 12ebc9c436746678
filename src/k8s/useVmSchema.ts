import * as React from 'react';
import { consoleFetch, consoleFetchJSON } from '@openshift-console/dynamic-plugin-sdk';
import { setClusterProfile } from '../appliance/feature-gates';
import {
  MAX_OPENAPI_CHARS,
  parseOpenApiText,
  virtualMachineSchemaFromOpenApi,
} from '../schema/openapi';
import {
  activeSchemaSource,
  onSchemaChange,
  setVirtualMachineSchema,
  type SchemaSource,
} from '../schema/validate';

/** The OpenAPI v3 document of kubevirt.io/v1, through the console's proxy of the Kubernetes API. */
export const OPENAPI_URL = '/api/kubernetes/openapi/v3/apis/kubevirt.io/v1';
/** Every KubeVirt object, in any namespace (OpenShift has one, in openshift-cnv). */
export const KUBEVIRTS_URL = '/api/kubernetes/apis/kubevirt.io/v1/kubevirts';
const TIMEOUT_MS = 30_000;

export interface KubeVirtFacts {
  kubevirtVersion?: string;
  featureGates?: string[];
  disabledFeatureGates?: string[];
}

type Status = 'idle' | 'loading' | 'done';
export type VmSchemaState = SchemaSource & { loading: boolean };

const strings = (value: unknown): string[] | undefined =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : undefined;

interface KubeVirtObject {
  spec?: {
    configuration?: {
      developerConfiguration?: { featureGates?: unknown; disabledFeatureGates?: unknown };
    };
  };
  status?: { observedKubeVirtVersion?: unknown };
}

/** The version and feature gates of the first KubeVirt object that says its version. */
export const kubevirtFacts = (list: unknown): KubeVirtFacts | undefined => {
  const items = (list as { items?: unknown } | undefined)?.items;
  if (!Array.isArray(items)) return undefined;
  const objects = items.filter((kv): kv is KubeVirtObject => typeof kv === 'object' && kv !== null);
  const kv =
    objects.find((o) => typeof o.status?.observedKubeVirtVersion === 'string') ?? objects[0];
  if (!kv) return undefined;
  const dev = kv.spec?.configuration?.developerConfiguration;
  const version = kv.status?.observedKubeVirtVersion;
  const featureGates = strings(dev?.featureGates);
  const disabledFeatureGates = strings(dev?.disabledFeatureGates);
  return {
    ...(typeof version === 'string' && version ? { kubevirtVersion: version } : {}),
    ...(featureGates ? { featureGates } : {}),
    ...(disabledFeatureGates ? { disabledFeatureGates } : {}),
  };
};

const reasonOf = (error: unknown): string => {
  const status = (error as { response?: { status?: unknown } } | undefined)?.response?.status;
  const text = error instanceof Error ? error.message : String(error);
  return (typeof status === 'number' ? `HTTP ${status}: ${text}` : text).slice(0, 200);
};

const readKubeVirt = async (): Promise<KubeVirtFacts | undefined> => {
  try {
    return kubevirtFacts(await consoleFetchJSON(KUBEVIRTS_URL, 'GET', {}, TIMEOUT_MS));
  } catch {
    // Listing KubeVirt objects is often forbidden: the version is then unknown, nothing more.
    return undefined;
  }
};

const readSchemaText = async (): Promise<string> => {
  const response = await consoleFetch(OPENAPI_URL, {}, TIMEOUT_MS);
  const length = Number(response.headers.get('Content-Length') ?? 0);
  if (length > MAX_OPENAPI_CHARS) {
    throw new Error(`the OpenAPI document is larger than ${MAX_OPENAPI_CHARS / 1024 / 1024} MiB`);
  }
  return response.text();
};

let status: Status = 'idle';
let snapshot: VmSchemaState = { ...activeSchemaSource(), loading: false };
const statusListeners = new Set<() => void>();
const refresh = () => {
  snapshot = { ...activeSchemaSource(), loading: status === 'loading' };
  statusListeners.forEach((l) => l());
};
onSchemaChange(refresh);

/**
 * Reads the cluster's VirtualMachine schema and KubeVirt object once per session, and makes the
 * schema the one that validates; on any failure the bundled schema stays, with the reason.
 */
export const loadClusterSchema = (): Promise<void> => {
  if (status !== 'idle') return Promise.resolve();
  status = 'loading';
  refresh();
  const run = async () => {
    const [facts, schema] = await Promise.all([
      readKubeVirt(),
      readSchemaText().then(
        (text) => ({
          ok: true as const,
          schema: virtualMachineSchemaFromOpenApi(parseOpenApiText(text)),
        }),
        (error: unknown) => ({ ok: false as const, reason: reasonOf(error) }),
      ),
    ]);
    if (facts) setClusterProfile(facts);
    status = 'done';
    if (!schema.ok) {
      setVirtualMachineSchema(null, { reason: schema.reason });
      return;
    }
    try {
      setVirtualMachineSchema(schema.schema, { kubevirtVersion: facts?.kubevirtVersion });
    } catch (error) {
      setVirtualMachineSchema(null, { reason: reasonOf(error) });
    }
  };
  return run().catch((error: unknown) => {
    status = 'done';
    setVirtualMachineSchema(null, { reason: reasonOf(error) });
  });
};

/** For tests: forget what was loaded and go back to the bundled schema. */
export const resetClusterSchema = (): void => {
  status = 'idle';
  setClusterProfile(null);
  setVirtualMachineSchema(null);
};

const subscribe = (listener: () => void) => {
  statusListeners.add(listener);
  return () => {
    statusListeners.delete(listener);
  };
};

/**
 * Which schema validates, and whether the cluster's is still on its way. The first use starts
 * reading it (once per session); until it arrives, or if it cannot be used, the bundled schema
 * validates, so the page never waits for it.
 */
export const useVmSchema = (): VmSchemaState => {
  React.useEffect(() => {
    void loadClusterSchema();
  }, []);
  return React.useSyncExternalStore(subscribe, () => snapshot);
};
