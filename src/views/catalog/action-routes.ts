const enc = encodeURIComponent;

/** The wizard with the source chosen: `source=<namespace>/<name>`, VM created in `targetNamespace`. */
export const createVirtualMachineHref = (
  source: { namespace: string; name: string },
  targetNamespace: string,
): string =>
  `/k8s/ns/${enc(targetNamespace)}/appliance-create?source=${enc(`${source.namespace}/${source.name}`)}`;

export const editBoilerplateHref = (source: { namespace: string; name: string }): string =>
  `/k8s/ns/${enc(source.namespace)}/appliance-editor/${enc(source.name)}`;

export const downloadBundleHref = (source: { namespace: string; name: string }): string =>
  `/k8s/ns/${enc(source.namespace)}/appliance-editor/${enc(source.name)}?download=bundle`;
