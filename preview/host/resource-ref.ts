import type { K8sGroupVersionKind } from '@openshift-console/dynamic-plugin-sdk';
import { consoleFetchJSON } from '../sdk/fetch';
import { API_PREFIX, parseReference } from '../sdk/models';

type APIResourceList = { resources?: { name: string; kind: string }[] };

/**
 * A console URL segment to group/version/kind: `group~version~Kind`, or a core plural such as
 * `secrets` (looked up in the API's core discovery).
 */
export const resolveReference = async (reference: string): Promise<K8sGroupVersionKind> => {
  if (reference.includes('~')) return parseReference(reference);
  const list: APIResourceList = await consoleFetchJSON(`${API_PREFIX}/api/v1`);
  const found = list.resources?.find((r) => r.name === reference || r.kind === reference);
  if (!found) {
    throw new Error(
      `"${reference}" is neither group~version~Kind nor a core resource the API serves`,
    );
  }
  return { version: 'v1', kind: found.kind };
};
