import { completeAppliance } from '../../appliance/complete';
import { finding, msg, type Finding } from '../../findings';
import { parseBoilerplate } from '../../appliance/parse';
import { validateVirtualMachineManifest } from '../../appliance/validate-manifest';
import { toYaml } from '../../appliance/from-vm';
import {
  ANNOTATION_PARAMETERS,
  ANNOTATION_VM_SPEC,
  VM_API_VERSION,
  VM_KIND,
} from '../../appliance/constants';
import type { InstantiateResult, KnownClusterObjects, KubeObject } from '../../appliance/types';
import { schemaFindings } from '../../appliance/final-vm';
import { parametersOf } from '../../appliance/parameters';
import { checkParameterAuthoring, sampleParameterValues } from '../../appliance/parameters-apply';

/** What a keystroke's check shows at once: the completion preview comes after (`previewOf`). */
export interface TextAnalysis {
  /** About the text in the editor (markers, fixes): paths into the boilerplate. */
  textFindings: Finding[];
  /**
   * The declarations (`appliance.kubevirt.io/parameters`) and the boilerplate checked together
   * (semantics §9): paths `parameters#/N/field` or `parameters#/NAME`.
   */
  parameterFindings: Finding[];
  /** The completed sample VM, not yet schema-checked (that is the preview's part). */
  completed?: InstantiateResult;
}

export interface CompletionPreview {
  yaml: string;
  findings: Finding[];
}

export interface EditorAnalysis extends TextAnalysis {
  /** The completion preview: a VM as if instantiated into `sampleNamespace` as `sampleName`. */
  preview?: CompletionPreview;
}

/** The boilerplate's name and namespace are given at instantiation; never report them missing. */
const ABOUT_IDENTITY = new Set(['/metadata/name', '/metadata/namespace', '/metadata']);

/** The DataSource as if the edited declarations were saved (blank: none declared). */
const withDeclarations = (dataSource: KubeObject, parameters: string | undefined): KubeObject => {
  if (parameters === undefined) return dataSource;
  const annotations = { ...dataSource.metadata?.annotations };
  if (parameters.trim()) annotations[ANNOTATION_PARAMETERS] = parameters;
  else delete annotations[ANNOTATION_PARAMETERS];
  return { ...dataSource, metadata: { ...dataSource.metadata, annotations } };
};

/**
 * What the boilerplate editor shows for `text` (issue 7) as soon as typing pauses: the manifest
 * checks of the wizard on the boilerplate itself (with their one-click fixes) and what completion
 * would repair. `parameters` is the edited declarations' text (undefined: the DataSource's own).
 * The completed VM's own schema check and YAML, for the side pane, are `previewOf`'s: they can
 * wait for the next frame.
 */
export const analyseBoilerplateText = (
  source: KubeObject,
  text: string,
  sample: { namespace: string; name: string },
  companions: KubeObject[] = [],
  known?: KnownClusterObjects,
  parameters?: string,
): TextAnalysis => {
  const dataSource = withDeclarations(source, parameters);
  const parsed = parseBoilerplate(text);
  if (!parsed.value)
    return {
      textFindings: parsed.findings.map((f) => ({ ...f, subject: undefined })),
      parameterFindings: parametersOf(dataSource).findings,
    };
  const parameterFindings = checkParameterAuthoring(parsed.value, dataSource);
  const asVm = {
    apiVersion: VM_API_VERSION,
    kind: VM_KIND,
    ...parsed.value,
  };
  let textFindings = validateVirtualMachineManifest(asVm, { known, boilerplate: true }).filter(
    (f) => !(f.code.startsWith('Schema') && ABOUT_IDENTITY.has(f.path)),
  );
  // The boilerplate may leave apiVersion/kind out (completion fills them): not an error here.
  if (parsed.value.apiVersion === undefined)
    textFindings = textFindings.filter((f) => f.path !== '/apiVersion');
  const done = completeAppliance({
    dataSource: {
      ...dataSource,
      metadata: {
        ...dataSource.metadata,
        annotations: { ...dataSource.metadata?.annotations, [ANNOTATION_VM_SPEC]: text },
      },
    },
    companions,
    ...(known ? { known } : {}),
    namespace: sample.namespace,
    name: sample.name,
    // A fixed source: the preview must not change on every keystroke.
    random: () => 0.5,
    // Sample values (defaults, or one of each type; passwords generated from the fixed source).
    choices: { parameters: sampleParameterValues(parametersOf(dataSource).declarations) },
    deferSchema: true,
  });
  const seen = new Set(textFindings.map((f) => `${f.code} ${f.path}`));
  for (const f of done.findings)
    if (f.subject === 'boilerplate' && !seen.has(`${f.code} ${f.path}`))
      textFindings.push({ ...f, subject: undefined });
  return { textFindings, parameterFindings, completed: done };
};

/** The side pane's completed VM: its YAML and findings, with its schema check. */
export const previewOf = (completed: InstantiateResult): CompletionPreview => ({
  yaml: toYaml(completed.vm),
  findings: [...completed.findings, ...schemaFindings(completed.vm)].filter(
    // Parameter findings are listed with the declarations, the boilerplate's in the editor: once.
    (f) => f.subject !== 'boilerplate' && f.subject !== 'parameters',
  ),
});

/** Both parts at once, for callers that need no first frame (the tests). */
export const analyseBoilerplate = (
  ...args: Parameters<typeof analyseBoilerplateText>
): EditorAnalysis => {
  const analysis = analyseBoilerplateText(...args);
  return {
    ...analysis,
    ...(analysis.completed && { preview: previewOf(analysis.completed) }),
  };
};

export const notAnApplianceFinding = (): Finding =>
  finding(
    'info',
    'NewBoilerplate',
    '',
    msg('This DataSource has no boilerplate yet; saving adds one and makes it an appliance.'),
  );
