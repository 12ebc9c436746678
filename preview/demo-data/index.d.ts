export interface DemoSummary {
  namespaces: string[];
  goldenNamespace: string;
  goldenImages: string[];
  readyGoldenImages: string[];
  notReadyGoldenImages: string[];
  /** `namespace/name` of every DataSource carrying an appliance.kubevirt.io/vm-spec annotation. */
  appliances: string[];
  dataImportCrons: string[];
  instancetypes: string[];
  preferences: string[];
  /** `namespace/name` of namespaced VirtualMachineInstancetypes / VirtualMachinePreferences. */
  namespacedInstancetypes: string[];
  namespacedPreferences: string[];
  vmsByNamespace: Record<string, string[]>;
  snapshots: string[];
  clones: string[];
  /** `namespace/name` of DataSources labelled appliance.kubevirt.io/sealed: "true". */
  sealedDataSources: string[];
  sealedVolumes: string[];
  originAppliance: { namespace: string; name: string; companionPvc: string };
}

export const demoSummary: DemoSummary;
export const FILES: string[];
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function loadDemoObjects(): any[];
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function seedStore(store: any): void;
