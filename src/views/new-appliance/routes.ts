const enc = encodeURIComponent;

/** "Save as appliance" for a VM, or a blank new appliance in `namespace`. */
export const newApplianceHref = (namespace: string, vmName?: string): string =>
  `/k8s/ns/${enc(namespace)}/appliance-new${vmName ? `?vm=${enc(vmName)}` : ''}`;

export const importBundleHref = (namespace: string): string =>
  `/k8s/ns/${enc(namespace)}/appliance-import`;
