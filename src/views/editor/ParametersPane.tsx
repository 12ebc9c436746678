import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { Title } from '@patternfly/react-core';
import { ANNOTATION_PARAMETERS } from '../../appliance/constants';
import type { KubeObject } from '../../appliance/types';
import type { Finding } from '../../findings';
import { FindingsList } from '../../components/FindingsList';
import { YamlEditor } from '../../components/yaml-editor';

export interface ParametersPaneProps {
  dataSource: KubeObject;
  findings: readonly Finding[];
}

/** A declaration's finding (`/N/field`) points into the list shown here: a marker on its line. */
const isDeclarationPath = (f: Finding) => /^\/\d+(\/|$)/.test(f.path);
const ignore = () => undefined;

/**
 * The appliance's parameter declarations next to its boilerplate (semantics §9), in the same YAML
 * editor, read-only here, with the findings of both checked together: undeclared `${X}`, unused
 * declarations, invalid declarations, secrets outside cloud-init data.
 */
export const ParametersPane: React.FC<ParametersPaneProps> = ({ dataSource, findings }) => {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  const text = dataSource.metadata?.annotations?.[ANNOTATION_PARAMETERS];
  const markers = React.useMemo(
    () => findings.filter(isDeclarationPath).map((f) => ({ ...f, subject: undefined }) as Finding),
    [findings],
  );
  return (
    <section data-test="editor-parameters" aria-labelledby="editor-parameters-title">
      <Title headingLevel="h2" size="lg" id="editor-parameters-title">
        {t('Parameters')}
      </Title>
      {text === undefined ? (
        <p data-test="editor-parameters-none">
          {t('This appliance declares no parameters ({{annotation}}).', {
            annotation: ANNOTATION_PARAMETERS,
          })}
        </p>
      ) : (
        <YamlEditor
          value={text}
          onChange={ignore}
          findings={markers}
          isReadOnly
          height="240px"
          aria-label={t('Parameter declarations YAML')}
          data-test="parameters-editor"
        />
      )}
      <FindingsList findings={[...findings]} data-test="parameter-findings" />
    </section>
  );
};
