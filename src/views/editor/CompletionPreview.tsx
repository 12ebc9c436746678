import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { Title } from '@patternfly/react-core';
import { FindingsList } from '../../components/FindingsList';
import { ScrollableText } from '../../components/ScrollableText';
import { TextField } from '../../components/FormFields';
import type { EditorAnalysis } from './editor-model';

export interface CompletionPreviewProps {
  preview: EditorAnalysis['preview'];
  sampleNamespace: string;
  onSampleNamespace: (ns: string) => void;
}

/** Side pane: the VM this boilerplate completes into, for a sample namespace and name. */
// Memoized: the page renders on every keystroke, the preview only when its check is done.
export const CompletionPreview: React.FC<CompletionPreviewProps> = React.memo(
  function CompletionPreview({ preview, sampleNamespace, onSampleNamespace }) {
    const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
    return (
      <section data-test="completion-preview" aria-labelledby="completion-preview-title">
        <Title headingLevel="h2" size="lg" id="completion-preview-title">
          {t('Completion preview')}
        </Title>
        <p>
          {t('The VirtualMachine this boilerplate gives, named sample-vm in the namespace below.')}
        </p>
        <TextField
          id="sample-namespace"
          label={t('Sample namespace')}
          value={sampleNamespace}
          onChange={(v) => onSampleNamespace(v.trim())}
          data-test="sample-namespace"
        />
        {preview ? (
          <>
            <FindingsList findings={preview.findings} data-test="preview-findings" />
            <ScrollableText
              label={t('Completed VirtualMachine YAML')}
              maxHeight="420px"
              data-test="preview-yaml"
            >
              {preview.yaml}
            </ScrollableText>
          </>
        ) : (
          <p data-test="preview-unavailable">
            {t('No preview: the boilerplate cannot be read (see the findings).')}
          </p>
        )}
      </section>
    );
  },
);
