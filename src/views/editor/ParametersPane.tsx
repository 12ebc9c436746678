import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { Title } from '@patternfly/react-core';
import { ANNOTATION_PARAMETERS } from '../../appliance/constants';
import type { Finding } from '../../findings';
import { FindingsList } from '../../components/FindingsList';
import { YamlEditor } from '../../components/yaml-editor';

export interface ParametersPaneProps {
  /** The declarations' YAML as edited; blank when the appliance declares none. */
  value: string;
  onChange: (text: string) => void;
  /** Called with the text after typing pauses: the declarations are checked again. */
  onValidate: (text: string) => void;
  findings: readonly Finding[];
  isReadOnly?: boolean;
  onSave?: () => void;
}

/**
 * A declaration's finding (`/N/field`) points into the list edited here, and so does a refusal to
 * read it (no path, with a line): markers on their lines. `/NAME` findings are about the
 * boilerplate's use of a name and stay in the list below.
 */
const isAboutDeclarations = (f: Finding) => /^\/\d+(\/|$)/.test(f.path) || f.path === '';

/**
 * The appliance's parameter declarations next to its boilerplate (semantics §9), in the same YAML
 * editor, checked together with it: undeclared `${X}`, unused declarations, invalid
 * declarations, secrets outside cloud-init data. Saved with the boilerplate.
 */
export const ParametersPane: React.FC<ParametersPaneProps> = ({
  value,
  onChange,
  onValidate,
  findings,
  isReadOnly,
  onSave,
}) => {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  const markers = React.useMemo(
    () =>
      findings.filter(isAboutDeclarations).map((f) => ({ ...f, subject: undefined }) as Finding),
    [findings],
  );
  return (
    <section data-test="editor-parameters" aria-labelledby="editor-parameters-title">
      <Title headingLevel="h2" size="lg" id="editor-parameters-title">
        {t('Parameters')}
      </Title>
      {!value.trim() && (
        <p data-test="editor-parameters-none">
          {t(
            'This appliance declares no parameters ({{annotation}}). Add a YAML list of declarations here to ask for values per VM.',
            { annotation: ANNOTATION_PARAMETERS },
          )}
        </p>
      )}
      <YamlEditor
        value={value}
        onChange={onChange}
        onValidate={onValidate}
        findings={markers}
        isReadOnly={isReadOnly}
        onSave={onSave}
        height="420px"
        aria-label={t('Parameter declarations YAML')}
        data-test="parameters-editor"
      />
      <FindingsList findings={[...findings]} data-test="parameter-findings" />
    </section>
  );
};
