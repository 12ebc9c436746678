import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { FormGroup, TextInput, Title } from '@patternfly/react-core';
import { FindingsList } from '../../components/FindingsList';
import type { EditorAnalysis } from './editor-model';

export interface CompletionPreviewProps {
  preview: EditorAnalysis['preview'];
  sampleNamespace: string;
  onSampleNamespace: (ns: string) => void;
}

/** Side pane: the VM this boilerplate completes into, for a sample namespace and name. */
export const CompletionPreview: React.FC<CompletionPreviewProps> = ({
  preview,
  sampleNamespace,
  onSampleNamespace,
}) => {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  return (
    <section data-test="completion-preview" aria-labelledby="completion-preview-title">
      <Title headingLevel="h2" size="lg" id="completion-preview-title">
        {t('Completion preview')}
      </Title>
      <p>
        {t('The VirtualMachine this boilerplate gives, named sample-vm in the namespace below.')}
      </p>
      <FormGroup label={t('Sample namespace')} fieldId="sample-namespace">
        <TextInput
          id="sample-namespace"
          value={sampleNamespace}
          onChange={(_e, v) => onSampleNamespace(v.trim())}
          data-test="sample-namespace"
        />
      </FormGroup>
      {preview ? (
        <>
          <FindingsList findings={preview.findings} data-test="preview-findings" />
          <pre
            data-test="preview-yaml"
            style={{ maxHeight: '420px', overflow: 'auto', whiteSpace: 'pre' }}
          >
            {preview.yaml}
          </pre>
        </>
      ) : (
        <p data-test="preview-unavailable">
          {t('No preview: the boilerplate cannot be read (see the findings).')}
        </p>
      )}
    </section>
  );
};
