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
import type { KnownClusterObjects, KubeObject } from '../../appliance/types';
import { parametersOf } from '../../appliance/parameters';
import { checkParameterAuthoring, sampleParameterValues } from '../../appliance/parameters-apply';

export interface EditorAnalysis {
  /** About the text in the editor (markers, fixes): paths into the boilerplate. */
  textFindings: Finding[];
  /**
   * The declarations (`appliance.kubevirt.io/parameters`) and the boilerplate checked together
   * (semantics §9): paths `parameters#/N/field` or `parameters#/NAME`.
   */
  parameterFindings: Finding[];
  /** The completion preview: a VM as if instantiated into `sampleNamespace` as `sampleName`. */
  preview?: { yaml: string; findings: Finding[] };
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
 * What the boilerplate editor shows for `text` (issue 7): the manifest checks of the wizard on the
 * boilerplate itself (with their one-click fixes), plus what completion would repair, and the
 * completed VM for the side pane. `parameters` is the edited declarations' text (undefined: the
 * DataSource's own).
 */
export const analyseBoilerplate = (
  source: KubeObject,
  text: string,
  sample: { namespace: string; name: string },
  companions: KubeObject[] = [],
  known?: KnownClusterObjects,
  parameters?: string,
): EditorAnalysis => {
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
  });
  const seen = new Set(textFindings.map((f) => `${f.code} ${f.path}`));
  for (const f of done.findings)
    if (f.subject === 'boilerplate' && !seen.has(`${f.code} ${f.path}`))
      textFindings.push({ ...f, subject: undefined });
  return {
    textFindings,
    parameterFindings,
    preview: {
      yaml: toYaml(done.vm),
      // Parameter findings are listed with the declarations, once.
      findings: done.findings.filter(
        (f) => f.subject !== 'boilerplate' && f.subject !== 'parameters',
      ),
    },
  };
};

export const notAnApplianceFinding = (): Finding =>
  finding(
    'info',
    'NewBoilerplate',
    '',
    msg('This DataSource has no boilerplate yet; saving adds one and makes it an appliance.'),
  );
